/**
 * Go's G-M-P scheduler as a real scheduler for Java virtual threads.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go, runtime/runtime2.go (Go 1.23.5): runqput, runqget,
 * runqputslow, runqgrab/runqsteal, globrunqget, findRunnable, wakep/startm/stopm, handoffp, sysmon
 * and retake. Sources: Go 1.23.5 runtime/proc.go and runtime2.go.
 *
 * <p><b>Invariants</b> (prefixed SCHED-; each class header states its own):
 * <ul>
 *   <li>SCHED-I1 execute() never rejects and never runs a task inline; tasks run only on Machines (SCHED-I7).</li>
 *   <li>SCHED-I2 at most GOMAXPROCS Ms hold a P; SCHED-I5 a P's generation names its one owner.</li>
 *   <li>SCHED-I3 0 ≤ nmspinning, and spinning Ms ≤ busy Ps / 2 (+1).</li>
 *   <li>SCHED-I4 every submitted task runs once (the queues' PROC-I3).</li>
 *   <li>SCHED-I6 only the owning M produces into a P's ring (what PROC-I2 requires).</li>
 *   <li>SCHED-I8 an M that finds nothing releases its P before its last re-check (no lost wake-up).</li>
 *   <li>SCHED-I9/I10 sysmon retakes only a P seen IN_G in the same run twice, by a generation CAS,
 *       so the old M finds out by a failed CAS.</li>
 *   <li>SCHED-I11…I17: SchedEvents, VirtualThreadHook, SchedStats, Gomaxprocs (see their headers).</li>
 * </ul>
 * A goroutine made runnable by a running goroutine goes to that P's runnext; from anywhere else
 * (main, the JDK's timer thread, Thread.yield) to the global queue.
 *
 * <p><b>The run-queue policy is shared:</b> the rings, runnext, the global queue, the steal order and
 * the constants (256 slots, spill 128 + 1, every 61st schedtick, 4 steal passes, steal n − n/2) live in
 * {@code dev.golab.runtime.proc} (PROC-I1…I7) and are the same code the simulator runs.
 *
 * <p><b>Variants:</b>
 * <table>
 *   <caption>classes</caption>
 *   <tr><th>class</th><th>what</th></tr>
 *   <tr><td>GoScheduler</td><td>the Executor: Ps, Ms, global queue, wakep, handoff (sched.GoScheduler)</td></tr>
 *   <tr><td>Machine / Processor / Sysmon</td><td>M, P, sysmon</td></tr>
 *   <tr><td>Gomaxprocs</td><td>Go 1.25's container-aware default (PERF-05.01)</td></tr>
 *   <tr><td>sim.SchedSim</td><td>deterministic simulator: what the JVM cannot do (preemption, syscalls, netpoller)</td></tr>
 *   <tr><td>stack.GoStack / stack.SegmentedStack</td><td>contiguous copied stacks vs Go ≤ 1.2 segments (RT-05)</td></tr>
 * </table>
 *
 * <p><b>Differences from Go:</b> a running virtual thread cannot be preempted (JEP 444), so sysmon only
 * counts would-be preemptions and a tight loop starves its P (PreemptionAnswersTest names this);
 * "syscall" = a carrier blocked while a pinned virtual thread waits (class init, native frames); a
 * carrier blocked in JNI I/O looks RUNNABLE and is not handed off; P count is fixed at create;
 * children of goroutines inherit the scheduler (JDK behaviour); Thread.yield and the rare
 * unpark-while-parking race both arrive as a self-resubmission and both go to the global queue.
 */
package dev.golab.sched;
