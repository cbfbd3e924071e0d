package dev.golab.sched.sim;

/*
 * Go behaviour:    runtime/proc.go (Go 1.23) execute(): an M runs its P's chosen G until the G blocks
 *                  (gopark), yields (Gosched → global queue), enters a syscall (entersyscall: the P
 *                  stays with the M in _Psyscall and sysmon may take it), is preempted, or ends.
 *                  exitsyscall keeps the P if it is still ours, else takes any idle P, else queues the
 *                  G globally and stops the M. `go f()` and a wake-up from a running G go to runnext.
 * Model:           1. schedule(m): SimScheduler.findRunnable, resetspinning, schedtick++ unless the
 *                     G inherits the time slice, then run the G.
 *                  2. runG interprets the G's Ops until one takes time or gives up the M: Run
 *                     schedules its end; Syscall/NetWait/Park/Yield stop the G; Spawn/Ready/Call/Ret
 *                     are instantaneous and the loop continues.
 *                  3. stop(): close the lane segment, trace, and let the M schedule again.
 * Invariants:      SIM-I1 (conservation) holds between any two events: a G leaves its M in the same
 *                  event that puts it somewhere else (a queue, the poller, a wait, or dead).
 * Differs from Go: a program is a script of Ops; interpreting an instantaneous Op takes no time.
 * See:             SchedSim (event loop), SimScheduler (policy), SimAnswersTest.
 */
import dev.golab.runtime.proc.Next;
import dev.golab.sched.sim.TraceEvent.Kind;
import dev.golab.sched.stack.GoStack;

final class OpInterpreter {
    private final SchedSim sim;

    OpInterpreter(SchedSim sim) {
        this.sim = sim;
    }

    void schedule(SimM m) {
        if (m.p == null || m.curg != null || m.idle) return;     // stale wake-up
        Next<SimG> pick = sim.s.findRunnable(m);
        if (pick == null) return;
        if (m.spinning) {                                          // resetspinning: cascade one M at a time
            m.spinning = false;
            sim.s.nmspinning--;
            sim.s.wakep();
        }
        SimP p = m.p;
        if (!pick.inheritTime()) p.schedtick++;
        SimG g = pick.g();
        g.status = SimG.Status.RUNNING;
        g.m = m;
        m.curg = g;
        p.segStart = sim.now;
        sim.emit(Kind.GO_START, p.id, m.id, g.id, pick.inheritTime() ? "runnext (inherits the time slice)" : "schedtick " + p.schedtick);
        runG(g);
    }

