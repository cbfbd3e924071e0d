package dev.golab.bench.runtime;

/*
 * Question (issue 11): what is the floor under any hand-off between two carriers on this machine?
 * Two platform threads pass one volatile counter back and forth, each spinning until it sees the
 * other's write: a round trip is two cache-line transfers between the cores and nothing else.
 * What to expect: 424–461 ns on this project's 2-vCPU box on 2026-12-05 (JMH and Go agree), far
 * more than two cores sharing a cache pay. The host places the vCPUs, so it can change between runs.
 * Why it matters: a VT hand-off that catches a spinning peer on another carrier moves 3–5 lines
 * (the channel lock, the sudog, the state words), so a VT ping-pong round trip is about three of
 * these: 1.3–1.45 µs in the hours this row read ~430 ns, 0.3 µs in the hours it must have been low.
 * Go's ping-pong never pays it: the woken G runs next on the waker's own P (runnext), on one core.
 * Read every channel row beside this one; the Go twin (BenchmarkCacheLineRoundTrip) measures the
 * same exchange between two goroutines locked to their OS threads.
 * One op = one round trip (odd value there, even value back).
 *
 * Run: ./golab bench CacheLine --quick
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheLineBenchmark {
    static final int N = 100_000;
    private static final long STOP = -1;
    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(CacheLineBenchmark.class, "word", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    volatile long word;                                           // the only field the loop touches
    private Thread echo;

    @Setup(Level.Iteration)
    public void start() {
        WORD.setVolatile(this, 0L);
        echo = Thread.ofPlatform().daemon().name("cacheline-echo").start(() -> {
            for (long w; (w = (long) WORD.getVolatile(this)) != STOP; ) {
                if ((w & 1) == 1) WORD.setVolatile(this, w + 1);  // even: back to the benchmark thread
                else Thread.onSpinWait();
            }
        });
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long roundTrip() {
        long w = (long) WORD.getVolatile(this);
        for (int i = 0; i < N; i++) {
            WORD.setVolatile(this, w + 1);                        // odd: to the echo thread
            while ((long) WORD.getVolatile(this) != w + 2) Thread.onSpinWait();
            w += 2;
        }
        return w;
    }

    @TearDown(Level.Iteration)
    public void stop() throws InterruptedException {
        WORD.setVolatile(this, STOP);
        echo.join();
    }
}
