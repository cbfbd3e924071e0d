package dev.golab.bench.gc;

/*
 * Question:   RT-02.06, PERF-01.08, RT-01.11 - what is the JVM's analogue of Go's escape analysis? Does an object that never
 *             leaves the method cost an allocation?
 * Expect:     with -prof gc, noEscape reports ~0 B/op (C2's escape analysis scalar-replaces the Point,
 *             like Go keeping x on the stack), escapes reports ~24 B/op (like "moved to heap: p").
 * Trap:       run with -prof gc and look at gc.alloc.rate.norm, not the time; -XX:-DoEscapeAnalysis
 *             makes noEscape allocate too. baseline() is empty; returnsValue is the Go "return by value".
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar Escape -prof gc -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EscapeBenchmark {
    record Point(long x, long y) {}

    long seed = 17;
    Point sink;

    /** func f() int64 { p := Point{x, y}; return p.x + p.y } - p stays in registers. */
    @Benchmark
    public long noEscape() {
        Point p = new Point(seed, seed + 1);
        return p.x() + p.y();
    }

    /** func f() *Point { p := Point{x, y}; global = &p } - p moves to the heap. */
    @Benchmark
    public Point escapes() {
        Point p = new Point(seed, seed + 1);
        sink = p;
        return p;
    }

    @Benchmark
    public void baseline() {}
}
