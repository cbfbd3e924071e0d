package dev.golab.bench.chan;

import dev.golab.bench.common.Goroutines;
import dev.golab.bench.common.OnRuntime;
import dev.golab.bench.common.VirtualThreads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Question: what does one element cost through a buffered channel with 1 producer / 1 consumer and
 * with 4 / 4 — Go's BenchmarkChanProdCons{0,10,100} grid and the oracle's ChanBuffered1024SPSC
 * (37.7 ns) and ChanBuffered1024MPMC4x4 (27.4 ns)?
 * What to expect: with a big buffer most operations never park: the cost is the lock (Hchan, ABQ)
 * or the FAA + cell CAS (Segment, jox). With cap 0 every element is a rendezvous (see
 * ChanSyncBenchmark). 4×4 on 2 cores adds lock contention: Go's runtime mutex spins before it
 * sleeps; a ReentrantLock parks sooner.
 * The trap: an unbounded LinkedTransferQueue (cap > 0) never makes producers wait — not a channel.
 * The bar for the buffered rows: ChanBufferedBarBenchmark (JCTools SPSC / MPMC array queues).
 * One op = one element (N per invocation). golab's channels run on goroutines on the backend named
 * by `runtime` (VT or CONT); the JVM baselines (prodConsJvm) on bare virtual threads.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanProdConsBenchmark -p cap=1024 -f 1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanProdConsBenchmark {
    static final int N = 200_000;

    @State(Scope.Benchmark)
    public static class Golab {
        @Param({"HCHAN", "SEGMENT"})
        public ChanVariant variant;
    }

    @State(Scope.Benchmark)
    public static class Jvm {
        @Param({"JDK_ARRAY_BLOCKING_QUEUE", "JDK_LINKED_TRANSFER_QUEUE", "JOX"})
        public ChanVariant variant;
    }

    @Param({"0", "16", "1024"})
    public int cap;

    /** Producers = consumers = workers (Go's 1x1 and 4x4). */
    @Param({"1", "4"})
    public int workers;

    @Benchmark
    @OperationsPerInvocation(N)
    public void prodCons(Golab m, OnRuntime rt) {
        ChanVariant.Pipe c = m.variant.make(cap);
        Object v = new Object();
        int per = N / workers;
        Goroutines gs = new Goroutines();
        for (int w = 0; w < workers; w++) {
            gs.go(() -> {
                for (int i = 0; i < per; i++) c.send(v);
            });
            gs.go(() -> {
                for (int i = 0; i < per; i++) c.recv();
            });
        }
        gs.join();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void prodConsJvm(Jvm m) throws InterruptedException {
        ChanVariant.Pipe c = m.variant.make(cap);
        Object v = new Object();
        int per = N / workers;
        VirtualThreads vt = new VirtualThreads();
        for (int w = 0; w < workers; w++) {
            vt.go(() -> {
                for (int i = 0; i < per; i++) c.send(v);
            });
            vt.go(() -> {
                for (int i = 0; i < per; i++) c.recv();
            });
        }
        vt.join();
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
