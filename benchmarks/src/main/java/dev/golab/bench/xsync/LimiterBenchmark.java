package dev.golab.bench.xsync;

/*
 * Question: what does rate.Limiter.Allow() cost, alone and when two threads hammer one limiter?
 * Expect:   golab's Limiter is x/time/rate's design — one mutex around a lazily computed bucket — so
 *           Allow is "read the clock + lock + a few float ops", and contention serialises on the
 *           monitor exactly as Go's sync.Mutex does. Reading Instant.now() and Duration arithmetic
 *           (allocation) is a visible part of it (Go uses time.Now(): ~20-40 ns with vDSO).
 * Trap:     with a huge rate the bucket never empties and the benchmark measures only the fast path;
 *           the rate here (1e9/s) keeps Allow() succeeding, which is the hot path of a busy service.
 *           The JDK baseline, Semaphore.tryAcquire + release, is a contended permit check, not a rate
 *           limiter: it bounds what any lock-based check costs on this machine.
 * Run:      java -jar benchmarks/target/benchmarks.jar LimiterBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.rate.Limiter;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class LimiterBenchmark {
    private final Limiter limiter = new Limiter(1e9, 1_000_000);
    private final Semaphore semaphore = new Semaphore(1_000_000);

    @Benchmark
    public void baseline() {
    }

    @Benchmark
    @Threads(1)
    public boolean golabAllowUncontended() {
        return limiter.allow();
    }

    @Benchmark
    @Threads(2)
    public boolean golabAllowContended2() {
        return limiter.allow();
    }

    @Benchmark
    @Threads(2)
    public boolean jdkSemaphoreTryAcquireContended2() {
        boolean ok = semaphore.tryAcquire();
        if (ok) semaphore.release();
        return ok;
    }
}
