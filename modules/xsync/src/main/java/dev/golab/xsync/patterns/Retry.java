package dev.golab.xsync.patterns;

/*
 * Go behaviour:    cenkalti/backoff v4 RetryNotify / RetryNotifyWithTimer (retry.go): run op; on
 *                  success return; a *PermanentError stops at once with its inner error; otherwise ask
 *                  NextBackOff — Stop ends the loop with the last error (or ctx.Err() if the
 *                  WithContext ctx is done) — call notify(err, next), then wait next or ctx.Done().
 *                  WithContext(b, ctx) makes NextBackOff return Stop once ctx is done.
 * Model:           the same loop; the wait is dev.golab.context.Sleep (a Clock timer raced against
 *                  ctx.done() in a Select), so tests run on a VirtualClock without real waiting.
 * Invariants:      RY-I1 notify runs once per failed attempt except the last (MS-03.09). RY-I2 no attempt
 *                  starts after ctx is done.
 * Differs from Go: op is a Callable; its exception is its error. Permanent errors are
 *                  Retry.permanent(err).
 * See:             RetryAnswersTest.
 */
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.context.Sleep;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

public final class Retry {
    private Retry() {}

    /** backoff.PermanentError: stops retrying; RetryNotify returns the wrapped error. */
    public static final class PermanentError extends RuntimeException {
        PermanentError(Throwable err) {
            super(err.getMessage(), err, false, false);
        }
    }

    /** backoff.Permanent(err). */
    public static PermanentError permanent(Throwable err) {
        return new PermanentError(err);
    }

    /** What a retry loop ended with: the value, or the error (null on success), and the attempts made. */
    public record Outcome<T>(T value, Throwable err, int attempts) {}

    /** RetryNotify(op, WithContext(b, ctx), notify) on clock. */
    public static <T> Outcome<T> retryNotify(Context ctx, Clock clock, ExponentialBackoff b,
                                             Callable<T> op, BiConsumer<Throwable, Duration> notify) {
        b.reset();
        int attempts = 0;
        while (true) {
            Throwable err;
            attempts++;
            try {
                return new Outcome<>(op.call(), null, attempts);
            } catch (PermanentError p) {
                return new Outcome<>(null, p.getCause(), attempts);
            } catch (Exception e) {
                err = e;
            }
            Duration next = ctx.err() != null ? ExponentialBackoff.STOP : b.nextBackOff();
            if (next.equals(ExponentialBackoff.STOP)) {
                ContextError cerr = ctx.err();
                return new Outcome<>(null, cerr != null ? cerr : err, attempts);
            }
            if (notify != null) notify.accept(err, next);
            ContextError stopped = Sleep.sleep(ctx, clock, next);
            if (stopped != null) return new Outcome<>(null, stopped, attempts);
        }
    }
}
