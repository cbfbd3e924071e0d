/**
 * Go's G-M-P scheduler as a real scheduler for Java virtual threads.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go, runtime/runtime2.go (Go 1.23.5): runqput, runqget,
 * runqputslow, runqgrab/runqsteal, globrunqget, findRunnable, wakep/startm/stopm, handoffp, sysmon
 * and retake. Facts: shared/reference/SCHEDULER.md.
 *
 * <p><b>Invariants</b> (numbered in each class header):
 * <ol>
 *   <li>execute() never rejects and never runs a task inline; tasks run only on {@code Machine}s.</li>
 *   <li>at most GOMAXPROCS Ms hold a P; only the owning M produces into a P's ring.</li>
 *   <li>a goroutine made runnable by a running goroutine goes to that P's runnext; from anywhere else
 *       (main, the JDK's timer thread, Thread.yield) to the global queue.</li>
 *   <li>a P retaken by sysmon changes generation, so its old M finds out by a failed CAS.</li>
 * </ol>
 *
 * <p><b>Variants:</b>
 * <table>
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
