package dev.golab.sched.sim;

/*
 * Go behaviour:    runtime/proc.go (Go 1.23): Ms run schedule() on Ps; sysmon (20 µs → 10 ms) preempts
 *                  a G after 10 ms (async preemption, Go 1.14+: even a loop without calls) and retakes
 *                  the P of an M blocked in a syscall (handoffp); the netpoller readies Gs whose fds
 *                  are ready (findRunnable, sysmon every 10 ms, or an M blocked in netpoll); stacks
 *                  start at 2 KiB, grow by copying and shrink at GC.
 * Model:           a deterministic discrete-event simulation — this class is its event loop:
 *                  1. a priority queue of (time, seq) events; one java.util.Random(seed) for every
 *                     random choice (steal order);
 *                  2. events: an M schedules, a G's Run op ends, a syscall ends, an fd becomes ready,
 *                     sysmon ticks, a GC shrinks stacks;
 *                  3. each event runs one of: OpInterpreter (a G's Ops on its M), SimScheduler (the
 *                     policy, on dev.golab.runtime.proc's shared queues), SimSysmon, SimNetpoller;
 *                  4. SimRecorder writes TraceEvents and per-P Segments (the lane chart's data).
 * Invariants:      SIM-I1 conservation: every live G is in exactly one place — a P's runnext or
 *                     ring, the global queue, on an M (running or in a syscall), or waiting — and dead
 *                     Gs are nowhere (checkInvariants). SIM-I2 same seed → same trace.
 *                  SIM-I3 with async preemption no G holds a P for more than 10 ms + one sysmon
 *                     delay (≤ 20 ms). SIM-I4 an idle P coexists with queued Gs for at most
 *                     (procs − 1) M wake-ups.
 * Differs from Go: no GC phases, timers, locked Ms or cgo; scheduling itself takes no time; waking
 *                  an M takes cfg.wakeLatencyNs.
 * See:             SchedSimPropertiesTest, SimAnswersTest, Scenarios, `./golab sched`.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.sched.sim.TraceEvent.Kind;
import dev.golab.sched.stack.GoStack;
import java.util.ArrayList;
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
    final SimNetpoller netpoller = new SimNetpoller(this);
    private final OpInterpreter interpreter = new OpInterpreter(this);
    private final SimRecorder recorder = new SimRecorder();
    final List<SimG> allg = new ArrayList<>();
    private final PriorityQueue<Ev> events = new PriorityQueue<>(Comparator.comparingLong(Ev::time).thenComparingLong(Ev::seq));
    long now, lastPoll;
    private long seq;
    int handoffs, preemptions;
    GoFatal fatal;

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

    SimG newG(List<Op> program) {
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
        recorder.trackImbalance(now, allp, !global.isEmpty());
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

    // ---- M and G execution: OpInterpreter -------------------------------------------------------

    void scheduleM(SimM m, long delay) {
        at(now + delay, () -> interpreter.schedule(m));
    }

    /** The G leaves its M (ended, blocked, yielded, preempted): see OpInterpreter.stop. */
    void stop(SimG g, SimP p, SimM m, Kind kind, String how, String detail) {
        interpreter.stop(g, p, m, kind, how, detail);
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
        recorder.emit(now, kind, p, m, g, -1, detail);
    }

    /** An event between two Ps: {@code other} is the victim of a steal. */
    void emit(Kind kind, int p, int m, int g, int other, String detail) {
        recorder.emit(now, kind, p, m, g, other, detail);
    }

    void endSegment(SimP p, SimG g, String how) {
        recorder.endSegment(now, p, g, how);
    }

    /** SIM-I1 (conservation) and the P/M bookkeeping; throws InvariantViolation with the state. */
    public void checkInvariants() {
        SimInvariants.check(this);
    }

    /** The scheduler state in one block of text (`golab sched --step`). */
    public String snapshot() {
        return SimInvariants.snapshot(this);
    }

    /**
     * Calls {@code o} right after each trace event is recorded (views take a {@link #state()} there, so
     * a page can step event by event). The state is then as the event describes it: e.g. at GO_END the
     * G is still on its M, and the next event shows the M free. Register before {@link #go}.
     */
    public void observe(java.util.function.Consumer<TraceEvent> o) {
        recorder.observe(o);
    }

    /** The scheduler state as data: each P's lane, the global queue, the netpoller (for views). */
    public SimState state() {
        return SimState.of(this);
    }

    public long now() { return now; }
    public List<TraceEvent> trace() { return recorder.trace(); }
    public List<Segment> segments() { return recorder.segments(); }
    public int threads() { return s.allm.size(); }
    public int handoffs() { return handoffs; }
    public int preemptions() { return preemptions; }
    public int goroutines() { return allg.size(); }
    public GoFatal fatal() { return fatal; }
    public SimConfig config() { return cfg; }
    /** The longest stretch during which a P sat idle while Gs were queued (SIM-I4). */
    public long maxImbalanceNs() { return recorder.maxImbalanceNs(); }
    /** Stack of goroutine {@code id} (the stack model of RT-05). */
    public GoStack stackOf(int id) { return allg.get(id - 1).stack; }
    /** When goroutine {@code id} ended, or -1. */
    public long endTime(int id) {
        for (TraceEvent e : recorder.trace()) if (e.kind() == Kind.GO_END && e.g() == id) return e.time();
        return -1;
    }
}
