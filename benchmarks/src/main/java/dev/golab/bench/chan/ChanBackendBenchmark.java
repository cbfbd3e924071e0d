package dev.golab.bench.chan;

import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.SegmentChannel;
import dev.golab.runtime.Backend;
import dev.golab.runtime.Go;
import dev.golab.sync.WaitGroup;
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

/*
 * Question: the same channel code on the two goroutine backends — does Go's G-M-P policy on raw
 * continuations (CONT) hand a value over faster than virtual threads (VT)? Go's
 * BenchmarkChanUnbufferedPingPong is 260–330 ns per round trip on this 2-vCPU box.
 * What to expect: CONT readies the peer into runnext of the waker's P, so a round trip is two
 * continuation switches on one carrier; VT pays the VirtualThread state machine and an executor
 * submit per hand-off. Goroutines are started with Go.go and joined with a sync.WaitGroup, so the
 * channel, the park/ready seam and the backend are exactly what the lab's programs use.
 * The trap: the JMH thread is not a goroutine; only the join crosses that border, once per op batch.
 *
 * How to run: java -jar benchmarks/target/benchmarks.jar ChanBackendBenchmark -f 2 -wi 2 -i 3
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
public class ChanBackendBenchmark {
    static final int N = 50_000;

    @Param({"VT", "CONT"})
    public Backend.Kind runtime;

    @Param({"HCHAN", "SEGMENT"})
    public Model model;

    /** The lab's two channel models (the JDK and jox baselines are in ChanPingPongBenchmark). */
    public enum Model {
        HCHAN {
            @Override
            Chan<Object> make(int cap) {
                return new HchanChannel<>(cap);
            }
        },
        SEGMENT {
            @Override
            Chan<Object> make(int cap) {
                return new SegmentChannel<>(cap);
            }
        };

        abstract Chan<Object> make(int cap);
    }

    private Backend.Kind previous;

    @Setup(Level.Trial)
    public void chooseRuntime() {
        previous = Go.runtime(runtime);
    }

    @TearDown(Level.Trial)
    public void restoreRuntime() {
        Go.runtime(previous);
    }

    Chan<Object> make(int cap) {
        return model.make(cap);
    }

    /** One op = ping then pong over two unbuffered channels. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void pingPong() {
        Chan<Object> ping = make(0), pong = make(0);
        Object v = new Object();
        WaitGroup wg = new WaitGroup();
        wg.go(() -> {
            for (int i = 0; i < N; i++) {
                ping.send(v);
                pong.recv();
            }
        });
        wg.go(() -> {
            for (int i = 0; i < N; i++) pong.send(ping.recv());
        });
        wg.await();
    }

    /** One op = one send received by a goroutine waiting on an unbuffered channel. */
    @Benchmark
    @OperationsPerInvocation(N)
    public void oneWay() {
        Chan<Object> c = make(0);
        Object v = new Object();
        WaitGroup wg = new WaitGroup();
        wg.go(() -> {
            for (int i = 0; i < N; i++) c.send(v);
        });
        wg.go(() -> {
            for (int i = 0; i < N; i++) c.recv();
        });
        wg.await();
    }
}
