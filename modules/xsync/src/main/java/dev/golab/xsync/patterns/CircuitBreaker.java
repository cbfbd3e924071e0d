package dev.golab.xsync.patterns;

/*
 * Go behaviour:    sony/gobreaker v2 (gobreaker.go): a state machine CLOSED → OPEN → HALF_OPEN.
 *                  Closed: calls pass, Counts are kept and cleared every Interval (0 = never);
 *                  ReadyToTrip(counts) (default ConsecutiveFailures > 5) opens it. Open: calls fail
 *                  at once with ErrOpenState until Timeout (default 60 s) has passed, then the next
 *                  request finds it half-open. Half-open: at most MaxRequests (default 1) calls pass,
 *                  extra ones get ErrTooManyRequests; MaxRequests consecutive successes close it, any
 *                  failure re-opens it. Every state change (and every interval) starts a new
 *                  generation; a result from an older generation is ignored.
 * Model:           1. before(): currentState(now) (expiry checks), reject or count the request,
 *                     return the generation. 2. the call runs outside the lock. 3. after(gen, ok):
 *                     ignored if the generation moved on, else onSuccess / onFailure.
 *                  A panicking call counts as a failure and the panic goes on (gobreaker re-panics).
 * Invariants:      CB-I1 no call runs while OPEN. CB-I2 at most maxRequests calls are admitted per
 *                  half-open generation. CB-I3 counts belong to exactly one generation (MS-03.A1).
 * Differs from Go: time comes from a Clock (VirtualClock in tests); expiry uses Instant.isBefore like
 *                  Go's time.Before, so a timeout has passed only strictly after expiry.
 * See:             CircuitBreakerAnswersTest.
 */
import dev.golab.runtime.Clock;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

public final class CircuitBreaker {
    public enum State { CLOSED, HALF_OPEN, OPEN }

    /** gobreaker.ErrOpenState. */
    public static final GoException ERR_OPEN_STATE = new GoException("circuit breaker is open");
    /** gobreaker.ErrTooManyRequests. */
    public static final GoException ERR_TOO_MANY_REQUESTS = new GoException("too many requests");

    /** gobreaker.Counts. */
    public record Counts(int requests, int totalSuccesses, int totalFailures, int consecutiveSuccesses, int consecutiveFailures) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

        Counts onRequest() { return new Counts(requests + 1, totalSuccesses, totalFailures, consecutiveSuccesses, consecutiveFailures); }
        Counts onSuccess() { return new Counts(requests, totalSuccesses + 1, totalFailures, consecutiveSuccesses + 1, 0); }
        Counts onFailure() { return new Counts(requests, totalSuccesses, totalFailures + 1, 0, consecutiveFailures + 1); }
    }

    /** gobreaker.Settings (zero values get gobreaker's defaults). */
    public record Settings(int maxRequests, Duration interval, Duration timeout, Predicate<Counts> readyToTrip) {
        public static Settings defaults() {
            return new Settings(0, Duration.ZERO, Duration.ZERO, null);
        }
    }

    private final Clock clock;
    private final int maxRequests;
    private final Duration interval;
    private final Duration timeout;
    private final Predicate<Counts> readyToTrip;
    private State state = State.CLOSED;
    private long generation;
    private Counts counts = Counts.ZERO;
    private Instant expiry;                      // null = Go's zero time

    public CircuitBreaker(Settings s, Clock clock) {
        this.clock = clock;
        this.maxRequests = s.maxRequests() == 0 ? 1 : s.maxRequests();
        this.interval = s.interval() == null || s.interval().isNegative() ? Duration.ZERO : s.interval();
        this.timeout = s.timeout() == null || !s.timeout().isPositive() ? Duration.ofSeconds(60) : s.timeout();
        this.readyToTrip = s.readyToTrip() != null ? s.readyToTrip() : c -> c.consecutiveFailures() > 5;
        toNewGeneration(clock.now());
    }

    /** Execute(req): runs req if the breaker admits it; its exception counts as a failure and is rethrown. */
    public <T> T execute(Callable<T> req) throws Exception {
        long gen = before();
        T result;
        try {
            result = req.call();
        } catch (Throwable t) {
            after(gen, false);
            throw t;
        }
        after(gen, true);
        return result;
    }

    /** TwoStepCircuitBreaker.Allow(): admits a request and returns its done(success) callback. */
    public Permit allow() {
        long gen = before();
        return success -> after(gen, success);
    }

    @FunctionalInterface
    public interface Permit {
        void done(boolean success);
    }

    public synchronized State state() {
        return currentState(clock.now());
    }

    public synchronized Counts counts() {
        return counts;
    }

    private synchronized long before() {
        State s = currentState(clock.now());
        if (s == State.OPEN) throw ERR_OPEN_STATE;
        if (s == State.HALF_OPEN && counts.requests() >= maxRequests) throw ERR_TOO_MANY_REQUESTS;
        counts = counts.onRequest();
        return generation;
    }

    private synchronized void after(long before, boolean success) {
        Instant now = clock.now();
        State s = currentState(now);
        if (generation != before) return;                                 // CB-I3: a stale result
        if (success) {
            if (s == State.CLOSED) counts = counts.onSuccess();
            else if (s == State.HALF_OPEN) {
                counts = counts.onSuccess();
                if (counts.consecutiveSuccesses() >= maxRequests) setState(State.CLOSED, now);
            }
        } else {
            if (s == State.CLOSED) {
                counts = counts.onFailure();
                if (readyToTrip.test(counts)) setState(State.OPEN, now);
            } else if (s == State.HALF_OPEN) {
                setState(State.OPEN, now);
            }
        }
    }

    private State currentState(Instant now) {
        if (state == State.CLOSED && expiry != null && expiry.isBefore(now)) toNewGeneration(now);
        else if (state == State.OPEN && expiry.isBefore(now)) setState(State.HALF_OPEN, now);
        return state;
    }

    private void setState(State s, Instant now) {
        if (state == s) return;
        state = s;
        toNewGeneration(now);
    }

    private void toNewGeneration(Instant now) {
        generation++;
        counts = Counts.ZERO;
        expiry = switch (state) {
            case CLOSED -> interval.isZero() ? null : now.plus(interval);
            case OPEN -> now.plus(timeout);
            case HALF_OPEN -> null;
        };
    }
}
