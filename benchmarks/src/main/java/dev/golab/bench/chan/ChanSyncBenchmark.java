package dev.golab.bench.chan;

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
 * One op = one value from a producer virtual thread to a consumer virtual thread (batches of N).
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanSyncBenchmark -f 2 -wi 2 -i 3
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanSyncBenchmark {
    static final int N = 100_000;

    @Param({"HCHAN", "SEGMENT", "JDK_SYNCHRONOUS_QUEUE", "JDK_LINKED_TRANSFER_QUEUE", "JOX"})
    public ChanVariant variant;

    @Benchmark
    @OperationsPerInvocation(N)
    public void oneWay() throws InterruptedException {
        ChanVariant.Pipe c = variant.make(0);
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
