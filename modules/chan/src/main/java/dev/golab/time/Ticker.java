package dev.golab.time;

/*
 * Go behaviour:    time.NewTicker(d) (Go 1.23): C receives the time every d; a slow receiver misses
 *                  ticks (at most one is pending); Stop ends ticking without closing C; Reset(d)
 *                  changes the period. After Stop/Reset no stale tick can be received. d <= 0 panics
 *                  ("non-positive interval for NewTicker" / "non-positive interval for Ticker.Reset").
 * Model:           a timer channel + one heap entry that re-arms itself on each firing (TimerState).
 * Invariants:      TM-I7 at most one pending tick. TM-I8 no tick of an old period after reset() returns.
 * Differs from Go: the next tick is armed period after the firing (Go: after the previous `when`),
 *                  so ticks can drift by the timer thread's latency.
 * See:             TimerAnswersTest.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.ChanTimer;
import dev.golab.runtime.Clock;
import dev.golab.errors.Errors;
import dev.golab.runtime.GoPanic;
import java.time.Duration;
import java.time.Instant;

public final class Ticker {
    private final ChanTimer t;

    Ticker(Clock clock, Duration d) {
        if (d.compareTo(Duration.ZERO) <= 0) throw new GoPanic(Errors.newError("non-positive interval for NewTicker"));
        t = ChanTimer.ticker(clock, d);
    }

    /** The ticker's channel (Go's {@code t.C}). */
    public Chan<Instant> c() {
        return t.c();
    }

    /** {@code t.Stop()}: no more ticks; C is not closed. */
    public void stop() {
        t.stop();
    }

    /** {@code t.Reset(d)}: stop, then tick every d from now. */
    public void reset(Duration d) {
        if (d.compareTo(Duration.ZERO) <= 0) throw new GoPanic(Errors.newError("non-positive interval for Ticker.Reset"));
        t.resetTicker(d);
    }
}
