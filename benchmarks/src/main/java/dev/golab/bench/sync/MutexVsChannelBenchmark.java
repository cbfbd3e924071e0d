package dev.golab.bench.sync;

/*
 * Question (CONC-06.06, CONC-01.05): to protect one counter, a Mutex or a goroutine that owns the state and
 * serves requests over a channel ("share memory by communicating")? Go's answer: for pure state
 * protection the mutex is simpler and faster — a lock/unlock is two atomics, a channel request is a
 * send + a reply receive with a hand-off (and a park/unpark) each way.
 * One op = one increment of the shared counter. As Go's b.RunParallel with SetParallelism(1) does,
 * GOMAXPROCS goroutines (Go.gomaxprocs(): 2 on the project's box) share the invocation's OPS
 * increments, and the time is wall time divided by all of them, so the Go twin needs no conversion.
 * Variants: mutex (dev.golab.sync.Mutex around a long), channel (an owner goroutine receiving
 * increments on a Chan buffered 64 and replying on each caller's unbuffered one), atomic (AtomicLong,
 * the CONC-10 answer for a single variable). Expect atomic < mutex << channel.
 * The callers are goroutines on the backend named by `runtime` (VT or CONT), as Go's are: an earlier
 * version called from JMH's two platform threads, so every reply woke an OS thread (4 µs, 8× Go)
 * and measured the JVM's thread wake-up rather than the channel.
 * Run: ./golab bench MutexVsChannelBenchmark
 */
import dev.golab.bench.common.Goroutines;
import dev.golab.bench.common.OnRuntime;
import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.sync.Mutex;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MutexVsChannelBenchmark {
    static final int OPS = 40_000;      // increments per invocation, shared by the goroutines

    /** One goroutine's part of an invocation: {@code ops} increments. */
    private interface Worker {
        void run(int ops) throws Exception;
    }

    /** b.RunParallel: GOMAXPROCS goroutines split OPS between them; returns when all are done. */
    private static void runParallel(Worker w) {
        int p = Go.gomaxprocs();
        Goroutines all = new Goroutines();
        for (int i = 0; i < p; i++) {
            int share = OPS / p + (i < OPS % p ? 1 : 0);
            all.go(() -> w.run(share));
        }
        all.join();
    }

    /** A request: the reply channel the owner answers on. */
    private record Inc(Chan<Long> reply) {}

    /** A counter guarded by a lock, as the Go twin's `mu` and `counter`. */
    private static final class Guarded {
        final Mutex mu = new Mutex();
        long counter;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long mutex(OnRuntime rt) {
        Guarded g = new Guarded();
        runParallel(ops -> {
            for (int i = 0; i < ops; i++) {
                g.mu.lock();
                try {
                    g.counter++;
                } finally {
                    g.mu.unlock();
                }
            }
        });
        return g.counter;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long channel(OnRuntime rt) {
        Chan<Inc> requests = Chan.make(64);
        long[] owned = new long[1];
        Goroutines owner = new Goroutines().go(() -> {
            long counter = 0;                                  // state owned by one goroutine: no lock
            for (Inc inc : requests) inc.reply().send(++counter);
            owned[0] = counter;
        });
        runParallel(ops -> {
            Inc me = new Inc(Chan.make());                     // one request value per caller, as Go's `me`
            for (int i = 0; i < ops; i++) {
                requests.send(me);
                me.reply().recv();
            }
        });
        requests.close();                                      // the owner's range ends: no leak
        owner.join();
        return owned[0];
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long atomic(OnRuntime rt) {
        AtomicLong counter = new AtomicLong();
        runParallel(ops -> {
            for (int i = 0; i < ops; i++) counter.incrementAndGet();
        });
        return counter.get();
    }
}
