package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-06 sync.Mutex")
class MutexAnswersTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    @Test
    @DisplayName("CONC-06.02 Q: does a Mutex give mutual exclusion (G goroutines x K Inc() leave count == G*K)?")
    void mutexGivesMutualExclusionSoNoIncrementIsLost() {
        int g = 8, k = 5_000 * SCALE;
        Mutex m = new Mutex();
        long[] count = {0};
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < g; i++) {
            wg.go(() -> {
                for (int j = 0; j < k; j++) {
                    m.lock();
                    count[0]++;                       // plain field: only the Mutex orders it
                    m.unlock();
                }
            });
        }
        wg.await();
        assertThat(count[0]).isEqualTo((long) g * k);
        assertThat(m.state()).isEqualTo(new Mutex.State(false, false, false, 0));
    }

    @Test
    @DisplayName("CONC-06.A1 Q: is sync.Mutex reentrant?")
    void lockingTwiceFromTheSameGoroutineBlocksForever() {
        Mutex m = new Mutex();
        AtomicBoolean secondLockReturned = new AtomicBoolean();
        Goroutine g = Go.go(() -> {
            m.lock();
            m.lock();                                 // Go: deadlock (fatal if nothing else runs)
            secondLockReturned.set(true);
        });
        await().until(() -> g.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        assertThat(g.waitingOn()).isSameAs(m);
        assertThat(g.toString()).endsWith("[sync.Mutex.Lock]:");
        assertThat(secondLockReturned).isFalse();
        assertThat(m.state().waiters()).isEqualTo(1);
        m.unlock();                                   // only another goroutine can break the deadlock
        await().untilTrue(secondLockReturned);
        m.unlock();
    }

    @Test
    @DisplayName("CONC-06.A2 Q: is sync.Mutex owned by the goroutine that locked it?")
    void anotherGoroutineMayUnlockIt() {
        Mutex m = new Mutex();
        Goroutine locker = Go.go(m::lock);
        await().until(() -> m.state().locked() && Goroutine.live().stream().noneMatch(x -> x == locker));
        m.unlock();                                   // the test thread never locked it
        assertThat(m.tryLock()).isTrue();
    }

    @Test
    @DisplayName("CONC-06.A2 Q: how does java.util.concurrent differ? (ReentrantLock is reentrant and owned)")
    void javaReentrantLockIsReentrantAndOwnedUnlikeGo() throws Exception {
        ReentrantLock jl = new ReentrantLock();
        jl.lock();
        jl.lock();                                    // Go's Mutex would block here forever
        assertThat(jl.getHoldCount()).isEqualTo(2);
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                jl.unlock();
            } catch (Throwable e) {
                fromOtherThread.set(e);
            }
        });
        t.join();
        assertThat(fromOtherThread.get()).isInstanceOf(IllegalMonitorStateException.class);
    }

    @Test
    @DisplayName("CONC-06.A3 Q: what happens when you unlock an unlocked Mutex? can recover() stop it?")
    void unlockOfUnlockedMutexIsAnUnrecoverableFatalError() {
        AtomicReference<Object> recovered = new AtomicReference<>("not called");
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> recovered.set(f.recover()));
            new Mutex().unlock();
        })).isInstanceOf(GoFatal.class).hasMessage("sync: unlock of unlocked mutex");
        assertThat(recovered.get()).isEqualTo("not called");      // fatal errors skip defers entirely

        try (CrashRecorder crashes = new CrashRecorder()) {
            Go.go(() -> new Mutex().unlock());
            await().until(() -> !crashes.crashes.isEmpty());
            assertThat(crashes.headlines()).containsExactly("fatal error: sync: unlock of unlocked mutex");
        }
    }

    @Test
    @DisplayName("CONC-06 Q: what does TryLock do?")
    void tryLockNeverBlocksAndFailsWhileLocked() {
        Mutex m = new Mutex();
        assertThat(m.tryLock()).isTrue();
        assertThat(m.tryLock()).isFalse();
        m.unlock();
        assertThat(m.tryLock()).isTrue();
    }

    @Test
    @DisplayName("CONC-06 Q: what happens to a waiter that lost the race after waiting > 1 ms? (starvation mode)")
    void aWaiterThatWaitedOverOneMillisecondAndLostSwitchesTheMutexToStarvationModeAndIsHandedTheLock() {
        Mutex m = new Mutex();
        AtomicBoolean waiterGotIt = new AtomicBoolean();
        m.lock();
        Goroutine waiter = Go.go(() -> {
            m.lock();
            waiterGotIt.set(true);
            m.unlock();
        });
        await().until(() -> waiter.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        holdFor(1_500_000);                               // the waiter has now waited > 1 ms
        try (CarrierHog hog = new CarrierHog()) {         // readied goroutines cannot run until close()
            m.unlock();                                   // normal mode: wakes the waiter (woken bit)...
            m.lock();                                     // ...but this running goroutine barges in first
            assertThat(m.state()).isEqualTo(new Mutex.State(true, true, false, 0));
        }
        // The waiter runs, finds it locked after > 1 ms: sets starving and requeues at the head (LIFO).
        await().until(() -> m.state().starving() && waiter.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        assertThat(m.state()).isEqualTo(new Mutex.State(true, false, true, 1));
        assertThat(m.starvationEpisodes()).isEqualTo(1);
        m.unlock();                                       // starvation mode: direct handoff
        await().untilTrue(waiterGotIt);
        await().until(() -> m.state().equals(new Mutex.State(false, false, false, 0)));   // mode left
    }

    @Test
    @DisplayName("CONC-06 Q: can a goroutine that keeps re-locking starve another? (Go's TestMutexFairness)")
    void aWaiterAlwaysGetsTheMutexEventuallyEvenAgainstABarger() {
        Mutex m = new Mutex();
        AtomicBoolean stop = new AtomicBoolean();
        Go.go(() -> {
            while (!stop.get()) {
                m.lock();
                holdFor(100_000);                         // Go: time.Sleep(100 * time.Microsecond)
                m.unlock();
            }
        });
        AtomicBoolean done = new AtomicBoolean();
        Go.go(() -> {
            for (int i = 0; i < 10; i++) {
                holdFor(100_000);
                m.lock();
                m.unlock();
            }
            done.set(true);
        });
        try {
            await().atMost(Duration.ofSeconds(10)).untilTrue(done);   // Go: "can't acquire Mutex in 10 seconds"
        } finally {
            stop.set(true);
        }
    }

    /** Occupies every carrier of the default virtual-thread scheduler with a spinning goroutine. */
    static final class CarrierHog implements AutoCloseable {
        private final AtomicBoolean release = new AtomicBoolean();
        private final AtomicInteger running = new AtomicInteger();
        private final int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                Runtime.getRuntime().availableProcessors());

        CarrierHog() {
            for (int i = 0; i < carriers; i++) {
                Thread.ofVirtual().start(() -> {
                    running.incrementAndGet();
                    while (!release.get()) Thread.onSpinWait();      // never yields its carrier
                    running.decrementAndGet();
                });
            }
            await().until(() -> running.get() == carriers);
        }

        @Override
        public void close() {
            release.set(true);
            await().until(() -> running.get() == 0);
        }
    }

    @Test
    @DisplayName("RT-04.04 Q: does a read under the mutex see the write made under it (Unlock n before Lock m)?")
    void aHolderSeesEveryWriteMadeUnderTheMutexByEarlierHolders() {
        Mutex m = new Mutex();
        int[] xy = new int[2];                        // plain: written together under m
        WaitGroup wg = new WaitGroup();
        AtomicBoolean torn = new AtomicBoolean();
        for (int w = 0; w < 4; w++) {
            wg.go(() -> {
                for (int i = 0; i < 2_000 * SCALE; i++) {
                    m.lock();
                    if (xy[0] != xy[1]) torn.set(true);
                    xy[0]++;
                    xy[1]++;
                    m.unlock();
                }
            });
        }
        wg.await();
        assertThat(torn).isFalse();
        assertThat(xy).containsExactly(8_000 * SCALE, 8_000 * SCALE);
    }

    static void holdFor(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
