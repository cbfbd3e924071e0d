/**
 * Go's runtime proper on raw continuations: Gs are {@code jdk.internal.vm.Continuation}s, Ms are
 * platform carrier threads running {@code schedule()}, Ps hold runnext and the 256-slot ring of
 * {@code dev.golab.runtime.proc} — a second goroutine backend beside the JDK's virtual threads.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go (Go 1.23.5): newproc, gopark/park_m, goready/ready,
 * Gosched/gosched_m, schedule, findRunnable, execute, stealWork, wakep, startm, stopm, handoffp,
 * sysmon, retake; runtime/runtime2.go types g, m, p, schedt.
 *
 * <p><b>Invariants:</b>
 * <ul>
 *   <li>CONT-I1 ready() succeeds only on a waiting, parking or pinned-waiting G; otherwise Go's fatal
 *       "bad g->status in ready".</li>
 *   <li>CONT-I2 unlockf runs exactly once per park, after the G is off-CPU.</li>
 *   <li>CONT-I3 a G is queued at most once.</li>
 *   <li>CONT-I4 / I5 at most one M owns a P, and only the owner produces into its ring.</li>
 *   <li>CONT-I6 a G runs only on an M; CONT-I7 an M releases its P before its final re-check.</li>
 *   <li>CONT-I8 the --add-exports check runs before any class naming Continuation loads.</li>
 *   <li>CONT-I9 counters only grow; CONT-I10 at most GOMAXPROCS Ms hold a P, live Ms ≤ the cap.</li>
 *   <li>CONT-I11 no lost wake-up; CONT-I12 / I13 sysmon retakes only a P blocked for a full tick,
 *       by a generation-checked CAS.</li>
 * </ul>
 *
 * <p><b>Classes:</b>
 * <table>
 *   <caption>Go's runtime types and their classes here</caption>
 *   <tr><th>Go</th><th>here</th></tr>
 *   <tr><td>newproc, gopark, goready, Gosched</td><td>ContRuntime</td></tr>
 *   <tr><td>g</td><td>ContG (status word + ContStack, the continuation)</td></tr>
 *   <tr><td>m, schedule, findRunnable, park_m</td><td>ContM</td></tr>
 *   <tr><td>p</td><td>ContP (queues from dev.golab.runtime.proc)</td></tr>
 *   <tr><td>schedt: sched.lock, pidle, midle, nmspinning, wakep, startm, stopm, handoffp</td><td>ContSched</td></tr>
 *   <tr><td>sysmon, retake</td><td>ContSysmon</td></tr>
 *   <tr><td>schedtrace</td><td>ContStats</td></tr>
 * </table>
 *
 * <p><b>Differences from Go:</b> no asynchronous preemption: sysmon hands off the P of a blocked M, and a
 * G it asks to preempt yields only at its next {@code go} statement or select default (other CPU-bound
 * code is never stopped); "in a syscall" is inferred from the carrier's Thread.State (native I/O looks
 * RUNNABLE and is not handed off); a pinned yield (native frame, class initialisation,
 * Continuation.pin) blocks the M; no netpoller, timers or GC; GOMAXPROCS is fixed per runtime;
 * the JVM needs {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}.
 */
package dev.golab.runtime.cont;
