package dev.golab.bench.gc;

/*
 * Question:   is the tri-colour simulator fast enough for big heaps, not just toys? How many objects
 *             does it mark per second, and what does each write barrier cost while mutators write?
 * Expect:     >= 10^7 objects marked/s on this box for 10^4..10^6 objects; barriers cost little
 *             because the drain loop dominates (a few writes per 4096 objects scanned).
 * Trap:       the score is full GC cycles per second (mark setup, drain, termination, sweep resetting
 *             colours) - what the simulator does per GC. Objects marked/s = score x objects (every object
 *             is reachable through a chain, so each cycle marks all of them). The random second pointer
 *             makes the 10^6 heap cache-miss bound, as in a real marker; graphShape=LOCAL points it at a
 *             neighbour in allocation order and shows what memory locality is worth.
 * Baseline:   jdkBfs marks the same graph with java.util.BitSet + ArrayDeque<Integer> (a naive Java
 *             reachability walk); baseline() is empty. Go has no equivalent benchmark (its marker is
 *             native, ~GB/s of heap): this measures the model, not Go.
 *
 * How to run: ./mvnw -B -ntp -q -DskipTests package -pl benchmarks -am
 *             java --add-opens java.base/java.lang=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar GcSim -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.barrier.Barrier;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GcSimBenchmark {
    /** The variants, as a factory (registry keys gc.None, gc.Dijkstra, gc.Yuasa, gc.Hybrid). */
    public enum Variant {
        NONE(Barrier.NONE), DIJKSTRA(Barrier.DIJKSTRA), YUASA(Barrier.YUASA), HYBRID(Barrier.HYBRID), JDK_BFS(null);

        final Barrier barrier;

        Variant(Barrier b) { barrier = b; }
    }

    @Param({"10000", "100000", "1000000"})
    int objects;

    @Param({"NONE", "DIJKSTRA", "YUASA", "HYBRID", "JDK_BFS"})
    Variant variant;

    /** RANDOM: each object's second pointer goes anywhere; LOCAL: to an object allocated just after it. */
    @Param({"RANDOM", "LOCAL"})
    String graphShape;

    Heap heap;
    Collector gc;
    int[][] graph;
    int[] ids;
    SplittableRandom rnd;

    @Setup(Level.Trial)
    public void setup() {
        rnd = new SplittableRandom(42);
        heap = new Heap();
        gc = new Collector(heap, variant.barrier == null ? Barrier.NONE : variant.barrier);
        ids = new int[objects];
        graph = new int[objects][];
        for (int i = 0; i < objects; i++) ids[i] = gc.allocate(null, -1, 32, 2);
        for (int i = 0; i < objects; i++) {
            int next = i + 1 < objects ? ids[i + 1] : Heap.NIL;   // a chain keeps everything reachable
            int any = graphShape.equals("LOCAL") ? ids[Math.min(objects - 1, i + 2)] : ids[rnd.nextInt(objects)];
            gc.write(null, ids[i], 0, next);
            gc.write(null, ids[i], 1, any);
            graph[i] = new int[] {i + 1 < objects ? i + 1 : -1, heap.get(ids[i], 1) - ids[0]};
        }
        gc.writeGlobal(null, heap.globals().slot("root"), ids[0]);
    }

    /** One GC cycle over the heap with 8 barriered pointer writes per 4096 objects of mark work. */
    @Benchmark
    public long markedPerSecond() {
        if (variant == Variant.JDK_BFS) return jdkBfs();
        gc.startCycle();
        while (!gc.markDone()) {
            gc.markStep(4096 * 32);
            for (int k = 0; k < 8; k++) gc.write(null, ids[rnd.nextInt(objects)], 1, ids[rnd.nextInt(objects)]);
        }
        gc.terminateMark();
        gc.sweepStep(Integer.MAX_VALUE);
        return gc.totalMarked();
    }

    long jdkBfs() {
        BitSet seen = new BitSet(objects);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.add(0);
        seen.set(0);
        while (!work.isEmpty()) {
            for (int p : graph[work.poll()]) if (p >= 0 && !seen.get(p)) { seen.set(p); work.add(p); }
        }
        return seen.cardinality();
    }

    @Benchmark
    public void baseline() {}
}
