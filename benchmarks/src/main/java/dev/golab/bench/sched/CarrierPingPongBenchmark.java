package dev.golab.bench.sched;

/*
 * Unbuffered-channel ping-pong between two goroutines: one round trip = ping <- v; <-pong
 * (Go's BenchmarkChanUnbufferedPingPong: 228 ns median on 2 vCPUs, benchmarks/go/oracle/data/go-bench.json).
 *
 * Question: what does a goroutine-to-goroutine hand-off cost when the scheduler is Go's policy
 * (the woken receiver goes to the waker's runnext: same carrier, next in line) vs the JDK's
 * ForkJoinPool (the woken thread is pushed to the carrier's queue and may be stolen by the other
 * carrier) vs OS threads (futex wake-ups)? Both ends are goroutines of the measured carrier; the
 * JMH thread only starts a driver and joins it, amortised over ROUNDS round trips.
 * The trap: an idle second carrier spinning to steal the runnext goroutine (Go waits 3 µs first).
 *
 * Named after what varies, the carrier (GoScheduler, ForkJoinPool, platform threads); the channel
 * is fixed. dev.golab.bench.chan.ChanPingPongBenchmark is the converse: one carrier, channel variants.
 *
 * Run: java --add-opens java.base/java.lang=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar CarrierPingPong -f 1 -wi 2 -i 3
 */
import dev.golab.chan.Chan;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens", "java.base/java.lang=ALL-UNNAMED"})
public class CarrierPingPongBenchmark {
    static final int ROUNDS = 20_000;

    @Param({"GO_SCHEDULER", "GO_SCHEDULER_1P", "FJP", "PLATFORM"})
    Carrier carrier;

    private Chan<Integer> ping, pong;

    @Setup(Level.Trial)
    public void open() {
        carrier.open();
        ping = Chan.make();
        pong = Chan.make();
        carrier.go(() -> {
            for (Integer v : ping) pong.send(v);                  // for v := range ping { pong <- v }
        });
    }

    @TearDown(Level.Trial)
    public void close() {
        ping.close();
        System.out.println("\n" + carrier.stats());
        carrier.close();
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public void roundTrip() throws InterruptedException {
        carrier.go(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                ping.send(i);
                if (pong.recv() != i) throw new AssertionError("out of order");
            }
        }).join();
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
