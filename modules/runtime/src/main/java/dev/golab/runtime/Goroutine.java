package dev.golab.runtime;

/*
 * Go behaviour:    every goroutine has an id and a status (runtime2.go: _Grunning, _Grunnable,
 *                  _Gwaiting + waitreason); `goroutine 7 [chan receive]:` in a dump shows both.
 *                  runtime.NumGoroutine counts the live ones.
 * Model:           a registry entry per goroutine started by Go.go, keyed by its Java thread.
 *                  Blocking code parks through Park (the gopark/goready seam), which records the wait
 *                  reason and object, so deadlock and leak detectors (testkit) read states like a dump.
 *                  A thread Go.go did not start gets a "foreign" handle (not registered) so it can
 *                  wait on channels and locks through the same seam.
 *                  Each goroutine also carries the Clock it inherited from the goroutine that started it.
 * Invariants:      RT-I6 an entry exists exactly while its goroutine's body runs (registered before the
 *                  body starts, removed after its last defer). RT-I7 ids are unique (Goids); 1 is
 *                  reserved for main, as in Go. RT-I8 state WAITING iff waitReason() != null.
 * Differs from Go: threads not started by Go.go (JUnit's, main) are "foreign": current() is null for
 *                  them and they are not counted by numGoroutine. States are best effort snapshots.
 *                  A goroutine blocked in Java code the lab does not model reads [syscall] (Go's
 *                  closest state: an M blocked outside the scheduler).
 * See:             GoroutineAnswersTest.
 */
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

public final class Goroutine {
    public enum State { RUNNABLE, RUNNING, WAITING }

    /** Live VT goroutines, keyed by their thread (current() looks them up). */
    private static final ConcurrentHashMap<Object, Goroutine> LIVE = new ConcurrentHashMap<>();
    /** Live goroutines of a non-VT backend (CONT): no map, no allocation per go (AllGs). */
    private static final AllGs ALL = new AllGs();
    private static final ThreadLocal<Goroutine> FOREIGN = ThreadLocal.withInitial(Goroutine::newForeign);

    private final long id;
    private final Clock clock;
    private final Bubble bubble;
    private volatile Thread thread;
    private volatile Backend backend;                             // null: a virtual thread (VT)
    private volatile Object handle;                               // the backend's G (a ContG)
    private volatile boolean done;
    volatile WaitReason reason;                                   // written by Park
    Object waitingOn;                                             // written by Park before its release of reason
    @SuppressWarnings("unused") private volatile int pstate;      // Park's RUNNING/WAITING/READIED (VarHandle; VT only)
    volatile boolean interruptPending;                            // CONT's interrupt flag (VT: the thread's)
    private volatile boolean started;
    private Object spare;                                         // takeSpare/putSpare: only this goroutine
    private Object selectSpare;                                   // takeSelectSpare/putSelectSpare: only this goroutine
    int points;                                                   // VtPreempt's count of `go`s and Goscheds: only this goroutine
    long sliceStart;                                              // VtPreempt: only this goroutine
    AllGs.Chunk allChunk;                                         // AllGs: where it is listed (CONT)
    int allSlot;

    Goroutine(long id, Clock clock, Bubble bubble) {
        this.id = id;
        this.clock = clock;
        this.bubble = bubble;
    }

    private Goroutine(Thread foreignThread) {
        this.id = 0;
        this.clock = null;
        this.bubble = null;
        this.thread = foreignThread;
        this.started = true;
    }

    private static Goroutine newForeign() {
        return new Goroutine(Thread.currentThread());
    }

    /** The goroutine running on the current thread, or null on a thread Go.go did not start. */
    public static Goroutine current() {
        Backend b = Go.contBackend;
        if (b != null) {
            Goroutine g = b.current();
            if (g != null) return g;
        }
        return LIVE.get(Thread.currentThread());
    }

    /** This (non-goroutine) thread's handle for Park; never registered, never counted. */
    static Goroutine foreign() {
        return FOREIGN.get();
    }

    /** Snapshot of all live lab goroutines, oldest first. */
    public static List<Goroutine> live() {
        List<Goroutine> all = new ArrayList<>(LIVE.values());
        ALL.snapshot(all);
        all.sort(Comparator.comparingLong(Goroutine::id));
        return all;
    }

    static int count() {
        return LIVE.size() + ALL.count();
    }

    void attach(Thread t) {
        thread = t;
        LIVE.put(t, this);
    }

    /** Registers a goroutine of a non-VT backend (before it can run). */
    void attach(Backend b) {
        backend = b;
        ALL.add(this);
    }

    /** Its body, defers and crash report are over (Go.body's last step). */
    void finish() {
        done = true;
    }

    void detach() {
        if (backend != null) ALL.remove(this);
        else LIVE.remove(thread, this);
    }

    /** The backend running this goroutine, or null for a virtual thread. */
    Backend backend() {
        return backend;
    }

    /** The backend's own handle for this goroutine (a ContG on CONT), or null on VT. */
    public Object handle() {
        return handle;
    }

