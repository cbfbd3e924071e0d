package dev.golab.runtime;

/*
 * Go behaviour:    every goroutine has an id and a status (runtime2.go: _Grunning, _Grunnable,
 *                  _Gwaiting + waitreason); `goroutine 7 [chan receive]:` in a dump shows both.
 *                  runtime.NumGoroutine counts the live ones.
 * Model:           a registry entry per goroutine started by Go.go, keyed by its Java thread.
 *                  Blocking code marks itself waiting (reason + object) before it parks and running
 *                  after, so deadlock and leak detectors (testkit) read the states like a Go dump.
 *                  Each goroutine also carries the Clock it inherited from the goroutine that started it.
 * Invariants:      I1 an entry exists exactly while its goroutine's body runs (registered before the
 *                  body starts, removed after its last defer). I2 ids are unique and increasing; 1 is
 *                  reserved for main, as in Go. I3 state WAITING iff waitReason() != null.
 * Differs from Go: threads not started by Go.go (JUnit's, main) are "foreign": current() is null for
 *                  them and they are not counted by numGoroutine. States are best effort snapshots.
 * See:             GoroutineAnswersTest.
 */
import dev.golab.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public final class Goroutine {
    public enum State { RUNNABLE, RUNNING, WAITING }

    private static final AtomicLong IDS = new AtomicLong(1);      // 1 = main, as in Go
    private static final ConcurrentHashMap<Thread, Goroutine> LIVE = new ConcurrentHashMap<>();

    private final long id;
    private final Clock clock;
    private final Object group;
    private volatile Thread thread;
    private volatile WaitReason reason;
    private volatile Object waitingOn;
    private volatile boolean started;

    Goroutine(Clock clock, Object group) {
        this.id = IDS.incrementAndGet();
        this.clock = clock;
        this.group = group;
    }

    /** The goroutine running on the current thread, or null on a thread Go.go did not start. */
    public static Goroutine current() {
        return LIVE.get(Thread.currentThread());
    }

    /** Snapshot of all live lab goroutines, oldest first. */
    public static List<Goroutine> live() {
        List<Goroutine> all = new ArrayList<>(LIVE.values());
        all.sort(Comparator.comparingLong(Goroutine::id));
        return all;
    }

    static int count() {
        return LIVE.size();
    }

    void attach(Thread t) {
        thread = t;
        LIVE.put(t, this);
    }

    void detach() {
        LIVE.remove(thread, this);
    }

    void markStarted() {
        started = true;
    }

    /** Marks the current goroutine blocked (call right before parking). No-op on foreign threads. */
    public static void block(WaitReason why, Object on) {
        Goroutine g = current();
        if (g != null) {
            g.waitingOn = on;
            g.reason = why;
        }
    }

    /** Marks the current goroutine running again (call right after waking). */
    public static void unblock() {
        Goroutine g = current();
        if (g != null) {
            g.reason = null;
            g.waitingOn = null;
        }
    }

    public long id() {
        return id;
    }

    public Thread thread() {
        return thread;
    }

    /** The clock this goroutine's time functions use (inherited at `go`). */
    public Clock clock() {
        return clock;
    }

    /** The bubble / group this goroutine was started in (testkit's synctest), or null. */
    public Object group() {
        return group;
    }

    public State state() {
        if (waitReason() != null) return State.WAITING;
        return started ? State.RUNNING : State.RUNNABLE;
    }

    /**
     * Why it is blocked, or null when not waiting. A goroutine parked in Java code the lab does not
     * model (a JDK latch, I/O) reports JAVA_BLOCKED, read from its thread's state.
     */
    public WaitReason waitReason() {
        WaitReason r = reason;
        if (r != null) return r;
        Thread t = thread;
        if (started && t != null) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED) {
                return reason != null ? reason : WaitReason.JAVA_BLOCKED;
            }
        }
        return null;
    }

    /** What it is blocked on (a channel, a mutex…), or null. */
    public Object waitingOn() {
        return waitingOn;
    }

    /** Go's dump header: {@code goroutine 7 [chan receive]:}. */
    @Override
    public String toString() {
        WaitReason r = waitReason();
        String status = r != null ? r.text() : state() == State.RUNNING ? "running" : "runnable";
        return "goroutine " + id + " [" + status + "]:";
    }
}
