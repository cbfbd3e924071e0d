package dev.golab.bench.xsync;

/*
 * Question: what does a cancellable context cost — creating WithCancel(parent) + cancel(), and the
 * per-iteration `select { case <-ctx.Done(): default: }` check a loop does?
 * Expect:   creation ≈ a few allocations plus registering with the parent (a monitor + a set insert);
 *           the non-blocking done() check ≈ a golab Select over a channel; err() ≈ one monitor read.
 * Trap:     cancelling in a different order than creation; here every op creates and cancels one child
 *           of a long-lived parent, exactly the `ctx, cancel := WithCancel(parent); defer cancel()`
 *           shape of a request handler. The JDK baseline is a CompletableFuture used as a cancel
 *           signal (its dependents are the "children"), the nearest JDK idiom — and it shows the
 *           second trap: a dependent cannot be unregistered from a parent that never completes, so
 *           every op leaves one behind (the CONC-04.05 leak), which is why its time and error grow
 *           with the run. golab's cancel() removes the child from the parent, as context.go does.
 * Run:      java -jar benchmarks/target/benchmarks.jar ContextBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.chan.Select;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ContextBenchmark {
    private CancelContext parent;
    private CancelContext live;
    private CompletableFuture<Void> parentFuture;
    private CompletableFuture<Void> liveFuture;

    @Setup
    public void setup() {
        parent = Context.withCancel(Context.background());
        live = Context.withCancel(parent);
        parentFuture = new CompletableFuture<>();
        liveFuture = parentFuture.thenApply(v -> v);
    }

    @TearDown
    public void tearDown() {
        parent.cancel();
    }

    @Benchmark
    public void baseline() {
    }

    /** ctx, cancel := context.WithCancel(parent); cancel(). */
    @Benchmark
    public Object golabWithCancelThenCancel() {
        CancelContext c = Context.withCancel(parent);
        c.cancel();
        return c;
    }

    /** JDK: a dependent future as the child, completed to "cancel" it. */
    @Benchmark
    public Object jdkDependentFutureThenComplete() {
        CompletableFuture<Void> c = new CompletableFuture<>();
        parentFuture.whenComplete((v, t) -> c.complete(null));
        c.complete(null);
        return c;
    }

    /** select { case <-ctx.Done(): return true; default: return false }. */
    @Benchmark
    public boolean golabDoneCheckSelectDefault() {
        boolean[] done = {false};
        Select.select(Select.recv(live.done(), v -> done[0] = true), Select.otherwise(() -> {}));
        return done[0];
    }

    /** ctx.Err() != nil — the cheaper check Go code also uses. */
    @Benchmark
    public boolean golabErrCheck() {
        return live.err() != null;
    }

    @Benchmark
    public boolean jdkFutureIsDone() {
        return liveFuture.isDone();
    }
}
