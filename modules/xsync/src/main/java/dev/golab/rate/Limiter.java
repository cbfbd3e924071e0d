package dev.golab.rate;

/*
 * Go behaviour:    golang.org/x/time/rate.Limiter (rate.go, x/time v0.12.0): a token bucket of size b,
 *                  initially full, refilled at r tokens per second; Allow / Reserve / Wait consume n
 *                  tokens and differ only in what they do when tokens are missing (refuse / book the
 *                  future / block until then or until ctx is done).
 * Model:           the bucket is computed lazily, never by a timer:
 *                  1. advance(t): tokens + elapsed(last, t)·r, capped at b (time going backwards adds 0).
 *                  2. reserveN(t, n, maxWait): tokens -= n; a negative balance is a debt that takes
 *                     -tokens/r to repay; ok iff n <= b and that wait <= maxWait. Only an ok
 *                     reservation updates (last, tokens, lastEvent).
 *                  3. allowN = reserveN(t, n, 0); reserveN = maxWait ∞; await = maxWait until ctx's
 *                     deadline, then a timer on the limiter's Clock raced against ctx.done().
 *                  4. Reservation.cancel gives back the tokens no later reservation has built on.
 *                  Limit == INF grants everything; Limit == 0 grants exactly `burst` events, ever.
 * Invariants:      LIM-I1 tokens <= burst after every operation. LIM-I2 over any window of length t starting
 *                  from a full bucket, granted events <= burst + r·t (LimiterPropertiesTest).
 *                  LIM-I3 a refused request changes nothing. LIM-I4 arithmetic matches Go's: durations are
 *                  int64 nanoseconds truncated from float64 seconds·1e9, saturating at InfDuration.
 * Differs from Go: Go reads time.Now(); this limiter reads the Clock current at construction (a
 *                  VirtualClock in tests). Instants replace time.Time (no monotonic reading).
 * See:             LimiterAnswersTest, LimiterPropertiesTest, LimiterBenchmark.
 */
import dev.golab.context.Context;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;

public final class Limiter {
    /** rate.Inf: the infinite rate; allows every event, even with burst 0. */
    public static final double INF = Double.MAX_VALUE;
    /** rate.InfDuration: Delay() of a reservation that is not OK. */
    public static final Duration INF_DURATION = Duration.ofNanos(Long.MAX_VALUE);
    /** Go's zero time.Time (year 1): `last` of a new limiter, so the first advance fills the bucket. */
    static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private final Clock clock;
    private double limit;
    private int burst;
    private double tokens;
    private Instant last = GO_ZERO_TIME;
    private Instant lastEvent = GO_ZERO_TIME;

    /** rate.NewLimiter(r, b) on the current Clock. */
    public Limiter(double perSecond, int burst) {
        this(perSecond, burst, Clock.current());
    }

    public Limiter(double perSecond, int burst, Clock clock) {
        this.limit = perSecond;
        this.burst = burst;
        this.clock = clock;
    }

