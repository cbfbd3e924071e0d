package dev.golab.sched.sim;

/*
 * Go behaviour:    sysmon (runtime/proc.go, Go 1.23): sleeps 20 µs, doubling after 50 idle rounds up to
 *                  10 ms; polls the network if nobody did for 10 ms; retake(): preempts a G whose P
 *                  kept the same schedtick for 10 ms (forcePreemptNS) and hands off a P that stayed in
 *                  a syscall for a tick (unless its queue is empty, capacity is idle and < 10 ms).
 *                  Stacks are shrunk during GC (shrinkstack).
 * Model:           SchedSim's periodic events: tick() and gc().
 * Invariants:      SIM-I5 only a retake resets the back-off (preemptions do not, as in Go).
 * Differs from Go: the all-Ps-idle long sleep is not modelled; GC is only a periodic stack shrink.
 * See:             SchedSim, SimAnswersTest.
 */
import dev.golab.sched.sim.TraceEvent.Kind;

final class SimSysmon {
    private final SchedSim sim;
    private long sysmonDelay = SchedSim.SYSMON_MIN_NS;
    private int sysmonIdle;

    SimSysmon(SchedSim sim) {
        this.sim = sim;
    }

    void tick() {
        if (sim.done()) return;
        if (sim.lastPoll + SchedSim.SYSMON_MAX_NS < sim.now) sim.s.injectglist(sim.netpoll(), null);
        boolean acted = retake();
        sysmonIdle = acted ? 0 : sysmonIdle + 1;
        if (sysmonIdle == 0) sysmonDelay = SchedSim.SYSMON_MIN_NS;
        else if (sysmonIdle > 50) sysmonDelay = Math.min(sysmonDelay * 2, SchedSim.SYSMON_MAX_NS);
        sim.at(sim.now + sysmonDelay, this::tick);
    }

    private boolean retake() {
        boolean acted = false;
        for (SimP p : sim.allp) {
            if (p.status == SimP.Status.IDLE) continue;
            if (p.schedtick != p.seenSchedtick) {
                p.seenSchedtick = p.schedtick;
                p.seenSchedWhen = sim.now;
            } else if (p.status == SimP.Status.RUNNING && p.seenSchedWhen + SchedSim.FORCE_PREEMPT_NS <= sim.now) {
                preempt(p);
            }
            if (p.status != SimP.Status.SYSCALL) continue;
            if (p.syscalltick != p.seenSyscalltick) {
                p.seenSyscalltick = p.syscalltick;
                p.seenSyscallWhen = sim.now;
                continue;
            }
            if (!p.hasQueued() && sim.s.nmspinning + sim.s.pidle.size() > 0 && p.seenSyscallWhen + SchedSim.FORCE_PREEMPT_NS > sim.now) continue;
            SimM old = p.m;
            sim.endSegment(p, old.curg, "syscall");
            old.p = null;
            p.m = null;
            p.status = SimP.Status.IDLE;
            sim.handoffs++;
            sim.emit(Kind.HANDOFF, p.id, old.id, old.curg.id, "sysmon retakes P" + p.id + " from M" + old.id + " (syscall)");
            sim.s.handoffp(p);
            acted = true;
        }
        return acted;
    }

    private void preempt(SimP p) {
        SimG g = p.m == null ? null : p.m.curg;
        if (g == null || g.status != SimG.Status.RUNNING || !(g.op() instanceof Op.Run r)) return;
        if (!sim.cfg.asyncPreemption() && !r.safePoints()) {
            sim.emit(Kind.GO_PREEMPT, p.id, p.m.id, g.id, "requested, but a loop without calls has no safe point (Go < 1.14)");
            p.seenSchedWhen = sim.now;                                  // asks again after another 10 ms
            return;
        }
        SimM m = p.m;
        g.remaining -= sim.now - g.runStart;
        g.epoch++;
        g.status = SimG.Status.RUNNABLE;
        sim.preemptions++;
        sim.stop(g, p, m, Kind.GO_PREEMPT, "preempted", sim.cfg.asyncPreemption() ? "async (SIGURG) → global queue" : "at a call → global queue");
        sim.global.put(g);
        sim.s.wakep();
    }

    void gc() {
        if (sim.done()) return;
        for (SimG g : sim.allg) {
            if (g.status == SimG.Status.WAITING || g.status == SimG.Status.RUNNABLE) {
                long before = g.stack.size();
                if (g.stack.shrinkIfSparse()) sim.emit(Kind.STACK_SHRINK, -1, -1, g.id, before + " → " + g.stack.size() + " bytes");
            }
        }
        sim.at(sim.now + sim.cfg.gcPeriodNs(), this::gc);
    }
}
