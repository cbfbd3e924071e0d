package dev.golab.xsync.patterns;

/*
 * Go behaviour:    cenkalti/backoff v4 ExponentialBackOff (exponential.go) with its defaults:
 *                  InitialInterval 500 ms, RandomizationFactor 0.5, Multiplier 1.5, MaxInterval 60 s,
 *                  MaxElapsedTime 15 min (0 = never stop). NextBackOff() randomises the current base
 *                  into [base·(1−f), base·(1+f)] (+1 ns, getRandomValueFromInterval), then grows the
 *                  base ×1.5 (capped at MaxInterval), and returns Stop (-1) once elapsed + next would
 *                  pass MaxElapsedTime. Elapsed time counts from Reset().
 * Model:           the same arithmetic in int64 nanoseconds, time from a Clock, randomness from a
 *                  seeded java.util.Random (Go: math/rand.Float64).
 * Invariants:      EB-I1 every delay lies in its randomised range (MS-03.07). EB-I2 the base never exceeds
 *                  MaxInterval. EB-I3 STOP exactly when elapsed + next > MaxElapsedTime.
 * Differs from Go: the random source; v5's generic Retry(ctx, …) API is not modelled (v4's is).
 * See:             RetryAnswersTest.
 */
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.util.Random;

public final class ExponentialBackoff {
    /** backoff.Stop. */
    public static final Duration STOP = Duration.ofNanos(-1);

    public Duration initialInterval = Duration.ofMillis(500);
    public double randomizationFactor = 0.5;
    public double multiplier = 1.5;
    public Duration maxInterval = Duration.ofSeconds(60);
    public Duration maxElapsedTime = Duration.ofMinutes(15);

    private final Clock clock;
    private final Random random;
    private long currentNanos;
    private long startNanos;

    public ExponentialBackoff(Clock clock, long seed) {
        this.clock = clock;
        this.random = new Random(seed);
        reset();
    }

    /** Reset(): back to the initial interval; elapsed time restarts now. */
    public void reset() {
        currentNanos = initialInterval.toNanos();
        startNanos = clock.nanoTime();
    }

    /** The current (not yet randomised) base interval. */
    public Duration currentInterval() {
        return Duration.ofNanos(currentNanos);
    }

    public Duration elapsed() {
        return Duration.ofNanos(clock.nanoTime() - startNanos);
    }

    /** NextBackOff(). */
    public Duration nextBackOff() {
        long elapsed = clock.nanoTime() - startNanos;
        long next = randomized(randomizationFactor, random.nextDouble(), currentNanos);
        increment();
        if (!maxElapsedTime.isZero() && elapsed + next > maxElapsedTime.toNanos()) return STOP;
        return Duration.ofNanos(next);
    }

    /** getRandomValueFromInterval: min + random·(max − min + 1), truncated to ns. */
    static long randomized(double factor, double random, long current) {
        if (factor == 0) return current;
        double delta = factor * current;
        double min = current - delta;
        double max = current + delta;
        return (long) (min + random * (max - min + 1));
    }

    private void increment() {
        if ((double) currentNanos >= maxInterval.toNanos() / multiplier) currentNanos = maxInterval.toNanos();
        else currentNanos = (long) (currentNanos * multiplier);
    }
}
