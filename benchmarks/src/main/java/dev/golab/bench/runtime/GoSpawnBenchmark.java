package dev.golab.bench.runtime;

/*
 * Question (RT-03 / CONC): how much does `go f()` cost? Go's BenchmarkSpawnJoin1M spawns 10^6
 * goroutines (wg.Add(1); go ...; wg.Done()) and Waits: 643 ns per goroutine at GOMAXPROCS=2 on this
 * box (benchmarks/go/oracle/data/go-bench.json). Expect virtual threads to be in the same range; platform
 * threads 50-100x slower. The trap: measuring thread *creation* without the join, or letting the JIT
 * remove the body.
 * One op = spawn + run + join of 10^6 goroutines; divide by 10^6 for ns/goroutine.
 * Variants: GO (Go.go: registry + crash handling + virtual thread), VIRTUAL (bare
 * Thread.ofVirtual().start), PLATFORM (bare platform threads, 10^4 only — scaled ×100 in the report).
 * Run: ./golab bench GoSpawnBenchmark   (or java -jar benchmarks/target/benchmarks.jar GoSpawnBenchmark)
 */
import dev.golab.runtime.Go;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djdk.virtualThreadScheduler.parallelism=2"})
public class GoSpawnBenchmark {
    public enum Spawn {
        GO {
            @Override
            void start(Runnable r) {
                Go.go(r);
            }
        },
        VIRTUAL {
            @Override
            void start(Runnable r) {
                Thread.ofVirtual().start(r);
            }
        },
        PLATFORM {
            @Override
            void start(Runnable r) {
                Thread.ofPlatform().start(r);
            }
        };

        abstract void start(Runnable r);
    }

    @Param({"GO", "VIRTUAL", "PLATFORM"})
    public Spawn variant;

    private final LongAdder sink = new LongAdder();

    /** spawn+join of 10^6 goroutines (10^4 platform threads: ×100 to compare). */
    @Benchmark
    public long spawnJoin1M() throws InterruptedException {
        int n = variant == Spawn.PLATFORM ? 10_000 : 1_000_000;
        CountDownLatch wg = new CountDownLatch(n);                      // the WaitGroup's job, JDK-side
        for (int i = 0; i < n; i++) {
            variant.start(() -> {
                sink.increment();
                wg.countDown();
            });
        }
        wg.await();
        return sink.sum();
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