    /** rate.Every(interval): the Limit of one event per interval; interval <= 0 is INF. */
    public static double every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) return INF;
        return 1 / seconds(interval.toNanos());
    }

    public Clock clock() {
        return clock;
    }

    public synchronized double limit() {
        return limit;
    }

    public synchronized int burst() {
        return burst;
    }

    /** Tokens(): the tokens available now (negative while reservations are in debt). */
    public double tokens() {
        return tokensAt(clock.now());
    }

    public synchronized double tokensAt(Instant t) {
        return advance(t);
    }

    /** Allow(): AllowN(now, 1). */
    public boolean allow() {
        return allowN(clock.now(), 1);
    }

    /** AllowN(t, n): n events may happen at t; consumes the tokens only if so. Never blocks. */
    public boolean allowN(Instant t, int n) {
        return reserveN(t, n, 0).ok();
    }

    /** Reserve(): ReserveN(now, 1). */
    public Reservation reserve() {
        return reserveN(clock.now(), 1);
    }

    /** ReserveN(t, n): books n tokens, possibly in the future; not OK only when n > burst. */
    public Reservation reserveN(Instant t, int n) {
        return reserveN(t, n, Long.MAX_VALUE);
    }

    /** Wait(ctx): WaitN(ctx, 1). Returns null when the event may happen, else the error. */
    public Throwable await(Context ctx) {
        return awaitN(ctx, 1);
    }

    /** WaitN(ctx, n): blocks until n events may happen; an error (never thrown) otherwise. */
    public Throwable awaitN(Context ctx, int n) {
        return LimiterWait.waitN(this, ctx, n);
    }

    /** SetLimit(newLimit) now. Tokens are brought up to date under the old limit first. */
    public void setLimit(double newLimit) {
        setLimitAt(clock.now(), newLimit);
    }

    public synchronized void setLimitAt(Instant t, double newLimit) {
        tokens = advance(t);
        last = t;
        limit = newLimit;
    }

    /** SetBurst(newBurst) now. */
    public void setBurst(int newBurst) {
        setBurstAt(clock.now(), newBurst);
    }

    public synchronized void setBurstAt(Instant t, int newBurst) {
        tokens = advance(t);
        last = t;
        burst = newBurst;
    }

    /** The core of Allow/Reserve/Wait (rate.go reserveN); maxWaitNanos bounds the booked delay. */
    synchronized Reservation reserveN(Instant t, int n, long maxWaitNanos) {
        if (limit == INF) return new Reservation(this, true, n, t, limit);
        if (limit == 0) {                                  // rate.go: a zero Limit spends the burst once
            boolean ok = burst >= n;
            if (ok) burst -= n;
            return new Reservation(this, ok, burst, t, limit);
        }
        double left = advance(t) - n;
        long waitNanos = left < 0 ? durationFromTokens(limit, -left) : 0;
        boolean ok = n <= burst && waitNanos <= maxWaitNanos;
        if (!ok) return new Reservation(this, false, 0, null, limit);
        Instant timeToAct = t.plusNanos(waitNanos);
        last = t;
        tokens = left;
        lastEvent = timeToAct;
        return new Reservation(this, true, n, timeToAct, limit);
    }

    /** Reservation.CancelAt: restore what later reservations have not built on (rate.go CancelAt). */
    synchronized void cancel(Reservation r, Instant t) {
        if (limit == INF || r.tokens() == 0 || r.timeToAct().isBefore(t)) return;
        double restore = r.tokens() - tokensFromDuration(r.limit(), sub(lastEvent, r.timeToAct()));
        if (restore <= 0) return;
        double restored = Math.min(advance(t) + restore, burst);
        last = t;
        tokens = restored;
        if (r.timeToAct().equals(lastEvent)) {
            Instant prevEvent = r.timeToAct().plusNanos(durationFromTokens(r.limit(), -r.tokens()));
            if (!prevEvent.isBefore(t)) lastEvent = prevEvent;
        }
    }

    /** rate.go advance: the token count at t; lim is not changed. */
    private double advance(Instant t) {
        Instant from = t.isBefore(last) ? t : last;
        double delta = tokensFromDuration(limit, sub(t, from));
        return Math.min(tokens + delta, burst);
    }

    /** Go: durationFromTokens — float seconds to int64 ns, truncated; InfDuration when limit <= 0 or too big. */
    static long durationFromTokens(double limit, double tokens) {
        if (limit <= 0) return Long.MAX_VALUE;
        double nanos = (tokens / limit) * 1e9;
        if (nanos > (double) Long.MAX_VALUE) return Long.MAX_VALUE;
        return (long) nanos;                                 // Java's (long) truncates toward zero like Go
    }

    /** Go: tokensFromDuration — d.Seconds() * limit (0 when limit <= 0). */
    static double tokensFromDuration(double limit, long nanos) {
        if (limit <= 0) return 0;
        return seconds(nanos) * limit;
    }

    /** time.Duration.Seconds(): whole seconds plus the remainder, as Go splits them. */
    static double seconds(long nanos) {
        long sec = nanos / 1_000_000_000L;
        long nsec = nanos % 1_000_000_000L;
        return sec + nsec / 1e9;
    }

    /** time.Time.Sub: a - b in ns, saturating at the int64 bounds like Go. */
    static long sub(Instant a, Instant b) {
        try {
            return Duration.between(b, a).toNanos();
        } catch (ArithmeticException overflow) {
            return a.isAfter(b) ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    @Override
    public synchronized String toString() {
        return "rate.Limiter{limit=" + (limit == INF ? "Inf" : limit) + ", burst=" + burst + ", tokens=" + tokens + "}";
    }
}
