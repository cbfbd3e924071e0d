package dev.golab.bench.sched;

/*
 * Skynet: 10^6 goroutines in a 10-ary tree; every leaf sends its number on its parent's unbuffered
 * channel, every inner node sums its ten children and sends the sum up (the classic cross-runtime
 * spawn benchmark; Go's BenchmarkSkynet1M in benchmarks/go/oracle/go/bench, ~550 ms/op on 2 vCPUs).
 *
 * Question: does Go's policy (spawn into runnext, steal half) beat the JDK's FIFO ForkJoinPool at
 * spawning and joining a million virtual threads? Expect the per-thread cost (a Thread object, a
 * continuation, an execute() per start and per unpark) to dominate both; runnext helps each parent
 * collect its children on the same carrier. The trap: the parent blocks on its channel 10 times —
 * every receive is a park/unpark pair, so this measures wake-ups as much as spawns.
 * PLATFORM is not run: 1.1 million OS threads per operation.
 * skynet1MGo runs the same tree with Go.go on the backend named by `runtime` (issue 11): VT (virtual
 * threads on the JDK's pool, plus golab's goroutine registry) or CONT (continuation Gs on Go's G-M-P
 * runtime, where a park is a yield to the M's schedule loop).
 *
 * Run: java --add-opens java.base/java.lang=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar Skynet -f 1 -wi 2 -i 3
 */
import dev.golab.bench.common.OnRuntime;
import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED",
    "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class SkynetBenchmark {
    static final int SIZE = 1_000_000;

    /** What runs skynet1M's goroutines: golab's GoScheduler for virtual threads, or the JDK's FJP. */
    @State(Scope.Benchmark)
    public static class Carriers {
        @Param({"GO_SCHEDULER", "FJP"})
        Carrier carrier;

        @Setup(Level.Trial)
        public void open() {
            carrier.open();
        }

        @TearDown(Level.Trial)
        public void close() {
            System.out.println("\n" + carrier.stats());
            carrier.close();
        }
    }

    @Benchmark
    public long skynet1M(Carriers s) {
        Carrier carrier = s.carrier;
        int size = SIZE;
        Chan<Long> c = Chan.make();
        carrier.go(() -> skynet(carrier, c, 0, size, 10));
        long sum = c.recv();
        if (sum != (long) size * (size - 1) / 2) throw new AssertionError("skynet sum " + sum);
        return sum;
    }

    private static void skynet(Carrier carrier, Chan<Long> c, long num, int size, int div) {
        if (size == 1) {
            c.send(num);
            return;
        }
        Chan<Long> rc = Chan.make();
        for (int i = 0; i < div; i++) {
            long childNum = num + (long) i * (size / div);
            carrier.go(() -> skynet(carrier, rc, childNum, size / div, div));
        }
        long sum = 0;
        for (int i = 0; i < div; i++) sum += rc.recv();
        c.send(sum);
    }

    /** The model label of skynet1MGo's rows: golab's own goroutines (Go.go). */
    @State(Scope.Benchmark)
    public static class Golab {
        @Param({"GO"})
        public String variant;
    }

    @Benchmark
    public long skynet1MGo(Golab g, OnRuntime rt) {
        int size = SIZE;
        Chan<Long> c = Chan.make();
        Go.go(() -> skynetGo(c, 0, size, 10));
        long sum = c.recv();
        if (sum != (long) size * (size - 1) / 2) throw new AssertionError("skynet sum " + sum);
        return sum;
    }

    private static void skynetGo(Chan<Long> c, long num, int size, int div) {
        if (size == 1) {
            c.send(num);
            return;
        }
        Chan<Long> rc = Chan.make();
        for (int i = 0; i < div; i++) {
            long childNum = num + (long) i * (size / div);
            Go.go(() -> skynetGo(rc, childNum, size / div, div));
        }
        long sum = 0;
        for (int i = 0; i < div; i++) sum += rc.recv();
        c.send(sum);
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
