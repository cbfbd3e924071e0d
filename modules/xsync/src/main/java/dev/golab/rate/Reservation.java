package dev.golab.rate;

/*
 * Go behaviour:    rate.Reservation (rate.go, x/time v0.12.0): tokens booked by ReserveN, usable at
 *                  timeToAct; OK() false means they could not be granted in the allowed wait (then
 *                  Delay() is InfDuration and Cancel does nothing); Limit is the one at reservation time.
 * Model:           an immutable record; cancel delegates to the limiter, which owns the state.
 * Invariants:      RES-I1 delay() is never negative. RES-I2 !ok → delay() == INF_DURATION.
 * Differs from Go: Instants instead of time.Time (no monotonic reading).
 * See:             LimiterAnswersTest (CONC-12.08).
 */

import java.time.Duration;
import java.time.Instant;

public record Reservation(Limiter limiter, boolean ok, int tokens, Instant timeToAct, double limit) {
    /** Delay(): DelayFrom(now on the limiter's clock). */
    public Duration delay() {
        return delayFrom(limiter.clock().now());
    }

    /** DelayFrom(t): how long to wait before acting; zero means now. */
    public Duration delayFrom(Instant t) {
        if (!ok) return Limiter.INF_DURATION;
        long d = Limiter.sub(timeToAct, t);
        return d < 0 ? Duration.ZERO : Duration.ofNanos(d);
    }

    /** Cancel(): CancelAt(now) — the holder will not act; tokens go back as far as possible. */
    public void cancel() {
        cancelAt(limiter.clock().now());
    }

    public void cancelAt(Instant t) {
        if (ok) limiter.cancel(this, t);
    }
}
