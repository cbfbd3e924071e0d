package dev.golab.sched;

/*
 * Go behaviour:    sysmon's retake and handoffp (runtime/proc.go; Go 1.23): see
 *                  dev.golab.runtime.proc.SysmonLoop.
 * Model:           the shared loop over GoScheduler's Processors. A P is "in a syscall" when its
 *                  carrier thread is not RUNNABLE during a goroutine run: the virtual thread is pinned
 *                  while blocking (class initialisation, a native frame), so it holds the carrier like
 *                  a blocking syscall holds an M. It ends when the scheduler shuts down.
 * Invariants:      SCHED-I9 only IN_G Ps observed in the same run on two ticks are retaken (PROC-I10).
 *                  SCHED-I10 a retake is a generation-checked CAS (PROC-I11).
 * Differs from Go: no preemption (JEP 444): would-be preemptions are only counted (see SysmonLoop).
 * See:             HandoffAnswersTest, PreemptionAnswersTest.
 */
import dev.golab.runtime.proc.SysmonLoop;

final class Sysmon extends SysmonLoop<Processor> {
    private final GoScheduler sched;

    Sysmon(GoScheduler sched) {
        super("golab-sysmon", sched.allp);
        this.sched = sched;
    }

    @Override
    protected boolean finished(boolean allIdle) {
        return sched.isShutdown();
    }

    @Override
    protected int npidle() {
        return sched.npidle();
    }

    @Override
    protected int nmspinning() {
        return sched.nmspinning.get();
    }

    @Override
    protected void preemptRequested(Processor p) {
        sched.stats.preemptRequests.increment();
    }

    @Override
    protected void handoff(Processor p) {
        sched.stats.handoffs.increment();
        sched.handoffp(p);
    }
}
