package dev.golab.bench.sched;

/*
 * Producer/consumer over a buffered channel: ns per element, one producer and one consumer goroutine
 * (Go's BenchmarkChanBuffered1024SPSC: 37.7 ns median on 2 vCPUs; cap 0 has no Go oracle here —
 * compare it with ping-pong, it is a one-way hand-off).
 *
 * Question: once the buffer decouples the two goroutines, does the scheduler still matter? With cap
 * 1024 most operations never park, so the channel's lock dominates; with cap 0 every element is a
 * park/unpark and the scheduler's wake-up path dominates.
 *
 * Named after what varies, the carrier (GoScheduler, ForkJoinPool, platform threads); the channel
 * is fixed. dev.golab.bench.chan.ChanProdConsBenchmark is the converse: one carrier, channel variants.
 *
 * Run: java --add-opens java.base/java.lang=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar CarrierProdCons -f 1 -wi 2 -i 3
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
public class CarrierProdConsBenchmark {
    static final int ELEMENTS = 100_000;

    @Param({"GO_SCHEDULER", "FJP", "PLATFORM"})
    Carrier carrier;

    @Param({"0", "1024"})
    int cap;

    @Setup(Level.Trial)
    public void open() {
        carrier.open();
    }

    @TearDown(Level.Trial)
    public void close() {
        System.out.println("\n" + carrier.stats());
        carrier.close();
    }

    @Benchmark
    @OperationsPerInvocation(ELEMENTS)
    public void spsc() throws InterruptedException {
        Chan<Integer> c = Chan.make(cap);
        Thread consumer = carrier.go(() -> {
            for (Integer v : c) {
                // for range c {}
            }
        });
        Thread producer = carrier.go(() -> {
            for (int i = 0; i < ELEMENTS; i++) c.send(i);
            c.close();
        });
        producer.join();
        consumer.join();
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
