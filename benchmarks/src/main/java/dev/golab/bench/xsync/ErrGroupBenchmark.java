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
 * Harness:  one JMH invocation runs OPS fan-outs in a row on one goroutine (golab rows: Go.go on
 *           the backend `runtime` names, VT or CONT) or one virtual thread (the JDK row), as `go test`
 *           runs b.N of them on the benchmark's goroutine. Called from the JMH thread itself, each
 *           fan-out's Wait parked a platform thread, and waking it cost tens of µs: more than the ten
 *           tasks (until 2026-12-07, when tasks=10 read 9-11x Go on every variant, the JDK's too).
 *           Each task runs Go's spin(200) (GoWork), the same work as the Go twin, and uses the
 *           result, as the twin does.
 * Run:      java -jar benchmarks/target/benchmarks.jar ErrGroupBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.bench.common.GoWork;
import dev.golab.bench.common.Goroutines;
import dev.golab.bench.common.OnRuntime;
import dev.golab.bench.common.VirtualThreads;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ErrGroupBenchmark {
    @Param({"10", "1000"})
    public int tasks;

    /** Fan-outs per JMH invocation (see Harness). */
    static final int OPS = 100;

    /** One fan-out: returns its first error, or null. */
    interface FanOut {
        Throwable run() throws InterruptedException;
    }

    /** The twin's task: spin(200), and an error only if the result were 0 (it never is). */
    static Object work() {
        if (GoWork.spin(200) == 0) throw new IllegalStateException("spin(200) == 0");
        return null;
    }

    /** OPS fan-outs on one goroutine (the JDK row: one virtual thread); the JMH thread waits once. */
    static Throwable batch(FanOut f, boolean goroutine) throws InterruptedException {
        Throwable[] last = new Throwable[1];
        Goroutines.Body loop = () -> {
            for (int i = 0; i < OPS; i++) last[0] = f.run();
        };
        if (goroutine) new Goroutines().go(loop).join();
        else new VirtualThreads().go(loop).join();
        return last[0];
    }

    @Benchmark
    public void baseline() {
    }

    /** g := new(errgroup.Group); g.Go(f) ×N; g.Wait(). */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public Throwable golabErrGroup(OnRuntime rt) throws InterruptedException {
        return batch(() -> {
            ErrGroup g = new ErrGroup();
            for (int i = 0; i < tasks; i++) g.go(ErrGroupBenchmark::work);
            return g.await();
        }, true);
    }

    /** g, ctx := errgroup.WithContext(ctx): adds the derived context and its cancel. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public Throwable golabErrGroupWithContext(OnRuntime rt) throws InterruptedException {
        return batch(() -> {
            ErrGroup g = ErrGroup.withContext(Context.background());
            for (int i = 0; i < tasks; i++) g.go(ErrGroupBenchmark::work);
            return g.await();
        }, true);
    }

    /** JDK: virtual-thread-per-task executor, invokeAll, first failure by scanning futures. */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public Throwable jdkVirtualExecutorInvokeAll() throws InterruptedException {
        return batch(this::invokeAll, false);
    }

    private Throwable invokeAll() throws InterruptedException {
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
