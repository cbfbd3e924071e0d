/**
 * Go's run-queue policy, once: the local ring with runnext, the global queue, work stealing's order
 * and the policy's numbers; and the parts of the scheduler both real schedulers share: the P's status
 * word, sched's idle lists (wakep, startm, stopm, handoffp) and sysmon's retake. A leaf package: it depends on nothing else in golab, so the real
 * scheduler ({@code dev.golab.sched.GoScheduler}), the deterministic simulator
 * ({@code dev.golab.sched.sim.SchedSim}) and a continuation-based G-M-P runtime all run the same
 * code and cannot drift apart.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go (Go 1.23.5): runqput, runqputslow, runqget,
 * runqgrab, runqsteal, runqempty, globrunqput, globrunqputbatch, globrunqget, schedule's
 * {@code schedtick%61} check, stealWork's {@code stealTries = 4} and randomOrder;
 * runtime/runtime2.go {@code runq [256]guintptr}, {@code runnext}.
 *
 * <p><b>Invariants:</b>
 * <ul>
 *   <li>PROC-I1 0 ≤ tail − head ≤ 256 for every local ring.</li>
 *   <li>PROC-I2 only a P's owner writes its tail and the slots past it; thieves read slots and CAS the head.</li>
 *   <li>PROC-I3 an entry leaves a local queue exactly once (one head CAS or one runnext CAS).</li>
 *   <li>PROC-I4 the global queue is FIFO.</li>
 *   <li>PROC-I5 a thief takes n − n/2 (≥ 1 when n ≥ 1); a full ring spills 128 + 1.</li>
 *   <li>PROC-I6 a global batch is 1 … min(size, size/GOMAXPROCS + 1, 128).</li>
 *   <li>PROC-I7 one steal pass visits every P exactly once (random start, coprime stride).</li>
 *   <li>PROC-I8 at most one M owns a P; PROC-I9 only the owner produces into its ring (ProcP).</li>
 *   <li>PROC-I10 only Ps seen in the same G run on two sysmon ticks are retaken; PROC-I11 by a
 *       generation-checked CAS (SysmonLoop).</li>
 *   <li>PROC-I12 at most GOMAXPROCS Ms hold a P, live Ms ≤ maxmcount; PROC-I13 a P is idled before the
 *       final re-check of every queue (Schedt).</li>
 * </ul>
 *
 * <p><b>Classes:</b>
 * <table>
 *   <caption>the policy</caption>
 *   <tr><th>class</th><th>Go</th></tr>
 *   <tr><td>RunQueuePolicy</td><td>256, 128 + 1, 61, 4 passes, n − n/2, globrunqget's batch size</td></tr>
 *   <tr><td>LocalRunQueue&lt;T&gt;</td><td>p.runq + p.runnext: runqput/runqget/runqsteal</td></tr>
 *   <tr><td>GlobalRunQueue&lt;T&gt;</td><td>sched.runq: globrunqput/globrunqget</td></tr>
 *   <tr><td>RandomOrder</td><td>randomOrder / randomEnum</td></tr>
 *   <tr><td>Next&lt;T&gt;</td><td>runqget's (gp, inheritTime)</td></tr>
 *   <tr><td>ProcP&lt;G, M&gt;</td><td>type p: status, tenure, schedtick; acquirep/releasep</td></tr>
 *   <tr><td>Schedt&lt;G, M, P&gt;</td><td>type schedt: pidle, midle, nmspinning; wakep, startm, stopm, handoffp</td></tr>
 *   <tr><td>SysmonLoop&lt;P&gt;</td><td>sysmon, retake</td></tr>
 * </table>
 *
 * <p><b>Differences from Go:</b> generic entries instead of {@code *g}; the global queue is lock-free
 * (a pinned virtual thread must not block in execute()); randomizeScheduler (race builds) is not
 * modelled.
 */
package dev.golab.runtime.proc;
