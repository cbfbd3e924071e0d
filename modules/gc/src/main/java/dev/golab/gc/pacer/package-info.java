/**
 * dev.golab.gc.pacer — when the next cycle starts and how much it may cost.
 *
 * <h2>Go source modelled (Go 1.23)</h2>
 * src/runtime/mgcpacer.go (heap goal, memory-limit goal, trigger bounds, runway, cons/mark, assist
 * ratio, worker plan), mgclimit.go (the GC CPU limiter); proposal 44167 (pacer redesign).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-PC1 heapGoal is monotone in GOGC; GC-PC2 the memory-limit goal is at most limit − non-heap −
 *       headroom unless heapMarked is larger; GC-PC3 minTrigger ≤ trigger ≤ maxTrigger ≤ goal.</li>
 *   <li>GC-L1 the CPU limiter's bucket stays within [0, GOMAXPROCS × 1 s]; GC-L2 it limits only right
 *       after a full bucket.</li>
 *   <li>GC-W1 the dedicated + fractional worker plan is within 30 % of GOMAXPROCS/4.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * Pure static formulas (Pacer, Workers) plus two small stateful objects the simulator drives
 * (a Pacer instance, CpuLimiter). Nothing here knows about objects or colours.
 *
 * <h2>Differences from Go</h2>
 * "Infinity" is Long.MAX_VALUE; the assist credit system lives in dev.golab.gc.sim.Simulation; limiter
 * updates are driven by the caller rather than by sysmon.
 */
package dev.golab.gc.pacer;
