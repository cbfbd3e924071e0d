package dev.golab.bench.collections;

/*
 * Question:  what does `var s []int; for j := 0; j < 1e6; j++ { s = append(s, j) }` cost per element,
 *            and how does Go's growth rule compare with Java's growable lists?
 * Expect:    Go (go1.23.5, same VM): 14.1 ns/elem median, 38 allocations, 41,678,080 B per op. IntSlice
 *            makes exactly the same 38 allocations of exactly the same sizes (Growslice), so the difference
 *            is the JVM's allocation/zeroing and copy cost, not the policy. ArrayList<Integer> boxes every
 *            value (an Integer per element beyond the cache) and grows by 1.5x; int[] doubling is the floor.
 * Trap:      the whole 1e6 loop is one invocation (OperationsPerInvocation = 1e6 -> ns/elem); returning
 *            the slice keeps the JIT from deleting the loop. Go reuses nothing between ops; neither do we.
 * Run:       java -jar benchmarks/target/benchmarks.jar AppendBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.slices.IntSlice;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AppendBenchmark {
    static final int N = 1_000_000;

    /** The variants, each a factory for "append N ints to an empty sequence". */
    public enum Variant {
        /** golab: Go's append on an int[]-backed header, Go 1.23 growth. */
        INT_SLICE {
            @Override
            Object run() {
                IntSlice s = IntSlice.nil();
                for (int j = 0; j < N; j++) s = s.append(j);
                return s;
            }
        },
        /** JDK baseline: ArrayList<Integer> (boxing + 1.5x growth). */
        ARRAY_LIST {
            @Override
            Object run() {
                ArrayList<Integer> l = new ArrayList<>();
                for (int j = 0; j < N; j++) l.add(j);
                return l;
            }
        },
        /** JDK floor: a raw int[] that doubles (no header objects). */
        INT_ARRAY_DOUBLING {
            @Override
            Object run() {
                int[] a = new int[0];
                int len = 0;
                for (int j = 0; j < N; j++) {
                    if (len == a.length) a = java.util.Arrays.copyOf(a, Math.max(1, a.length * 2));
                    a[len++] = j;
                }
                return a;
            }
        };

        abstract Object run();
    }

    @Param
    public Variant variant;

    @Benchmark
    @OperationsPerInvocation(N)
    public Object append1e6Ints() {
        return variant.run();
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
