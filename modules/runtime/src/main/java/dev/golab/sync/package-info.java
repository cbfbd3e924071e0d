/**
 * Go's {@code sync} package with Go's semantics, not java.util.concurrent's.
 *
 * <h2>Go source modelled (Go 1.23 unless noted)</h2>
 * <ul>
 *   <li>{@code runtime/sema.go} semacquire1 / semrelease1 (lifo, handoff) and notifyList → {@link dev.golab.sync.Sema}, {@link dev.golab.sync.Cond}</li>
 *   <li>{@code src/sync/mutex.go} → {@link dev.golab.sync.Mutex}; {@code rwmutex.go} → {@link dev.golab.sync.RWMutex}</li>
 *   <li>{@code waitgroup.go} (+ Go 1.25 {@code WaitGroup.Go}) → {@link dev.golab.sync.WaitGroup}</li>
 *   <li>{@code once.go}, {@code oncefunc.go} (Go 1.21) → {@link dev.golab.sync.Once}</li>
 *   <li>{@code cond.go} → {@link dev.golab.sync.Cond}; {@code pool.go} → {@link dev.golab.sync.Pool}</li>
 *   <li>{@code map.go} (the 1.20–1.23 read/dirty design; Go 1.24 switched to a hash-trie) → {@link dev.golab.sync.SyncMap}</li>
 * </ul>
 *
 * <h2>Memory-ordering vocabulary (used in every file of this package)</h2>
 * State words are {@code volatile} fields updated through {@link java.lang.invoke.VarHandle} CAS and
 * getAndAdd: sequentially consistent, which is what Go's {@code sync/atomic} is since Go 1.19. Go's
 * memory model edges therefore hold: Unlock n happens before Lock m (n &lt; m) returns; the return of
 * {@code f} in {@code Once.Do(f)} happens before every {@code Do} returns; {@code wg.Done} happens
 * before the {@code Wait} it unblocks returns; {@code Signal}/{@code Broadcast} happen before the
 * {@code Wait} they wake returns. Plain fields guarded by a primitive are published by these volatile
 * accesses ("written before X, published by X").
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>No primitive here wraps ReentrantLock, {@code synchronized}, or Object.wait: every blocking
 *       path is a {@link dev.golab.sync.Sema} or notifyList wait.</li>
 *   <li>Every wait parks through {@code dev.golab.runtime.Park} (gopark, with the queue's lock as
 *       unlockf), which records Go's wait reason, so deadlock and leak detectors read a Go-like
 *       goroutine dump.</li>
 *   <li>Misuse produces Go's exact text: {@code GoFatal("sync: unlock of unlocked mutex")},
 *       {@code GoFatal("sync: RUnlock of unlocked RWMutex")}, {@code GoFatal("sync: Unlock of unlocked
 *       RWMutex")}, {@code GoPanic("sync: negative WaitGroup counter")}.</li>
 *   <li>Nothing is owned or reentrant: a Mutex may be unlocked by any goroutine; locking it twice
 *       from one goroutine blocks forever.</li>
 * </ol>
 *
 * <h2>Variants</h2>
 * <table>
 *   <caption>Models and their Java baselines</caption>
 *   <tr><th>Go</th><th>Model</th><th>JDK baseline (benchmarks only)</th></tr>
 *   <tr><td>sync.Mutex</td><td>Mutex (state word + Sema, spin, starvation mode)</td><td>ReentrantLock, synchronized</td></tr>
 *   <tr><td>sync.RWMutex</td><td>RWMutex (readerCount / readerWait)</td><td>ReentrantReadWriteLock</td></tr>
 *   <tr><td>sync.Pool</td><td>Pool (per-P private + shared, victim)</td><td>ConcurrentLinkedQueue pool, plain allocation</td></tr>
 *   <tr><td>sync/atomic</td><td>the JDK's Atomic* and VarHandle (identical semantics since Go 1.19)</td><td>—</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 *   <li>A goroutine is a (virtual) thread; "the current P" for Pool is the thread id modulo
 *       GOMAXPROCS because Java hides a virtual thread's carrier.</li>
 *   <li>Spinning asks only for more than one CPU and GOMAXPROCS &gt; 1 (Go also checks idle Ps and the
 *       run queue). Handoff's {@code goyield} is {@code Thread.yield()}.</li>
 *   <li>Java interrupts do not abort a wait (Go has none); the interrupt flag is restored afterwards.</li>
 *   <li>{@code GoFatal} is an Error: Java's {@code catch (Throwable)} can still catch what Go cannot.</li>
 *   <li>Lab hooks Go lacks: {@code Mutex.state()}, {@code WaitGroup.counter()}, {@code Pool.onP},
 *       {@code Pool.gcCycle()} (called by the gc module; the JVM's GC never clears a Pool),
 *       {@code SyncMap.internals()}.</li>
 * </ul>
 */
package dev.golab.sync;
