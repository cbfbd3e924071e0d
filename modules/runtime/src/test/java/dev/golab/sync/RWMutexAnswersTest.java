package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashRecorder;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-06 sync.RWMutex")
class RWMutexAnswersTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);
    CrashRecorder crashes;

    @BeforeEach
    void recordCrashes() {
        crashes = new CrashRecorder();
    }

    @AfterEach
    void noGoroutineCrashed() {
        crashes.close();
        assertThat(crashes.crashes()).extracting(Crash::report).as("goroutines that crashed").isEmpty();
    }

    @Test
    @DisplayName("CONC-06.03 Q: can several readers hold an RWMutex together?")
    void severalReadersHoldTheReadLockAtTheSameTime() {
        RWMutex rw = new RWMutex();
        int readers = 4;
        AtomicInteger inside = new AtomicInteger();
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < readers; i++) {
            wg.go(() -> {
                rw.rLock();
                inside.incrementAndGet();
                await().until(() -> inside.get() == readers);     // all four are inside together
                rw.rUnlock();
            });
        }
        wg.await();
        assertThat(rw.readerCount()).isZero();
    }

    @Test
    @DisplayName("CONC-06.03 Q: does a writer ever overlap a reader or another writer?")
    void aWriterNeverOverlapsAnyReaderOrWriter() {
        RWMutex rw = new RWMutex();
        AtomicInteger readers = new AtomicInteger(), writers = new AtomicInteger();
        AtomicInteger maxReaders = new AtomicInteger();
        AtomicBoolean violated = new AtomicBoolean();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 6; g++) {
            boolean writer = g % 3 == 0;
            wg.go(() -> {
                for (int i = 0; i < 2_000 * SCALE; i++) {
                    if (writer) {
                        rw.lock();
                        if (writers.incrementAndGet() != 1 || readers.get() != 0) violated.set(true);
                        writers.decrementAndGet();
                        rw.unlock();
                    } else {
                        rw.rLock();
                        maxReaders.accumulateAndGet(readers.incrementAndGet(), Math::max);
                        if (writers.get() != 0) violated.set(true);
                        readers.decrementAndGet();
                        rw.rUnlock();
                    }
                }
            });
        }
        wg.await();
        assertThat(violated).isFalse();
        assertThat(rw.readerCount()).isZero();
    }

    @Test
    @DisplayName("CONC-06.A4 Q: once a writer is blocked in Lock, do new RLock calls block? can recursive read locking deadlock?")
    void aPendingWriterBlocksNewReadersSoARecursiveReadLockDeadlocks() {
        RWMutex rw = new RWMutex();
        AtomicBoolean innerReadLocked = new AtomicBoolean(), writerDone = new AtomicBoolean();
        Goroutine reader = Go.go(() -> {
            rw.rLock();
            await().until(() -> rw.readerCount() < 0);            // a writer is now pending
            rw.rLock();                                            // recursive read lock: blocks
            innerReadLocked.set(true);
            rw.rUnlock();                                          // the outer one the test released
        });
        await().until(() -> rw.readerCount() == 1);                // the reader holds it before the writer starts
        Goroutine writer = Go.go(() -> {
            rw.lock();                                             // waits for the reader's first RLock
            rw.unlock();
            writerDone.set(true);
        });
        await().until(() -> reader.waitReason() == WaitReason.SYNC_RWMUTEX_RLOCK
                && writer.waitReason() == WaitReason.SYNC_RWMUTEX_LOCK);
        assertThat(rw.tryRLock()).isFalse();                       // new readers are refused too
        assertThat(innerReadLocked).isFalse();                     // each waits for the other: deadlock
        assertThat(writerDone).isFalse();
        rw.rUnlock();                                              // break it from outside (not owned)
        await().untilTrue(writerDone);
        await().untilTrue(innerReadLocked);
    }

    @Test
    @DisplayName("CONC-06 Q: what happens on RUnlock or Unlock of an unlocked RWMutex?")
    void unlockingAnUnlockedRwMutexIsFatalWithGosTexts() {
        assertThatThrownBy(() -> new RWMutex().rUnlock())
                .isInstanceOf(GoFatal.class).hasMessage("sync: RUnlock of unlocked RWMutex");
        assertThatThrownBy(() -> new RWMutex().unlock())
                .isInstanceOf(GoFatal.class).hasMessage("sync: Unlock of unlocked RWMutex");
    }

    @Test
    @DisplayName("CONC-06 Q: what do TryLock and TryRLock do?")
    void tryLockAndTryRLockNeverBlock() {
        RWMutex rw = new RWMutex();
        assertThat(rw.tryRLock()).isTrue();
        assertThat(rw.tryRLock()).isTrue();
        assertThat(rw.tryLock()).isFalse();                        // readers inside
        rw.rUnlock();
        rw.rUnlock();
        assertThat(rw.tryLock()).isTrue();
        assertThat(rw.tryRLock()).isFalse();
        assertThat(rw.tryLock()).isFalse();
        rw.unlock();
        Locker r = rw.rLocker();
        r.lock();
        assertThat(rw.readerCount()).isEqualTo(1);
        r.unlock();
    }
}
