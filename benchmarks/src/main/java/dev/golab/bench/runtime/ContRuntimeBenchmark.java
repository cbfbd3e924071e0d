package dev.golab.bench.runtime;

/*
 * Question (RT-03, issue 11): how fast is a goroutine hand-off when Gs are raw continuations on Go's
 * G-M-P policy (CONT), compared with virtual threads on the JDK's ForkJoinPool (VT), and with Go?
 * Go 1.23.5, GOMAXPROCS=2 on this 2-vCPU box: unbuffered ping-pong round trip 260–330 ns, skynet
 * 10^6 979–1,286 ms, spawn+join 10^6 787–1,013 ms (docs/benchmarks.md).
 *
 * Expect CONT's ping-pong to be a few hundred ns: a park is one Continuation.yield back to the M's
 * loop and a ready is one CAS plus a runnext store on the same P (both players share one M, as in
 * Go). VT pays the VirtualThread state machine, a ForkJoinPool submit and often a carrier wake-up.
 *
 * The trap: these are the engines' own primitives (park/ready, LockSupport.park/unpark), not
 * channels: the chan benchmarks measure channels on both backends once chan parks through the seam.
 * skynetJoin sums through a join counter per node instead of a channel per node, on both backends.
 *
 * Run: java -jar benchmarks/target/benchmarks.jar ContRuntimeBenchmark -f 2 -wi 2 -i 3 -r 1s
 */
import dev.golab.runtime.cont.ContG;
import dev.golab.runtime.cont.ContRuntime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
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
@Fork(value = 2, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
    "-Djdk.virtualThreadScheduler.parallelism=2"})
public class ContRuntimeBenchmark {
    static final int ROUNDS = 100_000;

    @Param({"CONT", "VT"})
    public Backend runtime;

    @Param({"2"})
    public int gomaxprocs;

    /** The two engines' own park/ready primitives behind one shape. */
    public enum Backend {
        CONT, VT
    }

    private ContRuntime rt;

    @Setup(Level.Trial)
    public void open() {
        if (runtime == Backend.CONT) rt = ContRuntime.start(gomaxprocs);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (rt != null) {
            System.out.println("\n" + rt.stats());
            rt.close();
        }
    }

    private void go(Runnable r) {
        if (rt != null) rt.go(r, null);
        else Thread.startVirtualThread(r);
    }

    /** A waiter that parks until its flag is set; CONT publishes itself in unlockf, VT uses park permits. */
    private final class Waiter {
        final AtomicReferenceArray<Object> slots = new AtomicReferenceArray<>(2);
        final AtomicInteger[] flags = {new AtomicInteger(), new AtomicInteger()};

        void await(int me) {
            AtomicInteger flag = flags[me];
            if (rt == null) {                       // register before every check: a late signal's
                Thread self = Thread.currentThread(); // getAndSet may take an earlier registration
                while (true) {                        // and leave only a spare permit behind
                    slots.set(me, self);
                    if (flag.get() != 0) break;
                    LockSupport.park();
                }
                flag.set(0);
                return;
            }
            while (flag.get() == 0) {
                ContG g = ContRuntime.current();
                ContRuntime.park(() -> {
                    slots.set(me, g);
                    return !(flag.get() != 0 && slots.compareAndSet(me, g, null));
                });
            }
            flag.set(0);
        }

        void signal(int to) {
            flags[to].set(1);
            Object w = slots.getAndSet(to, null);
            if (w instanceof ContG g) ContRuntime.ready(g);
            else if (w instanceof Thread t) LockSupport.unpark(t);
        }
    }

    /** Round trip: A wakes B, B wakes A — the engines' hand-off without a channel around it. */
    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void pingPongRoundTrip() throws InterruptedException {
        Waiter w = new Waiter();
        CountDownLatch done = new CountDownLatch(2);
        go(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                w.signal(1);
                w.await(0);
            }
            done.countDown();
        });
        go(() -> {
            for (int i = 0; i < ROUNDS; i++) {
                w.await(1);
                w.signal(0);
            }
            done.countDown();
        });
        done.await();
    }

    /** Go's BenchmarkSpawnJoin1M: a goroutine spawns 10^6 children and waits for all of them. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long spawnJoin1M() throws InterruptedException {
        AtomicLong sink = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        go(() -> {
            Join join = new Join(1_000_000);
            for (int i = 0; i < 1_000_000; i++) go(() -> join.done(1));
            sink.set(join.await());
            done.countDown();
        });
        done.await();
        return sink.get();
    }

    /** Skynet 10^6 with a join per node (sum of the ten children) instead of a channel per node. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long skynetJoin1M() throws InterruptedException {
        AtomicLong sum = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        go(() -> {
            sum.set(skynet(0, 1_000_000));
            done.countDown();
        });
        done.await();
        if (sum.get() != 499_999_500_000L) throw new AssertionError("skynet sum " + sum.get());
        return sum.get();
    }

    private long skynet(long num, int size) {
        if (size == 1) return num;
        Join join = new Join(10);
        for (int i = 0; i < 10; i++) {
            long child = num + (long) i * (size / 10);
            go(() -> join.done(skynet(child, size / 10)));
        }
        return join.await();
    }

    /** A WaitGroup that also sums: the last done() wakes the one waiter. */
    private final class Join {
        final AtomicInteger pending;
        final AtomicLong sum = new AtomicLong();
        volatile Object waiter;

        Join(int n) {
            pending = new AtomicInteger(n + 1);                  // +1: the waiter's own arrival
        }

        void done(long v) {
            sum.addAndGet(v);
            if (pending.decrementAndGet() == 0) wake();
        }

        private void wake() {
            Object w = waiter;
            if (w instanceof ContG g) ContRuntime.ready(g);
            else LockSupport.unpark((Thread) w);
        }

        long await() {
            if (rt == null) {
                waiter = Thread.currentThread();
                if (pending.decrementAndGet() != 0) while (pending.get() != 0) LockSupport.park();
                return sum.get();
            }
            waiter = ContRuntime.current();
            ContRuntime.park(() -> pending.decrementAndGet() != 0); // arrive once off-CPU; last one wakes us
            return sum.get();
        }
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
