package dev.golab.sync;

import dev.golab.runtime.CrashRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicBoolean;
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
            await().until(() -> !crashes.isEmpty());
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
