package dev.golab.bench.runtime;

/*
 * Question (RT-03 / CONC): how much does `go f()` cost? Go's BenchmarkSpawnJoin1M spawns 10^6
 * goroutines (wg.Add(1); go ...; wg.Done()) and Waits: 643 ns per goroutine at GOMAXPROCS=2 on this
 * box (benchmarks/go/oracle/data/go-bench.json). Expect virtual threads to be in the same range; platform
 * threads 50-100x slower. The trap: measuring thread *creation* without the join, or letting the JIT
 * remove the body.
 * One op = spawn + run + join of 10^6 goroutines; divide by 10^6 for ns/goroutine.
 * Variants: GO (Go.go on the backend named by `runtime`: VT = registry + crash handling + a virtual
 * thread, CONT = a continuation G on Go's G-M-P runtime; as in Go, a goroutine spawns the children and
 * waits on a sync.WaitGroup), and the JVM baselines (spawnJoin1MJvm): VIRTUAL (bare
 * Thread.ofVirtual().start) and PLATFORM (bare platform threads, 10^4 only — scaled ×100 in the report).
 * Run: ./golab bench GoSpawnBenchmark   (or java -jar benchmarks/target/benchmarks.jar GoSpawnBenchmark)
 */
import dev.golab.bench.common.Goroutines;
import dev.golab.bench.common.OnRuntime;
import dev.golab.runtime.Go;
import dev.golab.sync.WaitGroup;
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
@Fork(value = 1, jvmArgsAppend = {"-Djdk.virtualThreadScheduler.parallelism=2",
    "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
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

    /** golab's goroutines; the backend comes from {@link OnRuntime}. */
    @State(Scope.Benchmark)
    public static class Golab {
        @Param({"GO"})
        public Spawn variant;
    }

    @State(Scope.Benchmark)
    public static class Jvm {
        @Param({"VIRTUAL", "PLATFORM"})
        public Spawn variant;
    }

    private final LongAdder sink = new LongAdder();

    /** spawn+join of 10^6 goroutines, spawned by a goroutine that waits on a WaitGroup (Go's shape). */
    @Benchmark
    public long spawnJoin1M(Golab g, OnRuntime rt) {
        int n = 1_000_000;
        new Goroutines().go(() -> {
            WaitGroup wg = new WaitGroup();
            wg.add(n);
            for (int i = 0; i < n; i++) {
                Go.go(() -> {
                    sink.increment();
                    wg.done();
                });
            }
            wg.await();
        }).join();
        return sink.sum();
    }

    /** The same with bare JDK threads (10^4 platform threads: ×100 to compare). */
    @Benchmark
    public long spawnJoin1MJvm(Jvm s) throws InterruptedException {
        Spawn variant = s.variant;
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
