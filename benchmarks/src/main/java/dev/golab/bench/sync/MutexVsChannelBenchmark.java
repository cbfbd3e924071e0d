package dev.golab.bench.sync;

/*
 * Question (CONC-06.06, CONC-01.05): to protect one counter, a Mutex or a goroutine that owns the state and
 * serves requests over a channel ("share memory by communicating")? Go's answer: for pure state
 * protection the mutex is simpler and faster — a lock/unlock is two atomics, a channel request is a
 * send + a reply receive with a hand-off (and a park/unpark) each way.
 * One op = one increment of the shared counter by the calling goroutine, 2 threads contending.
 * Variants: MUTEX (dev.golab.sync.Mutex around a long), CHANNEL (an owner goroutine receiving
 * increments on a buffered Chan and replying on an unbuffered one), ATOMIC (AtomicLong, the CONC-10
 * answer for a single variable). Expect ATOMIC < MUTEX << CHANNEL.
 * Run: ./golab bench MutexVsChannelBenchmark
 */
import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.sync.Mutex;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(2)
public class MutexVsChannelBenchmark {
    private final Mutex mu = new Mutex();
    private long guarded;
    private final AtomicLong atomic = new AtomicLong();

    /** A request: the reply channel the owner answers on. */
    private record Inc(Chan<Long> reply) {}

    private Chan<Inc> requests;

    @State(Scope.Thread)
    public static class Caller {
        final Chan<Long> reply = Chan.make();
    }

    @Setup(Level.Trial)
    public void startOwner() {
        requests = Chan.make(64);
        Go.go(() -> {
            long owned = 0;                                    // state owned by one goroutine: no lock
            for (Inc inc : requests) inc.reply().send(++owned);
        });
    }

    @TearDown(Level.Trial)
    public void stopOwner() {
        requests.close();
    }

    @Benchmark
    public long mutex() {
        mu.lock();
        try {
            return ++guarded;
        } finally {
            mu.unlock();
        }
    }

    @Benchmark
    public long channel(Caller me) {
        requests.send(new Inc(me.reply));
        return me.reply.recv();
    }

    @Benchmark
    public long atomic() {
        return atomic.incrementAndGet();
    }
}
