package dev.golab.chan;

/*
 * Go behaviour:    the channel side of time.Timer and time.Ticker (Go 1.23, runtime/time.go +
 *                  time/sleep.go): C has len == cap == 0, holds at most one pending value, and after
 *                  Stop or Reset returns no stale value is received. Stop reports whether it stopped the
 *                  timer (so `if !t.Stop() { <-t.C }` never hangs).
 * Model:           an HchanChannel(1, timer = true) plus its TimerState. This is the runtime's part;
 *                  package dev.golab.time is the thin user-facing API over it.
 * Invariants:      see TimerState (TM-I1…TM-I3).
 * Differs from Go: none intended; Go's duration is int64 ns, so Durations beyond it saturate to
 *                  "never" (Clock.saturatingNanos), as Go's when() clamps.
 * See:             dev.golab.time.Timer/Ticker, TimerAnswersTest, TimerRaceStressTest.
 */
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;

public final class ChanTimer {
    private final HchanChannel<Instant> c = new HchanChannel<>(1, true);
    private final TimerState state;

    private ChanTimer(Clock clock, Duration first, Duration period) {
        state = new TimerState(clock, c, period);
        state.arm(first);
    }

    /** A one-shot timer that sends the time on c() once, d from now (d <= 0: at once). */
    public static ChanTimer oneShot(Clock clock, Duration d) {
        return new ChanTimer(clock, d, null);
    }

    /** A ticker: sends every period, dropping ticks a slow receiver misses. The caller checks period > 0. */
    public static ChanTimer ticker(Clock clock, Duration period) {
        return new ChanTimer(clock, period, period);
    }

    /** The channel (Go's {@code t.C}). */
    public Chan<Instant> c() {
        return c;
    }

    /** Stops the timer; true if it was active (armed, or fired with the value not yet received). */
    public boolean stop() {
        return state.stopAndMaybeArm(c, null);
    }

    /** Stops, then re-arms d from now; true if it was active. */
    public boolean reset(Duration d) {
        return state.stopAndMaybeArm(c, d);
    }

    /** Ticker.Reset: a new period, first tick d from now. */
    public void resetTicker(Duration period) {
        state.period(period);
        state.stopAndMaybeArm(c, period);
    }
}
