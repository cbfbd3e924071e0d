package dev.golab.bench.common;

/*
 * The goroutine backend a benchmark's golab rows run on, as the JMH @Param named `runtime` (issue 11):
 *   VT   — every goroutine is a virtual thread on the JDK's ForkJoinPool (golab's default);
 *   CONT — Go's G-M-P runtime on raw continuations (dev.golab.runtime.cont).
 * `./golab bench --runtime vt|cont|all` sets it; a benchmark method takes this state beside its own.
 * The JVM baselines (JDK queues, jox, bare threads) never take it: they run on the JDK's own threads
 * whatever the backend, so crossing them with `runtime` would only measure them twice. Their methods
 * carry the suffix "Jvm" and the bench report files them under the same scenario.
 */
import dev.golab.runtime.Backend;
import dev.golab.runtime.Go;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

@State(Scope.Benchmark)
public class OnRuntime {
    @Param({"VT", "CONT"})
    public Backend.Kind runtime;

    private Backend.Kind previous;

    @Setup(Level.Trial)
    public void choose() {
        previous = Go.runtime(runtime);
    }

    @TearDown(Level.Trial)
    public void restore() {
        Go.runtime(previous);
    }
}
