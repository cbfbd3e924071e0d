package dev.golab.bench.chan;

import dev.golab.bench.common.VirtualThreads;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import org.jctools.queues.atomic.SpscAtomicArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Question: how close do the lab's buffered channels come to the JVM's fastest bounded queues? The
 * bar for ChanProdConsBenchmark's buffered rows (cap 16 / 1024, 1×1 and 4×4): JCTools'
 * SpscArrayQueue (one producer, one consumer: plain stores ordered by lazySet, no CAS) and
 * MpmcArrayQueue (Vyukov's bounded MPMC ring: one CAS per offer and per poll, sequence per slot).
 * What to expect: well below any channel while the ring neither fills nor drains; the gap is the
 * price of a channel's lock (Hchan), its parking waiters and its close semantics.
 * The trap: JCTools queues never block. A full offer or empty poll here spins, yields, then parks
 * with a growing timeout (idle()), so a waiting side wakes on a timer, not when the other side acts
 * as a channel's waiter would. This is a bar for the fast path, not a channel: no close, no select, no rendezvous
 * (so no cap 0 rows). SPSC is only correct 1×1, so it has its own method.
 * Variants: the atomic (AtomicReferenceArray-based) queues of org.jctools.queues.atomic, because the
 * sun.misc.Unsafe ones print a "terminally deprecated" warning on JDK 25.
 * One op = one element (N per invocation), as in ChanProdConsBenchmark; the lab's report puts these
 * rows beside it and Go's BenchmarkChanProdCons/cap=C/workers=W.
 *
 * How to run: ./golab bench ChanBufferedBar --quick
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanBufferedBarBenchmark {
    static final int N = ChanProdConsBenchmark.N;
    static final int SPINS = 32;
    static final int YIELDS = 48;
    static final long MAX_PARK_NANOS = 100_000;

    @State(Scope.Benchmark)
    public static class Spsc {
        @Param({"JCTOOLS_SPSC"})
        public String variant;

        @Param({"16", "1024"})
        public int cap;
    }

    @State(Scope.Benchmark)
    public static class Mpmc {
        @Param({"JCTOOLS_MPMC"})
        public String variant;

        @Param({"16", "1024"})
        public int cap;

        @Param({"1", "4"})
        public int workers;
    }

    /** 1 producer, 1 consumer through SpscAtomicArrayQueue(cap). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void spsc(Spsc s) throws InterruptedException {
        run(new SpscAtomicArrayQueue<>(s.cap), 1);
    }

    /** workers producers and workers consumers through MpmcAtomicArrayQueue(cap). */
    @Benchmark
    @OperationsPerInvocation(N)
    public void mpmc(Mpmc s) throws InterruptedException {
        run(new MpmcAtomicArrayQueue<>(s.cap), s.workers);
    }

    private static void run(Queue<Object> q, int workers) throws InterruptedException {
        Object v = new Object();
        int per = N / workers;
        VirtualThreads vt = new VirtualThreads();
        for (int w = 0; w < workers; w++) {
            vt.go(() -> {
                for (int i = 0; i < per; i++) {
                    for (int spin = 0; !q.offer(v); spin++) idle(spin);
                }
            });
            vt.go(() -> {
                for (int i = 0; i < per; i++) {
                    for (int spin = 0; q.poll() == null; spin++) idle(spin);
                }
            });
        }
        vt.join();
    }

    /**
     * Agrona's BackoffIdleStrategy shape: spin (the other side is likely running on the other core),
     * then yield the carrier, then park with a doubling timeout (1 µs .. 100 µs). Parking matters on
     * a loaded box: spinning on a peer whose OS thread is descheduled only burns its time slice.
     */
    private static void idle(int spin) {
        if (spin < SPINS) Thread.onSpinWait();
        else if (spin < YIELDS) Thread.yield();
        else LockSupport.parkNanos(Math.min(MAX_PARK_NANOS, 1_000L << Math.min(spin - YIELDS, 20)));
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
