/**
 * dev.golab.gc — Go's tri-colour collector: the heap, its roots, the mark-sweep cycle, step by step.
 *
 * <h2>Go source modelled (Go 1.23, go1.23.5)</h2>
 * src/runtime/mgc.go (phases), mgcmark.go (roots, stacks, grey queue), mgcsweep.go (lazy sweep),
 * malloc.go / mheap.go (objects in size-class spans: sizes from dev.golab.runtime.malloc), mstats.go
 * (PauseNs); proposal 17503 (eliminate stack re-scan). Facts: the project's GC reference notes.
 *
 * <h2>Subpackages (each concern in its own package; no cycles)</h2>
 * <table>
 *   <tr><th>Package</th><th>Concern</th><th>Depends on</th></tr>
 *   <tr><td>dev.golab.gc.barrier</td><td>write barriers (None, Dijkstra, Yuasa, Hybrid)</td><td>nothing</td></tr>
 *   <tr><td>dev.golab.gc</td><td>heap, roots, colours, phases, Collector, Marker, Sweeper, invariant oracle, pauses</td><td>barrier, runtime.malloc</td></tr>
 *   <tr><td>dev.golab.gc.pacer</td><td>heap goal, trigger, assist ratio, CPU limiter, worker plan</td><td>nothing</td></tr>
 *   <tr><td>dev.golab.gc.sim</td><td>Simulation over time, workloads, Trace, Metrics, the gc-guide model</td><td>gc, barrier, pacer</td></tr>
 *   <tr><td>dev.golab.gc.races</td><td>the GC.md barrier races and random interleavings (shrinking)</td><td>gc, barrier</td></tr>
 *   <tr><td>dev.golab.gc.retention</td><td>what keeps objects alive: leak profile, sync.Pool victim cache</td><td>gc</td></tr>
 *   <tr><td>dev.golab.gc.escape</td><td>the compiler's escape decisions (stack or heap)</td><td>nothing</td></tr>
 * </table>
 *
 * <h2>Invariants of this package (the IDs used in headers and tests)</h2>
 * <ol>
 *   <li>GC-C1 colours move white → grey → black within a cycle; sweep resets black to white (Colour, Marker).</li>
 *   <li>GC-P1 the write barrier is on exactly in MARK and MARK_TERMINATION; new objects are black then (Phase).</li>
 *   <li>GC-I1 strong: no black → white edge; GC-I2 weak: every white target of a black source is
 *       grey-protected; GC-I3 strong implies weak (Invariants).</li>
 *   <li>GC-G1 no grey object after mark termination; GC-G2 with a correct barrier the safety oracle
 *       ({@link dev.golab.gc.Collector#lost()}) is always empty; GC-G3 an object allocated during mark
 *       survives that cycle (Collector).</li>
 *   <li>GC-MK1 mark is done iff no root job, no special and no grey object remain (Marker).</li>
 *   <li>GC-H1..H3 heap accounting; GC-R1, GC-R2 roots; GC-SW1, GC-SW2 lazy sweep; GC-PA1 pauses do
 *       not grow with the heap under the hybrid barrier; GC-M1, GC-M2 PauseNs ring.</li>
 * </ol>
 *
 * <h2>Variants (registry keys; classes in dev.golab.gc.barrier)</h2>
 * <table>
 *   <tr><th>Key</th><th>Class</th><th>Go</th><th>Safe?</th></tr>
 *   <tr><td>gc.None</td><td>NoBarrier</td><td>never</td><td>no (RT-01.04 counterexample)</td></tr>
 *   <tr><td>gc.Dijkstra</td><td>DijkstraBarrier + STW stack rescan</td><td>1.5–1.7</td><td>yes</td></tr>
 *   <tr><td>gc.DijkstraNoRescan</td><td>DijkstraBarrier.withoutRescan()</td><td>—</td><td>no (scenario 2)</td></tr>
 *   <tr><td>gc.Yuasa</td><td>YuasaBarrier + stack snapshot at mark start</td><td>—</td><td>yes</td></tr>
 *   <tr><td>gc.YuasaConcurrent</td><td>YuasaBarrier.withoutSnapshot()</td><td>—</td><td>no (scenario 3)</td></tr>
 *   <tr><td>gc.Hybrid</td><td>HybridBarrier (conditional, mbarrier.go pseudo-code)</td><td>1.8+</td><td>yes</td></tr>
 *   <tr><td>gc.HybridUnconditional</td><td>HybridBarrier.asImplemented() (what wbBuf does)</td><td>1.8+ as shipped</td><td>yes</td></tr>
 * </table>
 * Two cost models live in dev.golab.gc.sim: GuideModel (the gc-guide's STW model, exact port) and
 * Simulation (concurrent, object-level, with the real pacer, assists and limiter).
 *
 * <h2>Differences from Go</h2>
 * Single-threaded and stepwise: interleavings are chosen by the caller, not by a scheduler. Time is
 * simulated. No oblets, no per-P wbBuf or gcWork, no mcache/mcentral, no tiny allocator, no scavenger,
 * no 2-minute periodic GC; spans are runs of 64 object ids. Go 1.26's Green Tea marking changes scan
 * order, not the tri-colour abstraction modelled here.
 */
package dev.golab.gc;
