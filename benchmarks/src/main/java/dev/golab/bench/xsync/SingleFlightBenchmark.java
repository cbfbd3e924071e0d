package dev.golab.bench.xsync;

/*
 * Question: what does duplicate suppression cost per herd of N concurrent callers on one key
 * (N = 1, 100, 10_000), and how does singleflight compare with the JDK ways of getting "one load per
 * key": ConcurrentHashMap.computeIfAbsent (callers block on the bin lock) and a map of
 * CompletableFutures (the Caffeine AsyncCache shape: putIfAbsent a future, the winner completes it)?
 * Expect:   per-herd time dominated by starting and joining N virtual threads; the suppression itself
 *           is one map operation per caller. shared results: all three run the loader once per herd.
 * Trap:     the loader must not finish before the herd has arrived or every caller loads; it spins a
 *           little so callers overlap, as a real backend call would: Go's spin(20000) (GoWork), the
 *           same work as the Go twin. (Blackhole.consumeCPU(20000), used until 2026-12-07, took about
 *           37 µs on this project's box where Go's spin took 20 µs.)
 * Harness:  one JMH invocation runs OPS herds in a row on one virtual thread, as `go test` runs b.N
 *           of them on the benchmark's goroutine. Called from the JMH thread itself, each herd's wait
 *           parked a platform thread, and waking it cost tens of µs (callers=1 read 5x Go on every
 *           variant, the JDK's too).
 * Run:      java -jar benchmarks/target/benchmarks.jar SingleFlightBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.bench.common.GoWork;
import dev.golab.bench.common.VirtualThreads;
import dev.golab.xsync.SingleFlight;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SingleFlightBenchmark {
    public enum Variant {
        /** golab SingleFlight.execute (x/sync singleflight.Do). */
        SINGLEFLIGHT {
            final SingleFlight<Long> g = new SingleFlight<>();

            @Override
            Long load(String key) {
                return g.execute(key, SingleFlightBenchmark::backend).value();
            }
        },
        /** JDK baseline: computeIfAbsent, then remove (no caching, like singleflight). */
        JDK_COMPUTE_IF_ABSENT {
            final ConcurrentHashMap<String, Long> m = new ConcurrentHashMap<>();

            @Override
            Long load(String key) {
                Long v = m.computeIfAbsent(key, k -> backend());
                m.remove(key, v);
                return v;
            }
        },
        /** Caffeine-style: a map of in-flight futures; the winner completes and removes its future. */
        FUTURE_MAP {
            final ConcurrentHashMap<String, CompletableFuture<Long>> m = new ConcurrentHashMap<>();

            @Override
            Long load(String key) {
                CompletableFuture<Long> mine = new CompletableFuture<>();
                CompletableFuture<Long> prev = m.putIfAbsent(key, mine);
                if (prev != null) return prev.join();
                try {
                    mine.complete(backend());
                } finally {
                    m.remove(key, mine);
                }
                return mine.join();
            }
        };

        abstract Long load(String key);
    }

    @Param({"1", "100", "10000"})
    public int callers;

    @Param
    public Variant variant;

    /** Herds per JMH invocation (see Harness). */
    static final int OPS = 10;

    static long backend() {
        return GoWork.spin(20_000);
    }

    @Benchmark
    public void baseline() {
    }

    /** OPS herds on one virtual thread; the JMH thread waits for them once. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public long herd() throws InterruptedException {
        long[] total = new long[1];
        new VirtualThreads()
                .go(() -> {
                    for (int i = 0; i < OPS; i++) total[0] += herdOnce();
                })
                .join();
        return total[0];
    }

    /** One herd: N virtual threads ask for the same key at once; returns when all have their value. */
    private long herdOnce() throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1), done = new CountDownLatch(callers);
        long[] sum = new long[1];
        for (int i = 0; i < callers; i++) {
            Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long v = variant.load("user:42");
                synchronized (sum) {
                    sum[0] += v;
                }
                done.countDown();
            });
        }
        go.countDown();
        done.await();
        return sum[0];
    }
}
