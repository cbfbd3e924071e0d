package dev.golab.rate;

/*
 * Go behaviour:    rate.go WaitN: (1) n > burst fails at once ("rate: Wait(n=%d) exceeds limiter's burst
 *                  %d") unless the limit is Inf; (2) a done ctx returns ctx.Err(); (3) the reservation may
 *                  wait at most until ctx's deadline, else it fails at once ("rate: Wait(n=%d) would
 *                  exceed context deadline") taking no tokens; (4) wait for the delay or ctx; if ctx wins,
 *                  cancel the reservation (tokens go back) and return ctx.Err().
 * Model:           the same steps; the wait is context.Sleep (a Clock timer raced against ctx.done()).
 * Invariants:      LW-I1 a failed wait leaves the tokens as they were (up to later reservations).
 * Differs from Go: returns the error value instead of Go's (error) result — same values.
 * See:             LimiterAnswersTest (CONC-12.04, CONC-12.A1).
 */

import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.context.Sleep;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.time.Instant;

final class LimiterWait {
    private LimiterWait() {}

    static Throwable waitN(Limiter lim, Context ctx, int n) {
        int burst = lim.burst();
        double limit = lim.limit();
        if (n > burst && limit != Limiter.INF) {
            return GoException.errorf("rate: Wait(n=%d) exceeds limiter's burst %d", n, burst);
        }
        if (ctx.err() != null) return ctx.err();
        Instant now = lim.clock().now();
        long waitLimit = ctx.deadline().map(d -> Limiter.sub(d, now)).orElse(Long.MAX_VALUE);
        Reservation r = lim.reserveN(now, n, waitLimit);
        if (!r.ok()) return GoException.errorf("rate: Wait(n=%d) would exceed context deadline", n);
        Duration delay = r.delayFrom(now);
        if (delay.isZero()) return null;
        ContextError stopped = Sleep.sleep(ctx, lim.clock(), delay);
        if (stopped != null) r.cancel();                       // give the tokens back
        return stopped;
    }
}
