package dev.golab.bench.runtime;

/*
 * Question (CORE-06.07, PERF-01.05): is defer expensive, in a hot loop too? Since Go 1.14 open-coded defers cost about as much as
 * the inline cleanup (≈1-2 ns), except for defers in loops (heap/stack defer records).
 * Here: Func with 0, 1 and 8 defers vs the Java idiom, try/finally. Expect Func to pay for a Frame
 * allocation and the defer array (escape analysis may remove part of it); try/finally is free.
 * The trap: deferring a capturing lambda allocates per call; defer(arg, fn) with a non-capturing fn
 * doesn't.
 * Run: ./golab bench DeferBenchmark
 */
import dev.golab.runtime.Func;
import java.util.concurrent.TimeUnit;
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

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeferBenchmark {
    @Param({"0", "1", "8"})
    public int defers;

    private final int[] counter = new int[1];

    @Benchmark
    public int func() {
        Func.run(f -> {
            for (int i = 0; i < defers; i++) f.defer(counter, c -> c[0]++);
            counter[0]--;
        });
        return counter[0];
    }

    @Benchmark
    public int tryFinally() {
        int n = defers;
        try {
            counter[0]--;
        } finally {
            for (int i = 0; i < n; i++) counter[0]++;
        }
        return counter[0];
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
