package dev.golab.bench.runtime;

/*
 * Question (PERF-01.03): what does boxing values into an []any cost against a concrete slice? Go boxes
 * each value with convT64/convT: one allocation per element, except values below 256 (they point into
 * runtime.staticuint64s); a concrete []User stores its values in place and allocates nothing.
 * Here: one op fills 1000 slots. ANY_SMALL boxes 0..127 (free in both languages: Go's static words,
 * Java's Long cache of -128..127), ANY_LARGE boxes 256.. (a box each), ANY_STRUCT boxes a User record.
 * The concrete slice has two JVM forms: CONCRETE_RECORDS (a User[]: one object per element, the Java
 * difference: no flat arrays of records before value classes) and CONCRETE_COLUMNS (long[], int[],
 * boolean[]: Go's flat []User, zero allocations). Both stand beside Go's Boxing/variant=CONCRETE.
 * Expect: with -prof gc, gc.alloc.rate.norm ≈ 0 B/op for ANY_SMALL and CONCRETE_COLUMNS, ≈ 16,000 B/op
 * for ANY_LARGE (Go: 8,000, two 8-byte boxes per 16-byte tiny block), ≈ 24,000–32,000 for the records.
 * Trap: time follows allocation only loosely; read gc.alloc.rate.norm. BoxingAnswersTest checks the
 * allocation counts themselves (Go's, from the oracle, and the JVM's).
 * Run: ./golab bench BoxingBenchmark -- -prof gc
 */
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BoxingBenchmark {
    static final int N = 1000;

    /** Go's User{ID int64; Age int32; Active bool}: 16 bytes there, an object with a header here. */
    record User(long id, int age, boolean active) {}

    public enum Variant { ANY_SMALL, ANY_LARGE, ANY_STRUCT, CONCRETE_RECORDS, CONCRETE_COLUMNS }

    @Param
    public Variant variant;

    Object[] anys;
    User[] users;
    long[] ids;
    int[] ages;
    boolean[] active;

    @Setup
    public void setup() {
        anys = new Object[N];
        users = new User[N];
        ids = new long[N];
        ages = new int[N];
        active = new boolean[N];
    }

    @Benchmark
    public Object fill() {
        switch (variant) {
            case ANY_SMALL -> {
                for (int j = 0; j < N; j++) anys[j] = (long) (j % 128);
                return anys;
            }
            case ANY_LARGE -> {
                for (int j = 0; j < N; j++) anys[j] = (long) (256 + j);
                return anys;
            }
            case ANY_STRUCT -> {
                for (int j = 0; j < N; j++) anys[j] = new User(j, 30, true);
                return anys;
            }
            case CONCRETE_RECORDS -> {
                for (int j = 0; j < N; j++) users[j] = new User(j, 30, true);
                return users;
            }
            default -> {
                for (int j = 0; j < N; j++) {
                    ids[j] = j;
                    ages[j] = 30;
                    active[j] = true;
                }
                return ids;
            }
        }
    }
}
