package dev.golab.bench.chan;

import com.softwaremill.jox.Channel;
import dev.golab.bench.common.Goroutines;
import dev.golab.bench.common.OnRuntime;
import dev.golab.bench.common.VirtualThreads;
import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.Select;
import dev.golab.chan.SegmentChannel;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/*
 * Question: what does a hand-off cost when the receiver waits in a blocking select, as a Go worker loop
 * does (`select { case v := <-in: ...; case <-quit: return }`)? Go's twin is BenchmarkSelectPingPong
 * in benchmarks/go/chan_test.go.
 * What to expect: ChanPingPongBenchmark's round trip plus selectgo's bookkeeping on each side (a poll
 * order, a lock order, two channels locked, a sudog per case enqueued and the loser dequeued after
 * the wake). Go builds the select on the stack; golab allocates its Case objects and order arrays.
 * The trap: the quit channel never fires, but each blocked select still queues a sudog on it and
 * removes it afterwards: pass 3 of selectgo, which a plain receive never pays.
 * One op = one round trip: a plain send and a two-case select receive on each side.
 * golab's channels run on goroutines (Go.go) on the backend named by `runtime`; jox, the only JVM
 * library here with a select, runs on bare virtual threads (roundTripJvm); its quit is a sentinel send,
 * since jox's select throws when a clause's channel is done.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar SelectPingPongBenchmark -f 2 -wi 2 -i 3
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SelectPingPongBenchmark {
    static final int N = 100_000;
    /** The value passed around: a cached box, as Go passes an int without allocating. */
    static final Integer V = 1;

    @State(Scope.Benchmark)
    public static class Golab {
        @Param({"HCHAN", "SEGMENT"})
        public ChanVariant variant;

        <T> Chan<T> make() {
            return variant == ChanVariant.HCHAN ? new HchanChannel<>(0) : new SegmentChannel<>(0);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void roundTrip(Golab m, OnRuntime rt) {
        Chan<Integer> ping = m.make();
        Chan<Integer> pong = m.make();
        Chan<Void> quit = m.make();
        Consumer<Integer> echo = pong::send;
        new Goroutines()
                .go(() -> {
                    while (Select.select(Select.recv(ping, echo), Select.recv(quit)) == 0) {
                        // each round: the echo ran as the case body
                    }
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) {
                        ping.send(V);
                        Select.select(Select.recv(pong), Select.recv(quit));
                    }
                    quit.close();
                })
                .join();
    }

    /** The JVM baseline's name in reports: jox, the only JVM library here with a select. */
    @State(Scope.Benchmark)
    public static class Jvm {
        @Param({"JOX"})
        public ChanVariant variant;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public void roundTripJvm(Jvm m) throws InterruptedException {
        Channel<Integer> ping = Channel.newRendezvousChannel();
        Channel<Integer> pong = Channel.newRendezvousChannel();
        Channel<Integer> quit = Channel.newRendezvousChannel();
        new VirtualThreads()
                .go(() -> {
                    while (true) {
                        Integer v = com.softwaremill.jox.Select.select(ping.receiveClause(x -> x),
                                quit.receiveClause(x -> -1));
                        if (v < 0) return;
                        pong.send(v);
                    }
                })
                .go(() -> {
                    for (int i = 0; i < N; i++) {
                        ping.send(V);
                        com.softwaremill.jox.Select.select(pong.receiveClause(x -> x), quit.receiveClause(x -> -1));
                    }
                    quit.send(-1);                         // jox's select throws on a done channel
                })
                .join();
    }
}
