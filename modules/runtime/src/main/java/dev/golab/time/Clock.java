package dev.golab.time;

/*
 * Go behaviour:    time.Now, time.Sleep and the runtime's timer heap (runtime/time.go) behind every
 *                  timer, ticker, AfterFunc and context deadline. In a synctest bubble (Go 1.24) the
 *                  same calls read a fake clock that jumps forward when every goroutine is blocked.
 * Model:           Clock is the seam: now(), nanoTime(), sleep(d), schedule(d, action). The system
 *                  clock keeps one heap and one timer thread for the whole JVM (no thread per timer);
 *                  VirtualClock fires its heap only when advanced. A goroutine inherits the clock of
 *                  the goroutine (or thread binding) that started it.
 * Invariants:      I1 schedule() actions run at most once, never before their time on that clock.
 *                  I2 actions run on the clock's timer thread and must not block (they send on buffered
 *                  channels, unpark, or start a goroutine).
 * Differs from Go: Go runs timers on the P's that own them; here one thread serves the system clock.
 * See:             ClockAnswersTest, TimerAnswersTest (modules/chan).
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

public interface Clock {
    /** time.Now(). */
    Instant now();

    /** Monotonic nanoseconds (Go's monotonic clock reading). */
    long nanoTime();

    /** time.Sleep(d): the current goroutine waits (state "sleep"); d <= 0 returns at once. */
    void sleep(Duration d);

    /** Runs a quick, non-blocking action d from now on the clock's timer thread. */
    ClockTimer schedule(Duration d, Runnable action);

    /** time.AfterFunc(d, f): f runs in its own goroutine once d has passed. */
    default ClockTimer afterFunc(Duration d, Runnable f) {
        return schedule(d, () -> Go.go(f));
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

    /** The group (synctest bubble) bound to the current thread by {@link #runWith}, or null. */
    static Object currentGroup() {
        Binding b = Binding.CURRENT.get();
        return b == null ? null : b.group();
    }

    /** Runs body on this thread with {@code clock} as Clock.current(); goroutines it starts inherit it. */
    static <T> T runWith(Clock clock, Object group, Callable<T> body) throws Exception {
        Binding previous = Binding.CURRENT.get();
        Binding.CURRENT.set(new Binding(clock, group));
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
    record Binding(Clock clock, Object group) {
        static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();
    }
}
