package dev.golab.context;

/*
 * Go behaviour:    the idiom `select { case <-ctx.Done(): return ctx.Err(); case <-time.After(d): }`
 *                  (and rate.Limiter.Wait's NewTimer + select): wait d unless ctx ends first.
 * Model:           a one-slot channel filled by a Clock.schedule action (no thread per timer), raced
 *                  against ctx.done() in a golab Select; the timer is stopped on the way out
 *                  (`defer t.Stop()`).
 * Invariants:      SL-I1 returns null only after d has passed on the clock. SL-I2 returns ctx.err() (non-null)
 *                  when ctx ended first.
 * Differs from Go: none observable; runs on any Clock (a VirtualClock in tests).
 * See:             LimiterAnswersTest, RetryAnswersTest.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import java.time.Duration;

public final class Sleep {
    private Sleep() {}

    /** Waits d on clock unless ctx is done first: null when the time passed, else ctx.err(). */
    public static ContextError sleep(Context ctx, Clock clock, Duration d) {
        if (d.isNegative() || d.isZero()) return null;
        Chan<Void> fired = Chan.make(1);
        ClockTimer t = clock.schedule(d, () -> fired.send(null));   // buffered: never blocks the timer thread
        try {
            ContextError[] out = {null};
            Select.select(
                    Select.recv(fired, v -> {}),
                    Select.recv(ctx.done(), v -> out[0] = ctx.err()));
            return out[0];
        } finally {
            t.stop();
        }
    }
}
