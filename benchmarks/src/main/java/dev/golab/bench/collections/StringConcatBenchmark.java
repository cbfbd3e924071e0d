package dev.golab.bench.collections;

/*
 * Question:  CORE-12.08 — is `s += piece` in a loop really O(n^2) compared with strings.Builder?
 * Expect:    GO_PLUS copies every intermediate string (sum of lengths ~ n^2/2 pieces), so time per piece
 *            grows linearly with n; GO_BUILDER appends into a growslice-grown buffer (amortised O(1) per
 *            piece). The JDK pair shows the same shape: String + in a loop vs StringBuilder.
 * Trap:      javac compiles a single `a + b` with invokedynamic StringConcatFactory, but in a loop it still
 *            allocates a new String per iteration — the JIT does not turn it into a builder.
 * Run:       java -jar benchmarks/target/benchmarks.jar StringConcatBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.strings.Builder;
import dev.golab.strings.GoString;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StringConcatBenchmark {
    static final GoString PIECE = GoString.of("0123456789");
    static final String JPIECE = "0123456789";

    public enum Variant {
        /** Go's s += piece: concatstrings allocates len(s)+10 bytes and copies both. */
        GO_PLUS {
            @Override
            Object run(int n) {
                GoString s = GoString.EMPTY;
                for (int i = 0; i < n; i++) s = s.concat(PIECE);
                return s;
            }
        },
        /** Go's strings.Builder. */
        GO_BUILDER {
            @Override
            Object run(int n) {
                Builder b = new Builder();
                for (int i = 0; i < n; i++) b.writeString(PIECE);
                return b.string();
            }
        },
        /** JDK baseline: String + in a loop. */
        JAVA_PLUS {
            @Override
            Object run(int n) {
                String s = "";
                for (int i = 0; i < n; i++) s = s + JPIECE;
                return s;
            }
        },
        /** JDK baseline: StringBuilder. */
        JAVA_STRING_BUILDER {
            @Override
            Object run(int n) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append(JPIECE);
                return b.toString();
            }
        };

        abstract Object run(int n);
    }

    @Param
    public Variant variant;

    @Param({"100", "1000"})
    public int n;

    @Benchmark
    public Object concat() {
        return variant.run(n);
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
