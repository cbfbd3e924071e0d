package dev.golab.rate;

import java.time.Duration;
import java.time.Instant;

/**
 * rate.Reservation: tokens booked by {@link Limiter#reserveN}, usable at {@code timeToAct}. Not OK
 * means the limiter could not grant them within the allowed wait (n > burst for Reserve);
 * then {@link #delay()} is {@link Limiter#INF_DURATION} and {@link #cancel()} does nothing.
 * {@code limit} is the Limit at reservation time (it can change later).
 */
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
