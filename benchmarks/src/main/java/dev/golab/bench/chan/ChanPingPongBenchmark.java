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
 * Question: what does a round trip over two unbuffered channels cost — Go's
 * BenchmarkChanUnbufferedPingPong, 228 ns (213–234) on the reference box?
 * What to expect: two hand-offs, and this time every one of them parks (the peer is never already
 * waiting with the value), so the round trip is ~2 park/unpark cycles: the purest measure of the
 * scheduler's switch cost (Go: gopark/goready ≈ 100 ns; a VT: freeze + thaw + FJP hand-off).
 * The trap: spinning here burns the very carrier the peer needs on a 2-core box.
 * One op = ping then pong. golab's channels run on goroutines (Go.go) on the backend named by
 * `runtime`: VT (virtual threads) or CONT (Go's G-M-P on continuations: a round trip is two
 * continuation switches through runnext on one P). The JVM baselines (roundTripJvm) run on bare
 * virtual threads.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanPingPongBenchmark -f 2 -wi 2 -i 3
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChanPingPongBenchmark {
    static final int N = 50_000;

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
    public void roundTrip(Golab m, OnRuntime rt) {
        ChanVariant.Pipe ping = m.variant.make(0);
        ChanVariant.Pipe pong = m.variant.make(0);
        Object v = new Object();
        new Goroutines()
                .go(() -> {
                    for (int i = 0; i < N; i++) {
                        ping.send(v);
                        pong.recv();
                    }
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) pong.send(ping.recv());
                })
                .join();
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void roundTripJvm(Jvm m) throws InterruptedException {
        ChanVariant.Pipe ping = m.variant.make(0);
        ChanVariant.Pipe pong = m.variant.make(0);
        Object v = new Object();
        new VirtualThreads()
                .go(() -> {
                    for (int i = 0; i < N; i++) {
                        ping.send(v);
                        pong.recv();
                    }
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) pong.send(ping.recv());
                })
                .join();
    }

    @Benchmark
    public void baseline() {
        // the empty method: JMH's own overhead
    }
}