    void runG(SimG g) {
        while (true) {
            SimM m = g.m;
            SimP p = m.p;
            Op op = g.op();
            switch (op) {
                case null -> {
                    g.status = SimG.Status.DEAD;
                    stop(g, p, m, Kind.GO_END, "ran", "");
                    return;
                }
                case Op.Run r -> {
                    if (g.remaining <= 0) g.remaining = r.ns();
                    g.runStart = sim.now;
                    int epoch = ++g.epoch;
                    sim.at(sim.now + g.remaining, () -> runEnd(g, epoch));
                    return;
                }
                case Op.Syscall sc -> {
                    g.pc++;
                    g.status = SimG.Status.SYSCALL;
                    sim.endSegment(p, g, "ran");
                    p.status = SimP.Status.SYSCALL;
                    p.syscalltick++;
                    sim.emit(Kind.GO_SYSCALL, p.id, m.id, g.id, sc.ns() / 1000 + "µs");
                    sim.at(sim.now + sc.ns(), () -> exitsyscall(g));
                    return;
                }
                case Op.NetWait nw -> {
                    g.pc++;
                    g.status = SimG.Status.WAITING;
                    g.waitReason = "IO wait";
                    g.netReadyAt = sim.now + nw.ns();
                    sim.netpoller.park(g);
                    stop(g, p, m, Kind.GO_BLOCK, "ran", "IO wait (netpoller)");
                    return;
                }
                case Op.Spawn sp -> {
                    g.pc++;
                    SimG child = sim.newG(sp.program());
                    sim.s.runqput(p, child, true);
                    sim.emit(Kind.GO_CREATE, p.id, m.id, child.id, "by G" + g.id + " → runnext of P" + p.id);
                    sim.s.wakep();
                }
                case Op.Yield y -> {
                    g.pc++;
                    g.status = SimG.Status.RUNNABLE;
                    stop(g, p, m, Kind.GO_SCHED, "ran", "Gosched → global queue");
                    sim.global.put(g);
                    sim.s.wakep();
                    return;
                }
                case Op.Park pk -> {
                    g.pc++;
                    if (g.permit) {
                        g.permit = false;
                        continue;
                    }
                    g.status = SimG.Status.WAITING;
                    g.waitReason = "chan receive";
                    stop(g, p, m, Kind.GO_BLOCK, "ran", "chan receive");
                    return;
                }
                case Op.Ready rd -> {
                    g.pc++;
                    SimG t = sim.allg.get(rd.g() - 1);
                    if (t.status == SimG.Status.WAITING && t.netReadyAt < 0) {
                        t.waitReason = null;
                        sim.s.runqput(p, t, true);
                        sim.emit(Kind.GO_UNBLOCK, p.id, m.id, t.id, "by G" + g.id + " → runnext of P" + p.id);
                        sim.s.wakep();
                    } else {
                        t.permit = true;
                    }
                }
                case Op.Call c -> {
                    g.pc++;
                    long before = g.stack.size(), copied = g.stack.bytesCopied();
                    try {
                        g.stack.call(c.bytes());
                    } catch (GoStack.StackOverflow so) {
                        sim.fatal = so;
                        sim.emit(Kind.FATAL, p.id, m.id, g.id, so.runtimeLine() + " / fatal error: " + so.getMessage());
                        return;
                    }
                    if (g.stack.size() != before)
                        sim.emit(Kind.STACK_GROW, p.id, m.id, g.id, before + " → " + g.stack.size() + " bytes (copied " + (g.stack.bytesCopied() - copied) + " bytes, pointers adjusted)");
                }
                case Op.Ret r -> {
                    g.pc++;
                    g.stack.ret();
                }
            }
        }
    }

    /** The G leaves its M (ended, blocked, yielded, preempted): close its segment and let the M schedule. */
    void stop(SimG g, SimP p, SimM m, Kind kind, String how, String detail) {
        sim.endSegment(p, g, how);
        sim.emit(kind, p.id, m.id, g.id, detail);
        m.curg = null;
        g.m = null;
        sim.scheduleM(m, 0);
    }

    private void runEnd(SimG g, int epoch) {
        if (g.epoch != epoch || g.status != SimG.Status.RUNNING) return;
        g.remaining = 0;
        g.pc++;
        runG(g);
    }

    private void exitsyscall(SimG g) {
        SimM m = g.m;
        SimP p = m.p;
        if (p != null && p.status == SimP.Status.SYSCALL && p.m == m) {       // fast path: our P is still ours
            sim.endSegment(p, g, "syscall");
            p.status = SimP.Status.RUNNING;
            p.segStart = sim.now;
            g.status = SimG.Status.RUNNING;
            sim.emit(Kind.GO_SYSEXIT, p.id, m.id, g.id, "kept its P");
            runG(g);
            return;
        }
        if (!sim.s.pidle.isEmpty()) {                             // its P was handed off: any idle P
            SimP idle = sim.s.pidle.pollFirst();
            sim.s.acquirep(m, idle);
            idle.segStart = sim.now;
            g.status = SimG.Status.RUNNING;
            sim.emit(Kind.GO_SYSEXIT, idle.id, m.id, g.id, "its P was handed off; took idle P" + idle.id);
            runG(g);
            return;
        }
        g.status = SimG.Status.RUNNABLE;
        m.curg = null;
        g.m = null;
        sim.global.put(g);
        sim.emit(Kind.GO_SYSEXIT, -1, m.id, g.id, "no P free → global queue; M stops");
        sim.stopm(m);
    }
}
