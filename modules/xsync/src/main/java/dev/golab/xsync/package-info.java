/**
 * golang.org/x/sync, modelled at x/sync v0.16.0 (June 2025): errgroup and singleflight.
 *
 * <h2>Version note: panics in errgroup</h2>
 * x/sync briefly propagated a panic from a Group goroutine to Wait (golang/go#53757, landed 2025 and
 * reverted in June 2025; the follow-up #74275 was declined). The model follows the current code: a
 * panic in f is not recovered, it crashes the program (Go.setCrashHandler receives it), and Wait
 * still returns because {@code defer g.done()} runs while the panic unwinds.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>ErrGroup XS-I1 at most limit goroutines active; XS-I2 Wait returns the first error only; XS-I3 the
 *       WithContext context is cancelled with that error as cause, and always when Wait returns.</li>
 *   <li>SingleFlight XS-I1 one execution per key at a time; XS-I2 shared == dups > 0 for the leader, true
 *       for joiners; XS-I3 nothing cached; XS-I4 panics / Goexit re-raised in every waiter.</li>
 * </ol>
 *
 * <h2>Classes</h2>
 * <table>
 *   <tr><th>Go</th><th>golab</th></tr>
 *   <tr><td>errgroup.Group, WithContext, Go, TryGo, SetLimit, Wait</td><td>ErrGroup (go, tryGo, setLimit, await)</td></tr>
 *   <tr><td>singleflight.Group Do / DoChan / Forget, Result, panicError</td><td>SingleFlight (execute, executeChan, forget), PanicError</td></tr>
 *   <tr><td>a function's {@code error} result</td><td>GoException (a Go error carried as an exception)</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * Tasks are Callables: a thrown exception is the task's error, a GoPanic (or a Java Error) is a panic.
 * errgroup's and singleflight's internal WaitGroup is dev.golab.sync.WaitGroup.
 */
package dev.golab.xsync;
