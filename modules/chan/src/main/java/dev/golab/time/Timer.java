package dev.golab.time;

/*
 * Go behaviour:    time.NewTimer(d) (Go 1.23): C receives the current time once, d from now. C is
 *                  synchronous (cap 0). Stop reports whether it stopped the timer before its value was
 *                  received; Reset re-arms and reports the same. After either returns, no value of
 *                  the old arming can be received. An unreferenced timer is collected even unstopped.
 * Model:           a timer channel (dev.golab.chan.ChanTimer) fed by one Clock.schedule entry — the
 *                  clock's single heap, no thread per timer. See TimerState for stop/reset.
 * Invariants:      TM-I4 at most one value per arming. TM-I5 no stale value after stop()/reset()
 *                  returns. TM-I6 cap(C) == len(C) == 0.
 * Differs from Go: none known in observable behaviour; the clock is Clock.current() at creation.
 * See:             TimerAnswersTest, SelectAnswersTest (timeout).
 */
import dev.golab.chan.Chan;
import dev.golab.chan.ChanTimer;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;

public final class Timer {
    private final ChanTimer t;

    Timer(Clock clock, Duration d) {
        t = ChanTimer.oneShot(clock, d);
    }

    /** The timer's channel (Go's {@code t.C}). */
    public Chan<Instant> c() {
        return t.c();
    }

    /** {@code t.Stop()}: true if the call stopped the timer before its value was received. */
    public boolean stop() {
        return t.stop();
    }

    /** {@code t.Reset(d)}: re-arms; true if the timer was still active. */
    public boolean reset(Duration d) {
        return t.reset(d);
    }
}
