package dev.golab.runtime.cont;

/*
 * Go behaviour:    sysmon's retake and handoffp (runtime/proc.go; Go 1.23): see
 *                  dev.golab.runtime.proc.SysmonLoop.
 * Model:           the shared loop over ContPs. A P is "in a syscall" when its G has been in the same
 *                  run for a tick and the carrier M is not RUNNABLE (a blocking JDK call, contended
 *                  synchronized, a pinned park); its P goes to another M. It ends once the runtime is
 *                  closed and every P is idle.
 * Invariants:      CONT-I12 only IN_G Ps seen in the same run on two ticks are retaken (PROC-I10).
 *                  CONT-I13 a retake is a generation-checked CAS (PROC-I11).
 * Differs from Go: see SysmonLoop. A preemption is a request: the M's flag, which the G honours at
 *                  its next `go` statement (ContRuntime.start), as Go before 1.14 honoured it at a call.
 * See:             ContHandoffAnswersTest, ContRuntime.
 */
import dev.golab.runtime.proc.SysmonLoop;

final class ContSysmon extends SysmonLoop<ContP> {
    private final ContSched rt;

    ContSysmon(ContSched rt) {
        super("golab-cont-sysmon", rt.allp);
        this.rt = rt;
    }

    @Override
    protected boolean finished(boolean allIdle) {
        return rt.closed() && allIdle;
    }

    @Override
    protected int npidle() {
        return rt.npidle();
    }

    @Override
    protected int nmspinning() {
        return rt.nmspinning.get();
    }

    @Override
    protected void preemptRequested(ContP p) {
        if (p.m instanceof ContM m) m.preempt = true;     // gp.preempt, honoured at the G's next `go`;
        rt.stats.preemptRequests.increment();               // counted after it is set
    }

    @Override
    protected void handoff(ContP p) {
        rt.stats.handoffs.increment();
        rt.handoffp(p);
    }
}
