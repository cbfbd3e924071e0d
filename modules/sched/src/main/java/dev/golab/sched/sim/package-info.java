/**
 * A deterministic, seeded discrete-event simulator of Go's G-M-P scheduler.
 *
 * <p><b>Go source modelled:</b> runtime/proc.go (schedule, findRunnable, runqput/get/steal,
 * globrunqget, wakep, startm, stopm, handoffp, injectglist, entersyscall/exitsyscall, sysmon,
 * retake, preemptone), runtime/preempt.go (async preemption, Go 1.14+), runtime/netpoll.go, and
 * runtime/stack.go through {@link dev.golab.sched.stack.GoStack}. Go 1.23.5.
 *
 * <p><b>Invariants:</b> I1 conservation (every live G in exactly one place), I2 determinism per seed,
 * I3 with async preemption no G holds a P for more than 10 ms + one sysmon sleep, I4 an idle P
 * coexists with queued Gs for at most (GOMAXPROCS−1) M wake-ups.
 *
 * <p><b>Variants:</b> SimConfig.asyncPreemption (Go 1.14+ on; off = Go ≤ 1.13, where a loop
 * without calls cannot be preempted). Scenarios: steal, syscall, preempt, netpoll, pingpong, stack,
 * overflow.
 *
 * <p><b>Differences from Go:</b> programs are scripts of {@link dev.golab.sched.sim.Op}s; scheduling
 * costs no time, waking an M costs SimConfig.wakeLatencyNs; no GC phases, timers, locked Ms or cgo;
 * the 3 µs back-off before stealing runnext is not modelled.
 */
package dev.golab.sched.sim;
