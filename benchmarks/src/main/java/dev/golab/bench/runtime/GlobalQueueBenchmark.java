package dev.golab.bench.runtime;

/*
 * Question (issue 11): should Go's global run queue (sched.runq) be golab's own lock-free queue or a
 * JCTools queue? Every G that lands outside a P goes there: readies from a foreign thread, Gosched, a
 * spilled half ring, a G whose M lost its P; every M reads its size in schedule() and polls it.
 * What to expect: the queue has many producers and many consumers (any M), so JCTools' MPSC queues do
 * not fit; its MPMC unbounded queue (xadd on chunks) does. golab's is a ConcurrentLinkedQueue plus an
 * atomic size counter (one read for the "is it empty?" checks, as Go's runqsize). The trap: the
 * size read dominates when the queue is mostly empty, which is the common case in schedule().
 * The answer so far: JCTools is faster (227 against 332 ns, 2026-12-07), but it calls sun.misc.Unsafe,
 * which JDK 25 reports on stderr unless the JVM allows it, so golab's stays on the JDK's queue
 * (GlobalRunQueue's header).
 * One op = size check + put + size check + poll, from each of 2 threads (two Ms sharing the queue).
 *
 * Run: ./golab bench GlobalQueue --quick
 */
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.LocalRunQueue;
import java.util.concurrent.TimeUnit;
import org.jctools.queues.MpmcUnboundedXaddArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(2)
public class GlobalQueueBenchmark {
    /** The queue behind sched.runq. */
    public enum Variant {
        GOLAB_GLOBAL_RUN_QUEUE, JCTOOLS_MPMC_UNBOUNDED_XADD
    }

    @Param({"GOLAB_GLOBAL_RUN_QUEUE", "JCTOOLS_MPMC_UNBOUNDED_XADD"})
    public Variant variant;

    private GlobalRunQueue<Object> golab;
    private MpmcUnboundedXaddArrayQueue<Object> jctools;

    /** Each M's own local ring (globrunqget's batch target; a batch of 1 never touches it). */
    @State(Scope.Thread)
    public static class M {
        final LocalRunQueue<Object> local = new LocalRunQueue<>();
        final Object g = new Object();
    }

    @Setup
    public void setup() {
        golab = new GlobalRunQueue<>();
        jctools = new MpmcUnboundedXaddArrayQueue<>(256);
    }

    @Benchmark
    public Object putThenGet(M m) {
        if (variant == Variant.GOLAB_GLOBAL_RUN_QUEUE) {
            if (golab.size() < 0) return null;
            golab.put(m.g);
            return golab.size() > 0 ? golab.get(m.local, 2, 1) : null;
        }
        if (jctools.size() < 0) return null;
        jctools.offer(m.g);
        return jctools.size() > 0 ? jctools.poll() : null;
    }
}
