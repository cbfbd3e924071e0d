/**
 * A deterministic, seeded discrete-event simulator of Go's G-M-P scheduler.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go (schedule, findRunnable, runqput/get/steal,
 * globrunqget, wakep, startm, stopm, handoffp, injectglist, entersyscall/exitsyscall, sysmon,
 * retake, preemptone), runtime/preempt.go (async preemption, Go 1.14+), runtime/netpoll.go, and
 * runtime/stack.go through {@link dev.golab.sched.stack.GoStack}. Go 1.23.5.
 *
 * <p><b>Invariants</b> (prefixed SIM-):
 * <ul>
 *   <li>SIM-I1 conservation: every live G is in exactly one place (a runnext, a ring, the global queue,
 *       on an M, or waiting); dead Gs are nowhere. Checked after every event by SimInvariants.</li>
 *   <li>SIM-I2 determinism: the same seed and config give the same trace and segments.</li>
 *   <li>SIM-I3 with async preemption no G holds a P for more than 10 ms + one sysmon sleep.</li>
 *   <li>SIM-I4 an idle P coexists with queued Gs for at most (GOMAXPROCS − 1) M wake-ups.</li>
 *   <li>SIM-I5 only a retake resets sysmon's back-off; SIM-I6 a G is in the poller iff it waits on an fd;
 *       SIM-I7 every scenario ends; SIM-I8 trace times never decrease; SIM-I9/I10 Ops are finite and
 *       positive; SIM-I11 the lane chart is a pure function of the segments.</li>
 * </ul>
 *
 * <p><b>Structure:</b>
 * <table>
 *   <caption>one concern per class</caption>
 *   <tr><th>class</th><th>concern</th></tr>
 *   <tr><td>SchedSim</td><td>the event loop: time-ordered events, the public API</td></tr>
 *   <tr><td>OpInterpreter</td><td>schedule() and execute(): a G's Ops on its M, syscall exit</td></tr>
 *   <tr><td>SimScheduler</td><td>findRunnable, stealing, wakep/startm/handoffp on the shared
 *       {@code dev.golab.runtime.proc} queues (the same code as GoScheduler)</td></tr>
 *   <tr><td>SimSysmon / SimNetpoller</td><td>sysmon's retake and preemption; the netpoller</td></tr>
 *   <tr><td>SimRecorder / LaneChart</td><td>the chart: trace events and per-P segments; text and SVG lanes</td></tr>
 *   <tr><td>SimInvariants</td><td>SIM-I1 and the state dump</td></tr>
 * </table>
 *
 * <p><b>Variants:</b> SimConfig.asyncPreemption (Go 1.14+ on; off = Go ≤ 1.13, where a loop
 * without calls cannot be preempted). Scenarios: steal, syscall, preempt, netpoll, pingpong, stack, mix,
 * overflow.
 *
 * <p><b>Differences from Go:</b> programs are scripts of {@link dev.golab.sched.sim.Op}s; scheduling
 * costs no time, waking an M costs SimConfig.wakeLatencyNs; no GC phases, timers, locked Ms or cgo;
 * the 3 µs back-off before stealing runnext is not modelled.
 */
package dev.golab.sched.sim;
