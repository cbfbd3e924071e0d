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
 * Question: what does one unbuffered (rendezvous) hand-off cost — Go's BenchmarkChanSync /
 * "unbuffered one-way", 106–119 ns on the reference box (Go 1.23, GOMAXPROCS=2)?
 * What to expect: every send meets a receiver, so each value costs at least one park/unpark pair
 * (on virtual threads: a continuation freeze + thaw) unless the peer is already waiting. Go's
 * goroutine switch is cheaper than a VT freeze/thaw; that is the gap.
 * The trap: a spin-then-park waiter on 2 cores can hold the carrier its peer needs (jox's bimodal
 * slow mode) — compare forks, not just the mean.
 * One op = one value from a producer goroutine to a consumer goroutine (batches of N).
 * golab's channels run on goroutines (Go.go) on the backend named by `runtime` (VT or CONT); the
 * JVM baselines (oneWayJvm) on bare virtual threads.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanSyncBenchmark -f 2 -wi 2 -i 3
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanSyncBenchmark {
    static final int N = 100_000;

    @State(Scope.Benchmark)
    public static class Golab {
        @Param({"HCHAN", "SEGMENT"})
        public ChanVariant variant;
    }

    @State(Scope.Benchmark)
    public static class Jvm {
        @Param({"JDK_SYNCHRONOUS_QUEUE", "JDK_LINKED_TRANSFER_QUEUE", "JOX"})
        public ChanVariant variant;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void oneWay(Golab m, OnRuntime rt) {
        ChanVariant.Pipe c = m.variant.make(0);
        Object v = new Object();
        new Goroutines()
                .go(() -> {
                    for (int i = 0; i < N; i++) c.send(v);
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) c.recv();
                })
                .join();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void oneWayJvm(Jvm m) throws InterruptedException {
        ChanVariant.Pipe c = m.variant.make(0);
        Object v = new Object();
        new VirtualThreads()
                .go(() -> {
                    for (int i = 0; i < N; i++) c.send(v);
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) c.recv();
                })
                .join();
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
