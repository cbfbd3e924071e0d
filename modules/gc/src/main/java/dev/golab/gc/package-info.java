/**
 * dev.golab.gc — Go's garbage collector as a simulator you can step through and measure.
 *
 * <h2>Go source modelled (Go 1.23, go1.23.5)</h2>
 * src/runtime/mgc.go (phases), mgcmark.go (roots, stacks, assists), mbarrier.go (hybrid barrier),
 * mgcsweep.go (lazy sweep), mgcpacer.go (goal, trigger, cons/mark, assist ratio), mgclimit.go (CPU
 * limiter), sizeclasses.go, sync/pool.go (victim cache); proposals 17503 (eliminate stack re-scan)
 * and 44167 (pacer redesign); go.dev/doc/gc-guide and its gc-guide.js model.
 *
 * <h2>Invariants (the IDs used in headers and tests)</h2>
 * <ol>
 *   <li>C1 colours move white → grey → black within a cycle; sweep resets black to white.</li>
 *   <li>P1 the write barrier is on exactly in MARK and MARK_TERMINATION; new objects are black then.</li>
 *   <li>I1/I2 strong: no black → white edge; weak: every white target of a black source is
 *       grey-protected. Strong implies weak.</li>
 *   <li>G1/G2 no grey object after mark termination; with a correct barrier the safety oracle
 *       ({@link dev.golab.gc.Collector#lost()}) is always empty.</li>
 *   <li>PC1–PC3 goal monotone in GOGC; memory-limit goal ≤ limit − non-heap − headroom unless
 *       heapMarked is larger; minTrigger ≤ trigger ≤ maxTrigger ≤ goal.</li>
 *   <li>L1 the CPU limiter bucket stays within [0, GOMAXPROCS × 1 s].</li>
 *   <li>SI1 a Simulation is a pure function of its Config (seeded).</li>
 * </ol>
 *
 * <h2>Variants</h2>
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
 * Two cost models: {@link dev.golab.gc.GuideModel} (the gc-guide's STW model, exact port) and
 * {@link dev.golab.gc.Simulation} (concurrent, object-level, with the real pacer, assists and limiter).
 *
 * <h2>Differences from Go</h2>
 * Single-threaded and stepwise: interleavings are chosen by the caller, not by a scheduler. Time is
 * simulated. No oblets, no per-P wbBuf, no mcache/mcentral, no tiny allocator, no scavenger, no 2-minute
 * periodic GC; spans are runs of 64 object ids. sync.Pool here is a reachability model (PoolModel), the
 * concurrent Pool is dev.golab.sync.Pool. Escape analysis is a rule table, not the compiler's data-flow
 * graph. Go 1.26's Green Tea marking changes scan order, not the tri-colour abstraction modelled here.
 */
package dev.golab.gc;
