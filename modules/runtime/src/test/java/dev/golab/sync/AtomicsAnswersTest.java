package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Go's sync/atomic IS Java's java.util.concurrent.atomic / VarHandle volatile mode: since Go 1.19
 * both are sequentially consistent (memory-model proof: AtomicSeqCstStress via MemoryModelAnswersTest).
 * atomic.AddInt64 = AtomicLong.addAndGet, Load/Store = get/set, Swap = getAndSet,
 * CompareAndSwap = compareAndSet, Go 1.23 atomic.Or/And = getAndAccumulate / VarHandle.getAndBitwiseOr.
 */
@DisplayName("CONC-10 / CONC-08 sync/atomic vs Mutex")
class AtomicsAnswersTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    @Test
    @DisplayName("CONC-10.01 / CONC-08.02 Q: is an atomic.AddInt64 counter from N goroutines exact, and does LoadInt64 read it?")
    void atomicAddFromManyGoroutinesGivesTheExactTotal() {
        AtomicLong ops = new AtomicLong();
        long[] plain = {0};
        int n = 8, k = 20_000 * SCALE;
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < n; g++) {
            wg.go(() -> {
                for (int i = 0; i < k; i++) {
                    ops.addAndGet(1);             // atomic.AddInt64(&ops, 1)
                    plain[0]++;                   // ops++ : a data race
                }
            });
        }
        wg.await();
        assertThat(ops.get()).isEqualTo((long) n * k);        // atomic.LoadInt64(&ops)
        assertThat(plain[0]).isLessThanOrEqualTo((long) n * k);   // may have lost updates (often does)
        System.out.printf("CONC-10.01: atomic %d, racy ++ %d of %d%n", ops.get(), plain[0], (long) n * k);
    }

    @Test
    @DisplayName("CONC-10.02 Q: does Load return what Store wrote, and does StoreInt64(&c, 0) reset?")
    void storeThenLoadReturnsTheValueAndStoringZeroResets() {
        AtomicLong c = new AtomicLong();
        c.addAndGet(41);
        c.set(7);                                 // atomic.StoreInt64(&c, 7)
        assertThat(c.get()).isEqualTo(7);
        c.set(0);
        assertThat(c.get()).isZero();
    }

    @Test
    @DisplayName("CONC-10.03 Q: (prop) when does CompareAndSwap(&s, old, new) succeed?")
    void compareAndSwapSucceedsExactlyWhenTheCurrentValueEqualsOld() {
        qt().withFixedSeed(20261127L).forAll(integers().between(-3, 3), integers().between(-3, 3), integers().all())
                .checkAssert((s, old, neu) -> {
                    AtomicInteger a = new AtomicInteger(s);
                    boolean swapped = a.compareAndSet(old, neu);
                    assertThat(swapped).as("CompareAndSwap(&s=%d, %d, %d)", s, old, neu).isEqualTo(s.equals(old));
                    assertThat(a.get()).isEqualTo(swapped ? neu : s);
                });
    }

    @Test
    @DisplayName("CONC-10.03 Q: does a CAS retry loop setting flag bits from many goroutines lose any flag?")
    void aCasLoopEndsWithTheUnionOfEveryFlagAndGo123OrDoesTheSame() {
        AtomicInteger state = new AtomicInteger(), viaOr = new AtomicInteger();
        WaitGroup wg = new WaitGroup();
        for (int bit = 0; bit < 31; bit++) {
            int flag = 1 << bit;
            wg.go(() -> {
                for (;;) {                                    // the seed's CAS loop
                    int old = state.get();
                    if (state.compareAndSet(old, old | flag)) break;
                }
                viaOr.getAndAccumulate(flag, (a, b) -> a | b); // Go 1.23 atomic.OrInt32(&s, flag)
            });
        }
        wg.await();
        assertThat(state.get()).isEqualTo(0x7fffffff);
        assertThat(viaOr.get()).isEqualTo(0x7fffffff);
    }

    @Test
    @DisplayName("CONC-10.04 Q: what can atomic.Bool do (Store, Load, Swap, CompareAndSwap)?")
    void atomicBoolSupportsStoreLoadSwapReturningTheOldValueAndCompareAndSwap() {
        AtomicBoolean b = new AtomicBoolean();
        b.set(true);
        assertThat(b.get()).isTrue();
        assertThat(b.getAndSet(false)).isTrue();             // Swap returns the old value
        assertThat(b.compareAndSet(true, true)).isFalse();
        assertThat(b.compareAndSet(false, true)).isTrue();
        assertThat(b.get()).isTrue();
    }

    record Pair(long a, long b) {}

    @Test
    @DisplayName("CONC-10.04 Q: can atomic.Pointer[T].Load return a torn / half-written pointer?")
    void atomicPointerLoadAlwaysReturnsACompletePointerSomeStoreWrote() {
        AtomicReference<Pair> p = new AtomicReference<>(new Pair(0, 0));
        AtomicBoolean stop = new AtomicBoolean(), torn = new AtomicBoolean();
        WaitGroup wg = new WaitGroup();
        wg.go(() -> {
            for (long i = 1; i <= 50_000 * SCALE; i++) p.set(new Pair(i, i));
            stop.set(true);
        });
        wg.go(() -> {
            while (!stop.get()) {
                Pair x = p.get();
                if (x.a() != x.b()) torn.set(true);
            }
        });
        wg.await();
        assertThat(torn).isFalse();
        assertThat(p.get()).isEqualTo(new Pair(50_000L * SCALE, 50_000L * SCALE));
    }

    @Test
    @DisplayName("CONC-10.05 Q: can two atomics keep an invariant spanning both (a + b == const)? can a mutex?")
    void anInvariantOverTwoAtomicsIsSeenBrokenWhileAMutexKeepsIt() {
        AtomicInteger a = new AtomicInteger(100), b = new AtomicInteger(0);
        Mutex mu = new Mutex();
        int[] ma = {100}, mb = {0};
        AtomicBoolean stop = new AtomicBoolean(), readerRunning = new AtomicBoolean();
        AtomicLong atomicBroken = new AtomicLong(), mutexBroken = new AtomicLong();
        WaitGroup wg = new WaitGroup();
        wg.go(() -> {                                         // transfers one unit back and forth
            while (!readerRunning.get()) Thread.yield();      // overlap with the reader
            for (int i = 0; !stop.get(); i++) {
                int d = (i & 1) == 0 ? 1 : -1;
                a.addAndGet(-d);
                b.addAndGet(d);                               // between these two, a + b != 100
                mu.lock();
                ma[0] -= d;
                mb[0] += d;
                mu.unlock();
            }
        });
        wg.go(() -> {
            readerRunning.set(true);
            // until a broken sum is seen (and 10k checks made), bounded by time, not by a count: 2M
            // checks once ended with none seen, in a clean-clone CI run on the 2-vCPU box
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            for (long checks = 0; atomicBroken.get() == 0 || checks < 10_000; checks++) {
                if (System.nanoTime() - deadline >= 0) break;
                if (a.get() + b.get() != 100) atomicBroken.incrementAndGet();
                mu.lock();
                if (ma[0] + mb[0] != 100) mutexBroken.incrementAndGet();
                mu.unlock();
            }
            stop.set(true);
        });
        wg.await();
        assertThat(mutexBroken).hasValue(0);
        assertThat(atomicBroken.get()).as("broken invariant observed").isPositive();
    }
}
