package dev.golab.time;

/*
 * Go behaviour:    time.NewTimer(d) (Go 1.23): C receives the current time once, d from now. C is
 *                  synchronous (cap 0). Stop reports whether it stopped the timer before its value was
 *                  received; Reset re-arms and reports the same. After either returns, no value of
 *                  the old arming can be received. An unreferenced timer is collected even unstopped.
 * Model:           a timer channel (dev.golab.chan.TimerChan) fed by one Clock.schedule entry — the
 *                  clock's single heap, no thread per timer. See TimerState for stop/reset.
 * Invariants:      I1 at most one value per arming. I2 no stale value after stop()/reset() returns.
 *                  I3 cap(C) == len(C) == 0.
 * Differs from Go: none known in observable behaviour; the clock is Clock.current() at creation.
 * See:             TimerAnswersTest, SelectAnswersTest (timeout).
 */
import dev.golab.chan.Chan;
import dev.golab.chan.TimerChan;
import java.time.Duration;
import java.time.Instant;

public final class Timer {
    private final Chan<Instant> c = TimerChan.make();
    private final TimerState state;

    Timer(Clock clock, Duration d) {
        state = new TimerState(clock, c, 0);
        state.arm(Math.max(0, d.toNanos()));
    }

    /** The timer's channel (Go's {@code t.C}). */
    public Chan<Instant> c() {
        return c;
    }

    /** {@code t.Stop()}: true if the call stopped the timer before its value was received. */
    public boolean stop() {
        return state.stopAndMaybeArm(c, -1);
    }

    /** {@code t.Reset(d)}: re-arms; true if the timer was still active. */
    public boolean reset(Duration d) {
        return state.stopAndMaybeArm(c, Math.max(0, d.toNanos()));
    }
}
