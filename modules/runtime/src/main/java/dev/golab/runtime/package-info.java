/**
 * Goroutines, panics and defer — Go's runtime/proc.go and runtime/panic.go (Go 1.23) on Java 25
 * virtual threads.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>Every goroutine started by {@link dev.golab.runtime.Go#go} is in the registry from the `go`
 *       statement until its body and defers have ended ({@link dev.golab.runtime.Goroutine}).</li>
 *   <li>No panic is lost: an unrecovered one reaches the {@link dev.golab.runtime.CrashHandler} with Go's
 *       report text; the default exits with status 2.</li>
 *   <li>Deferred calls run LIFO exactly once; recover() returns non-null at most once per panic and only
 *       when called directly by a deferred function of the panicking frame.</li>
 *   <li>A {@link dev.golab.runtime.GoFatal} never runs defers and is never recovered.</li>
 *   <li>Panic and fatal texts equal Go's (benchmarks/go/oracle/data/panics.json, defer.json).</li>
 * </ol>
 *
 * <h2>Model</h2>
 * <table>
 *   <tr><th>Go</th><th>here</th></tr>
 *   <tr><td>go f(), NumGoroutine, GOMAXPROCS, Gosched, Goexit</td><td>Go</td></tr>
 *   <tr><td>g status + waitreason</td><td>Goroutine, WaitReason</td></tr>
 *   <tr><td>panic(v), runtime.Error, throw/fatal</td><td>GoPanic, RuntimeError, GoFatal</td></tr>
 *   <tr><td>defer/recover, named results, _panic.link</td><td>Func, Frame</td></tr>
 *   <tr><td>newproc's M/P choice</td><td>Spawner (virtual threads; modules/sched installs G-M-P)</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * Virtual threads are not preempted; GOMAXPROCS cannot resize the JDK's default scheduler; threads
 * not started by Go.go are not goroutines; the defer frame is an explicit object; a Java
 * {@code catch (Throwable)} can catch a GoFatal.
 */
package dev.golab.runtime;
