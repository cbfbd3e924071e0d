package dev.golab.bench.xsync;

/*
 * Question: what does fanning out N small tasks and waiting for the first error cost with errgroup,
 * compared with the JDK's ways of doing the same?
 * Expect:   all variants start N virtual threads; the difference is the bookkeeping around them:
 *           errgroup = a counter + a CAS for the first error (+ a context with WithContext);
 *           invokeAll on a virtual-thread-per-task executor = a Future per task.
 * Trap:     StructuredTaskScope (JEP 505) is the closest JDK construct, but in JDK 25 it is still a
 *           PREVIEW API: using it needs --enable-preview when compiling, and then every class of the
 *           shared benchmarks jar is marked preview and every benchmark JVM must run with
 *           --enable-preview. Rather than impose that on all modules' benchmarks, the comparison here
 *           is with plain executors (the pre-STS idiom STS replaces); the STS variant is left for a
 *           separate preview-enabled jar.
 * Run:      java -jar benchmarks/target/benchmarks.jar ErrGroupBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.context.Context;
import dev.golab.xsync.ErrGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ErrGroupBenchmark {
    @Param({"10", "1000"})
    public int tasks;

    static Object work() {
        Blackhole.consumeCPU(200);
        return null;
    }

    @Benchmark
    public void baseline() {
    }

    /** g := new(errgroup.Group); g.Go(f) ×N; g.Wait(). */
    @Benchmark
    public Throwable golabErrGroup() {
        ErrGroup g = new ErrGroup();
        for (int i = 0; i < tasks; i++) g.go(ErrGroupBenchmark::work);
        return g.await();
    }

    /** g, ctx := errgroup.WithContext(ctx): adds the derived context and its cancel. */
    @Benchmark
    public Throwable golabErrGroupWithContext() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        for (int i = 0; i < tasks; i++) g.go(ErrGroupBenchmark::work);
        return g.await();
    }

    /** JDK: virtual-thread-per-task executor, invokeAll, first failure by scanning futures. */
    @Benchmark
    public Throwable jdkVirtualExecutorInvokeAll() throws InterruptedException {
        try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Object>> all = new ArrayList<>(tasks);
            for (int i = 0; i < tasks; i++) all.add(ErrGroupBenchmark::work);
            for (Future<Object> f : ex.invokeAll(all)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
            return null;
        }
    }
}
