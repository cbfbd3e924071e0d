package dev.golab.rate;

import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.context.Sleep;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.time.Instant;

/**
 * rate.go's WaitN, step by step: (1) n > burst fails at once ("rate: Wait(n=%d) exceeds limiter's
 * burst %d") unless the limit is Inf; (2) a done ctx returns ctx.Err(); (3) the reservation may wait
 * at most until ctx's deadline, else it fails at once ("rate: Wait(n=%d) would exceed context
 * deadline") without taking tokens; (4) wait for the delay or ctx; if ctx wins, cancel the
 * reservation (tokens go back) and return ctx.Err().
 */
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
