package dev.golab.runtime;

/*
 * Go behaviour:    time.Now, time.Sleep and the runtime's timer heap (runtime/time.go) behind every
 *                  timer, ticker, AfterFunc and context deadline. In a synctest bubble (Go 1.24) the
 *                  same calls read a fake clock that jumps forward when every goroutine is blocked.
 * Model:           Clock is the seam: now(), nanoTime(), sleep(d), schedule(d, action). The system
 *                  clock keeps one heap and one timer thread for the whole JVM (no thread per timer);
 *                  VirtualClock fires its heap only when advanced. A goroutine inherits the clock of
 *                  the goroutine (or thread binding) that started it.
 * Invariants:      RT-I9 schedule() actions run at most once, never before their time on that clock.
 *                  RT-I10 actions run on the clock's timer thread and must not block (they send on buffered
 *                  channels, unpark, or start a goroutine).
 *                  RT-I11 a deadline beyond Go's int64 nanoseconds saturates to "never" (runtime/time.go
 *                  when(): `if t < 0 { t = maxWhen }`): such a timer never fires and never overflows.
 * Differs from Go: Go runs timers on the P's that own them; here one thread serves the system clock.
 * See:             ClockAnswersTest, TimerAnswersTest (modules/chan).
 */
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

public interface Clock {
    /** time.Now(). */
    Instant now();

    /** Monotonic nanoseconds (Go's monotonic clock reading). */
    long nanoTime();

    /**
     * time.Sleep(d): the current goroutine parks (state "sleep") until a timer on this clock readies
     * it; d <= 0 returns at once, a d beyond Go's range sleeps forever. Go cannot interrupt a sleep;
     * here an interrupt ends it with {@link Interrupted} (how leak checks stop stuck goroutines).
     */
    default void sleep(Duration d) {
        if (saturatingNanos(d) <= 0) return;
        Goroutine g = Park.self();
        ClockTimer[] timer = new ClockTimer[1];
        if (Park.park(g, WaitReason.SLEEP, this, () -> timer[0] = schedule(d, () -> Park.ready(g)))) return;
        if (timer[0].stop()) {                     // we withdrew before the timer fired
            Park.abandon(g);
            throw new Interrupted(WaitReason.SLEEP.text());
        }
        Park.awaitReady(g);                        // it fired concurrently: take its ready
    }

    /** Runs a quick, non-blocking action d from now on the clock's timer thread. */
    ClockTimer schedule(Duration d, Runnable action);

    /** time.AfterFunc(d, f): f runs in its own goroutine once d has passed. */
    default ClockTimer afterFunc(Duration d, Runnable f) {
        return schedule(d, () -> Go.go(f));
    }

    /**
     * d in nanoseconds, saturated to Go's Duration range: Go's Duration is an int64 of nanoseconds, so
     * a java.time.Duration beyond it is clamped (and its timers never fire, as Go's when() clamps).
     */
    static long saturatingNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** d clamped to Go's Duration range (int64 nanoseconds). */
    static Duration saturate(Duration d) {
        return Duration.ofNanos(saturatingNanos(d));
    }

    /** The JVM-wide system clock. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }

    /** The clock of the current goroutine, else the current thread's binding, else the system clock. */
    static Clock current() {
        Goroutine g = Goroutine.current();
        if (g != null) return g.clock();
        Binding b = Binding.CURRENT.get();
        return b == null ? system() : b.clock();
    }

    /** The bubble of the current goroutine, else the one bound to this thread by {@link #runWith}, or null. */
    static Bubble currentBubble() {
        Goroutine g = Goroutine.current();
        if (g != null) return g.bubble();
        Binding b = Binding.CURRENT.get();
        return b == null ? null : b.bubble();
    }

    /** Runs body on this thread with {@code clock} as Clock.current(); goroutines it starts inherit it. */
    static <T> T runWith(Clock clock, Bubble bubble, Callable<T> body) throws Exception {
        Binding previous = Binding.CURRENT.get();
        Binding.CURRENT.set(new Binding(clock, bubble));
        try {
            return body.call();
        } finally {
            Binding.CURRENT.set(previous);
        }
    }

    static void runWith(Clock clock, Runnable body) {
        try {
            runWith(clock, null, () -> {
                body.run();
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A thread's clock binding (for threads that are not goroutines). */
    record Binding(Clock clock, Bubble bubble) {
        static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();
    }
}
