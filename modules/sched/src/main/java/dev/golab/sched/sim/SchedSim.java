package dev.golab.sched.sim;

/*
 * Go behaviour:    runtime/proc.go (Go 1.23): Ms run schedule() on Ps; sysmon (20 µs → 10 ms) preempts
 *                  a G after 10 ms (async preemption, Go 1.14+: even a loop without calls) and retakes
 *                  the P of an M blocked in a syscall (handoffp); the netpoller readies Gs whose fds
 *                  are ready (findRunnable, sysmon every 10 ms, or an M blocked in netpoll); stacks
 *                  start at 2 KiB, grow by copying and shrink at GC.
 * Model:           a deterministic discrete-event simulation: a priority queue of (time, seq) events,
 *                  one java.util.Random(seed) for every random choice (steal order). Events: an M
 *                  schedules; a G's Run op ends; a syscall ends; an fd becomes ready; sysmon ticks;
 *                  a GC shrinks stacks. SimScheduler holds the run-queue policy. Every step appends
 *                  TraceEvents and per-P Segments (the lane chart).
 * Invariants:      I1 conservation: every live G is in exactly one place — a P's runnext or ring,
 *                     the global queue, on an M (running or in a syscall), or waiting — and dead Gs
 *                     are nowhere (checkInvariants). I2 same seed → same trace. I3 with async
 *                     preemption no G holds a P for more than 10 ms + one sysmon delay (≤ 20 ms).
 *                  I4 an idle P coexists with queued Gs for at most (procs − 1) M wake-ups.
 * Differs from Go: no GC phases, timers, locked Ms or cgo; scheduling itself takes no time; waking
 *                  an M takes cfg.wakeLatencyNs.
 * See:             SchedSimPropertiesTest, SimAnswersTest, Scenarios, `./golab sched`.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.Next;
import dev.golab.sched.sim.TraceEvent.Kind;
import dev.golab.sched.stack.GoStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

public final class SchedSim {
    static final long FORCE_PREEMPT_NS = 10_000_000, SYSMON_MIN_NS = 20_000, SYSMON_MAX_NS = 10_000_000;

    final SimConfig cfg;
    final Random rng;
    final List<SimP> allp = new ArrayList<>();
    final GlobalRunQueue<SimG> global = new GlobalRunQueue<>();
    final SimScheduler s;
    private final SimSysmon sysmon = new SimSysmon(this);
    private final SimNetpoller netpoller = new SimNetpoller(this);
    final List<SimG> allg = new ArrayList<>();
    private final List<TraceEvent> trace = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final PriorityQueue<Ev> events = new PriorityQueue<>(Comparator.comparingLong(Ev::time).thenComparingLong(Ev::seq));
    long now, lastPoll;
    private long seq, imbalanceSince = -1, maxImbalance;
    int handoffs, preemptions;
    private GoFatal fatal;

    private record Ev(long time, long seq, Runnable action) {}

    public SchedSim(SimConfig cfg) {
        this.cfg = cfg;
        this.rng = new Random(cfg.seed());
        this.s = new SimScheduler(this);
        for (int i = 0; i < cfg.procs(); i++) {
            SimP p = new SimP(i);
            allp.add(p);
            s.pidle.addLast(p);
        }
        at(SYSMON_MIN_NS, sysmon::tick);
        at(cfg.gcPeriodNs(), sysmon::gc);
    }

    /** Starts a goroutine from outside any P (like main's first `go`): global queue, then wakep. Returns its id. */
    public int go(List<Op> program) {
        SimG g = newG(program);
        global.put(g);
        emit(Kind.GO_CREATE, -1, -1, g.id, "from outside any P → global queue");
        s.wakep();
        return g.id;
    }

    private SimG newG(List<Op> program) {
        SimG g = new SimG(allg.size() + 1, program);               // G ids from 1, as Go's main is goroutine 1
        allg.add(g);
        return g;
    }

    /** Processes one event; false once every G has ended (or a fatal error stopped the program). */
    public boolean step() {
        if (done()) return false;
        Ev ev = events.poll();
        if (ev == null) return false;
        now = ev.time();
        ev.action().run();
        trackImbalance();
        return !done();
    }

    /** Runs until every G has ended or simulated time passes {@code limitNs}. */
    public SchedSim run(long limitNs) {
        while (now <= limitNs && step()) {
            // next event
        }
        return this;
    }

    public boolean done() {
        return fatal != null || (!allg.isEmpty() && allg.stream().allMatch(g -> g.status == SimG.Status.DEAD));
    }

    // ---- M and G execution -------------------------------------------------------------------

    void scheduleM(SimM m, long delay) {
        at(now + delay, () -> schedule(m));
    }

    private void schedule(SimM m) {
        if (m.p == null || m.curg != null || m.idle) return;     // stale wake-up
        Next<SimG> pick = s.findRunnable(m);
        if (pick == null) return;
        if (m.spinning) {                                          // resetspinning: cascade one M at a time
            m.spinning = false;
            s.nmspinning--;
            s.wakep();
        }
        SimP p = m.p;
        if (!pick.inheritTime()) p.schedtick++;
        SimG g = pick.g();
        g.status = SimG.Status.RUNNING;
        g.m = m;
        m.curg = g;
        p.segStart = now;
        emit(Kind.GO_START, p.id, m.id, g.id, pick.inheritTime() ? "runnext (inherits the time slice)" : "schedtick " + p.schedtick);
        runG(g);
    }

    private void runG(SimG g) {
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
                    g.runStart = now;
                    int epoch = ++g.epoch;
                    at(now + g.remaining, () -> runEnd(g, epoch));
                    return;
                }
                case Op.Syscall sc -> {
                    g.pc++;
                    g.status = SimG.Status.SYSCALL;
                    endSegment(p, g, "ran");
                    p.status = SimP.Status.SYSCALL;
                    p.syscalltick++;
                    emit(Kind.GO_SYSCALL, p.id, m.id, g.id, sc.ns() / 1000 + "µs");
                    at(now + sc.ns(), () -> exitsyscall(g));
                    return;
                }
                case Op.NetWait nw -> {
                    g.pc++;
                    g.status = SimG.Status.WAITING;
                    g.waitReason = "IO wait";
                    g.netReadyAt = now + nw.ns();
                    netpoller.park(g);
                    stop(g, p, m, Kind.GO_BLOCK, "ran", "IO wait (netpoller)");
                    return;
                }
                case Op.Spawn sp -> {
                    g.pc++;
                    SimG child = newG(sp.program());
                    s.runqput(p, child, true);
                    emit(Kind.GO_CREATE, p.id, m.id, child.id, "by G" + g.id + " → runnext of P" + p.id);
                    s.wakep();
                }
                case Op.Yield y -> {
                    g.pc++;
                    g.status = SimG.Status.RUNNABLE;
                    stop(g, p, m, Kind.GO_SCHED, "ran", "Gosched → global queue");
                    global.put(g);
                    s.wakep();
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
                    SimG t = allg.get(rd.g() - 1);
                    if (t.status == SimG.Status.WAITING && t.netReadyAt < 0) {
                        t.waitReason = null;
                        s.runqput(p, t, true);
                        emit(Kind.GO_UNBLOCK, p.id, m.id, t.id, "by G" + g.id + " → runnext of P" + p.id);
                        s.wakep();
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
                        fatal = so;
                        emit(Kind.FATAL, p.id, m.id, g.id, so.runtimeLine() + " / fatal error: " + so.getMessage());
                        return;
                    }
                    if (g.stack.size() != before)
                        emit(Kind.STACK_GROW, p.id, m.id, g.id, before + " → " + g.stack.size() + " bytes (copied " + (g.stack.bytesCopied() - copied) + " bytes, pointers adjusted)");
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
        endSegment(p, g, how);
        emit(kind, p.id, m.id, g.id, detail);
        m.curg = null;
        g.m = null;
        scheduleM(m, 0);
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
            endSegment(p, g, "syscall");
            p.status = SimP.Status.RUNNING;
            p.segStart = now;
            g.status = SimG.Status.RUNNING;
            emit(Kind.GO_SYSEXIT, p.id, m.id, g.id, "kept its P");
            runG(g);
            return;
        }
        if (!s.pidle.isEmpty()) {                                 // its P was handed off: any idle P
            SimP idle = s.pidle.pollFirst();
            s.acquirep(m, idle);
            idle.segStart = now;
            g.status = SimG.Status.RUNNING;
            emit(Kind.GO_SYSEXIT, idle.id, m.id, g.id, "its P was handed off; took idle P" + idle.id);
            runG(g);
            return;
        }
        g.status = SimG.Status.RUNNABLE;
        m.curg = null;
        g.m = null;
        global.put(g);
        emit(Kind.GO_SYSEXIT, -1, m.id, g.id, "no P free → global queue; M stops");
        stopm(m);
    }

    void stopm(SimM m) {
        netpoller.stopm(m);
    }

    List<SimG> netpoll() {
        return netpoller.poll();
    }

    int netWaiting() {
        return netpoller.waiting();
    }

    // ---- bookkeeping ----------------------------------------------------------------------------

    void at(long time, Runnable action) {
        events.add(new Ev(time, seq++, action));
    }

    void emit(Kind kind, int p, int m, int g, String detail) {
        trace.add(new TraceEvent(now, kind, p, m, g, detail));
    }

    void endSegment(SimP p, SimG g, String how) {
        if (p != null && g != null && now > p.segStart) segments.add(new Segment(p.id, g.id, p.segStart, now, how));
    }

    private void trackImbalance() {
        boolean queued = !global.isEmpty();
        for (SimP p : allp) queued |= p.runq.ringSize() > 0;
        boolean idleP = false;                                     // idle, or held by an M not yet running a G
        for (SimP p : allp) idleP |= p.status == SimP.Status.IDLE || (p.status == SimP.Status.RUNNING && p.m.curg == null);
        boolean imbalance = queued && idleP;
        if (imbalance && imbalanceSince < 0) imbalanceSince = now;
        if (!imbalance && imbalanceSince >= 0) {
            maxImbalance = Math.max(maxImbalance, now - imbalanceSince);
            imbalanceSince = -1;
        }
    }


    /** I1 (conservation) and the P/M bookkeeping; throws InvariantViolation with the state. */
    public void checkInvariants() {
        SimInvariants.check(this);
    }

    /** The scheduler state in one block of text (`golab sched --step`). */
    public String snapshot() {
        return SimInvariants.snapshot(this);
    }

    public long now() { return now; }
    public List<TraceEvent> trace() { return Collections.unmodifiableList(trace); }
    public List<Segment> segments() { return Collections.unmodifiableList(segments); }
    public int threads() { return s.allm.size(); }
    public int handoffs() { return handoffs; }
    public int preemptions() { return preemptions; }
    public int goroutines() { return allg.size(); }
    public GoFatal fatal() { return fatal; }
    public SimConfig config() { return cfg; }
    /** The longest stretch during which a P sat idle while Gs were queued (I4). */
    public long maxImbalanceNs() { return maxImbalance; }
    /** Stack of goroutine {@code id} (the stack model of RT-05). */
    public GoStack stackOf(int id) { return allg.get(id - 1).stack; }
    /** When goroutine {@code id} ended, or -1. */
    public long endTime(int id) {
        for (TraceEvent e : trace) if (e.kind() == Kind.GO_END && e.g() == id) return e.time();
        return -1;
    }
}
