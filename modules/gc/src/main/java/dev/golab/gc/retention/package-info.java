/**
 * dev.golab.gc.retention — what keeps memory alive in a collected language, on the simulated heap.
 *
 * <h2>Go source modelled</h2>
 * Go 1.26's experimental goroutineleak profile (GC-based leak detection), sync/pool.go's victim cache
 * and clearpools (Go 1.13+, 1.23 shape).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-LK1 a goroutine blocked on a primitive reachable from a runnable goroutine is never
 *       reported; GC-LK2 reported goroutines' primitives are unreachable from all live roots.</li>
 *   <li>GC-PL1 an object Put before GC n is returned by Get or freed, never both, by GC n+2; GC-PL2
 *       every pooled object is reachable from allPools or oldPools.</li>
 * </ol>
 *
 * <h2>Model table</h2>
 * <table>
 *   <tr><th>Class</th><th>What</th></tr>
 *   <tr><td>GoroutineLeakProfile</td><td>marks from globals and runnable stacks; blocked goroutines whose primitive stays white leaked</td></tr>
 *   <tr><td>PoolModel</td><td>sync.Pool's per-P caches and victim cache as heap reachability</td></tr>
 * </table>
 * goleak's check on real goroutines is dev.golab.testkit.GoLeaks (one implementation in the project).
 *
 * <h2>Differences from Go</h2>
 * Primitives are plain heap objects; no stack-frame liveness; the real, concurrent Pool is
 * dev.golab.sync.Pool.
 */
package dev.golab.gc.retention;