    /** Set by the backend on the goroutine's first instruction, before it can park. */
    public void handle(Object h) {
        handle = h;
    }

    void markStarted() {
        started = true;
    }

    /** The thread Park wakes for this goroutine. */
    Thread parkThread() {
        return thread;
    }

    public long id() {
        return id;
    }

    /** Its virtual thread on VT; null on CONT (a G has no thread of its own: it runs on an M). */
    public Thread thread() {
        return thread;
    }

    /**
     * Its frames, innermost first, as a dump or leak report shows them: its virtual thread's stack on
     * VT; on CONT the parked G's continuation, read while ready() is held off (ContG.stackTrace).
     * Empty when no frames can be read (not started, ended, or running on another M).
     */
    public StackTraceElement[] stackTrace() {
        if (backend != null) return backend.stackTrace(this);
        Thread t = thread;
        return t == null ? new StackTraceElement[0] : t.getStackTrace();
    }

    /**
     * Interrupts it: a goroutine blocked in a lab primitive (channel, select, sync, timer) wakes and
     * that operation ends with Interrupted — the lab's way to end a leaked goroutine (Go has none).
     * VT: its virtual thread's interrupt. CONT: a flag on the G, and a parked G is put back on a run
     * queue (Park.interrupt). The flag stays set, as a thread's does, so its next wait ends at once too
     * (Go.interrupted() clears it). On CONT a JDK blocking call (a latch, Thread.sleep) is not
     * interrupted: the G holds its M there as in a syscall.
     */
    public void interrupt() {
        Park.interrupt(this);
    }

    /** CONT: its interrupt flag, which an interruptible park's commit reads (RT-I14); VT uses the thread's. */
    public boolean interruptPending() {
        return interruptPending;
    }

    /**
     * The spare wait record its last blocking operation returned (chan's sudog), or null; taking it
     * leaves none. Go keeps a per-P sudog cache (acquireSudog/releaseSudog); a goroutine waits in at
     * most one plain operation at a time, so one spare per goroutine gives the same effect: no
     * allocation per blocking hand-off. Only the goroutine itself may call this and putSpare.
     */
    public Object takeSpare() {
        Object s = spare;
        spare = null;
        return s;
    }

    /** Returns a wait record that nothing references any more (see takeSpare). */
    public void putSpare(Object record) {
        spare = record;
    }

    /** takeSpare for a blocked select's records (chan's SelectFrame: its sudogs and selectDone). */
    public Object takeSelectSpare() {
        Object s = selectSpare;
        selectSpare = null;
        return s;
    }

    /** Returns a select's records that nothing references any more (see takeSelectSpare). */
    public void putSelectSpare(Object frame) {
        selectSpare = frame;
    }

    /** True once its body and defers have ended. */
    public boolean isDone() {
        return done;
    }

    /** True for a handle of a thread Go.go did not start (see Park.self()). */
    public boolean isForeign() {
        return id == 0;
    }

    /** The clock this goroutine's time functions use (inherited at `go`); null for a foreign handle. */
    public Clock clock() {
        return clock;
    }

    /** The bubble (testkit's synctest) this goroutine was started in, or null. */
    public Bubble bubble() {
        return bubble;
    }

    public State state() {
        if (waitReason() != null) return State.WAITING;
        return started ? State.RUNNING : State.RUNNABLE;
    }

    /**
     * Why it is blocked, or null when not waiting. A goroutine parked in Java code the lab does not
     * model (a JDK latch, contended synchronized, I/O) reports SYSCALL, read from its thread's state
     * (on CONT, the state of the M running it: the G holds its M there, as Go's _Gsyscall does).
     */
    public WaitReason waitReason() {
        WaitReason r = reason;
        if (r != null) return r;
        Thread t = backend != null ? backend.runningOn(this) : thread;
        if (started && t != null) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED) {
                r = reason;                                       // it may have parked through Park meanwhile
                return r != null ? r : WaitReason.SYSCALL;
            }
        }
        return null;
    }

    /**
     * Durably blocked in synctest's sense: waiting through Park for a reason only a goroutine can end,
     * and its thread really parked (an unparked virtual thread reads RUNNABLE, which closes the window
     * between a ready and the woken goroutine clearing its reason).
     */
    public boolean durablyBlocked() {
        WaitReason r = reason;
        if (r == null || !r.durable()) return false;
        if (backend != null) return Park.isWaiting(this);            // CONT: the G is off its M
        if (Park.isReadied(this)) return false;
        Thread t = thread;
        Thread.State s = t == null ? Thread.State.NEW : t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /** What it is blocked on (a channel, a mutex…), or null. */
    public Object waitingOn() {
        return reason != null ? waitingOn : null;                 // the volatile read first: Park's release
    }

    /** Go's dump header: {@code goroutine 7 [chan receive]:}. */
    @Override
    public String toString() {
        WaitReason r = waitReason();
        String status = r != null ? r.text() : state() == State.RUNNING ? "running" : "runnable";
        return "goroutine " + id + " [" + status + "]:";
    }
}
