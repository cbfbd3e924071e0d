package dev.golab.sync;

/*
 * Go behaviour:    sync.RWMutex (src/sync/rwmutex.go, Go 1.23): any number of readers or one writer.
 *                  A writer blocked in Lock stops NEW readers (RLock blocks), so a goroutine that
 *                  RLocks recursively can deadlock against a pending writer. Misuse is fatal:
 *                  `sync: RUnlock of unlocked RWMutex`, `sync: Unlock of unlocked RWMutex`.
 * Model:           readerCount counts readers; a writer subtracts rwmutexMaxReaders (2^30) so it
 *                  turns negative: "a writer is pending or active".
 *                  1. RLock: readerCount++; negative -> sleep on readerSem.
 *                  2. RUnlock: readerCount--; negative -> rUnlockSlow: readerWait--, the last departing
 *                     reader wakes the writer on writerSem.
 *                  3. Lock: w.Lock() (one writer at a time), announce with readerCount -= max, the
 *                     readers that were active (r) are added to readerWait; r != 0 -> sleep on writerSem.
 *                  4. Unlock: readerCount += max; release one readerSem unit per blocked reader, then
 *                     w.Unlock().
 * Invariants:      RW-I1 while a writer holds it, no reader holds it and vice versa.
 *                  RW-I2 readerCount < 0 iff a writer is pending or active.
 *                  RW-I3 readerWait == readers the pending writer still waits for.
 * Differs from Go: the nested w is the lab's Mutex (same algorithm, same wait reason
 *                  "sync.Mutex.Lock" as Go 1.23 shows for a writer queued behind another writer).
 * See:             RWMutexAnswersTest, SyncLinearizabilityAnswersTest.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class RWMutex implements Locker {
    static final int RWMUTEX_MAX_READERS = 1 << 30;
    private static final VarHandle READER_COUNT, READER_WAIT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            READER_COUNT = l.findVarHandle(RWMutex.class, "readerCount", int.class);
            READER_WAIT = l.findVarHandle(RWMutex.class, "readerWait", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Mutex w = new Mutex();             // held if there are pending writers
    private final Sema writerSem = new Sema();       // writers wait here for completing readers
    private final Sema readerSem = new Sema();       // readers wait here for completing writers
    private volatile int readerCount;                // number of pending readers (negative: writer)
    private volatile int readerWait;                 // number of departing readers

    /** {@code rw.RLock()}. */
    public void rLock() {
        if ((int) READER_COUNT.getAndAdd(this, 1) + 1 < 0) {
            // A writer is pending: wait for it (RW-I2).
            readerSem.acquire(false, WaitReason.SYNC_RWMUTEX_RLOCK, this);
        }
    }

    /** {@code rw.TryRLock()}. */
    public boolean tryRLock() {
        for (;;) {
            int c = readerCount;
            if (c < 0) return false;
            if (READER_COUNT.compareAndSet(this, c, c + 1)) return true;
        }
    }

    /** {@code rw.RUnlock()}. */
    public void rUnlock() {
        int r = (int) READER_COUNT.getAndAdd(this, -1) - 1;
        if (r < 0) rUnlockSlow(r);                   // outlined slow path, as in Go
    }

    private void rUnlockSlow(int r) {
        if (r + 1 == 0 || r + 1 == -RWMUTEX_MAX_READERS) {
            throw new GoFatal("sync: RUnlock of unlocked RWMutex");
        }
        // A writer is pending: the last departing reader unblocks it.
        if ((int) READER_WAIT.getAndAdd(this, -1) - 1 == 0) writerSem.release(false);
    }

    /** {@code rw.Lock()}. */
    @Override
    public void lock() {
        w.lock();                                    // first, resolve competition with other writers
        // Announce to readers there is a pending writer.
        int r = (int) READER_COUNT.getAndAdd(this, -RWMUTEX_MAX_READERS);
        // Wait for active readers.
        if (r != 0 && (int) READER_WAIT.getAndAdd(this, r) + r != 0) {
            writerSem.acquire(false, WaitReason.SYNC_RWMUTEX_LOCK, this);
        }
    }

    /** {@code rw.TryLock()}. */
    public boolean tryLock() {
        if (!w.tryLock()) return false;
        if (!READER_COUNT.compareAndSet(this, 0, -RWMUTEX_MAX_READERS)) {
            w.unlock();
            return false;
        }
        return true;
    }

    /** {@code rw.Unlock()}. */
    @Override
    public void unlock() {
        // Announce to readers there is no active writer.
        int r = (int) READER_COUNT.getAndAdd(this, RWMUTEX_MAX_READERS) + RWMUTEX_MAX_READERS;
        if (r >= RWMUTEX_MAX_READERS) throw new GoFatal("sync: Unlock of unlocked RWMutex");
        for (int i = 0; i < r; i++) readerSem.release(false);   // unblock the readers that queued
        w.unlock();
    }

    /** {@code rw.RLocker()}: a Locker whose lock/unlock are RLock/RUnlock. */
    public Locker rLocker() {
        return new Locker() {
            @Override
            public void lock() {
                rLock();
            }

            @Override
            public void unlock() {
                rUnlock();
            }
        };
    }

    /** Lab introspection: readerCount (negative while a writer is pending or active) and readerWait. */
    public int readerCount() {
        return readerCount;
    }

    public int readerWait() {
        return readerWait;
    }
}
