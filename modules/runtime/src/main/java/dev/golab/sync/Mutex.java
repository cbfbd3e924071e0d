package dev.golab.sync;

/*
 * Go behaviour:    sync.Mutex (src/sync/mutex.go, Go 1.23). Not reentrant: a second Lock by the same
 *                  goroutine blocks forever. Not owned: any goroutine may Unlock. Unlock of an unlocked
 *                  mutex is `fatal error: sync: unlock of unlocked mutex` (unrecoverable). Two modes:
 *                  normal (waiters queue FIFO, but a woken waiter competes with new arrivals, which
 *                  usually win) and starvation (entered by a waiter that waited > 1 ms: Unlock hands the
 *                  mutex straight to the queue head; newcomers neither spin nor grab, they queue at the
 *                  tail). Starvation ends when the owner is the last waiter or waited < 1 ms.
 * Model:           one int state word, exactly Go's layout:
 *                    bit 0 locked, bit 1 woken, bit 2 starving, bits 3.. waiter count.
 *                  1. Lock fast path: CAS 0 -> locked.
 *                  2. lockSlow: spin (<= 4 rounds of 30 onSpinWait) while locked, not starving, and
 *                     more than one CPU; set woken while spinning so Unlock does not wake another.
 *                  3. Compute the new state (grab if not starving; count ourselves as a waiter if it
 *                     is locked or starving; set starving if we already waited > 1 ms; clear woken if
 *                     we are the woken one) and CAS it in.
 *                  4. Not acquired: Sema.acquire, queueing LIFO if we had waited before.
 *                  5. Woken in starvation mode: the mutex was handed to us; fix the count, maybe
 *                     leave starvation mode. Otherwise loop to 2 as the woken waiter.
 *                  6. Unlock: state -= locked; non-zero means waiters or flags: unlockSlow wakes one
 *                     (normal) or hands off via Sema.release(handoff = true) (starvation).
 * Invariants:      MU-I1 at most one goroutine returns from lock() until the matching unlock().
 *                  MU-I2 waiter count == goroutines inside lockSlow that counted themselves and have not
 *                  yet been woken. MU-I3 the woken bit is set by at most one goroutine at a time.
 *                  MU-I4 in starvation mode the locked bit is set only by a handoff.
 * Differs from Go: runtime_canSpin also asks the scheduler for an idle P and an empty run queue; the
 *                  model checks only CPUs and GOMAXPROCS. Go's race-detector and trace hooks are
 *                  omitted. state() and starvationEpisodes() are lab introspection hooks Go does not
 *                  have. After the unlock-of-unlocked fatal error the state word is corrupt, as in Go
 *                  (where the process is already dead).
 * See:             MutexAnswersTest, MutexStarvationAnswersTest, SyncLinearizabilityAnswersTest, MutexHappensBeforeStress,
 *                  MutexBenchmark.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Lock2;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Mutex implements Locker {
    static final int LOCKED = 1;
    static final int WOKEN = 1 << 1;
    static final int STARVING = 1 << 2;
    static final int WAITER_SHIFT = 3;
    static final long STARVATION_THRESHOLD_NS = 1_000_000;      // 1 ms
    private static final boolean MULTICORE = Runtime.getRuntime().availableProcessors() > 1;
    private static final VarHandle STATE, EPISODES;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(Mutex.class, "state", int.class);
            EPISODES = l.findVarHandle(Mutex.class, "starvationEpisodes", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int state;
    private final Sema sema = new Sema();
    private volatile int starvationEpisodes;                      // lab counter, slow path only

    /** A decoded state word (lab introspection). */
    public record State(boolean locked, boolean woken, boolean starving, int waiters) {}

    /** {@code m.Lock()}. */
    @Override
    public void lock() {
        if (STATE.compareAndSet(this, 0, LOCKED)) return;          // fast path: unlocked, no flags
        lockSlow();
    }

    /** {@code m.TryLock()}: never blocks, never spins; false in starvation mode even if unlocked. */
    public boolean tryLock() {
        int old = state;
        if ((old & (LOCKED | STARVING)) != 0) return false;
        return STATE.compareAndSet(this, old, old | LOCKED);
    }

    private void lockSlow() {
        long waitStartTime = 0;
        boolean starving = false, awoke = false;
        int iter = 0;
        int old = state;
        for (;;) {
            // Spin only in normal mode: in starvation mode ownership is handed off, spinning is useless.
            if ((old & (LOCKED | STARVING)) == LOCKED && canSpin(iter)) {
                if (!awoke && (old & WOKEN) == 0 && old >>> WAITER_SHIFT != 0
                        && STATE.compareAndSet(this, old, old | WOKEN)) {
                    awoke = true;                                   // tell Unlock not to wake others
                }
                for (int i = 0; i < Lock2.ACTIVE_SPIN_CNT; i++) Thread.onSpinWait();  // procyield(30)
                iter++;
                old = state;
                continue;
            }
            int next = old;
            if ((old & STARVING) == 0) next |= LOCKED;              // don't grab a starving mutex
            if ((old & (LOCKED | STARVING)) != 0) next += 1 << WAITER_SHIFT;
            if (starving && (old & LOCKED) != 0) next |= STARVING;  // switch to starvation mode
            if (awoke) {
                if ((next & WOKEN) == 0) throw new GoFatal("sync: inconsistent mutex state");
                next &= ~WOKEN;
            }
            if (STATE.compareAndSet(this, old, next)) {
                if ((old & (LOCKED | STARVING)) == 0) break;        // locked it with the CAS
                if ((old & STARVING) == 0 && (next & STARVING) != 0) EPISODES.getAndAdd(this, 1);
                boolean queueLifo = waitStartTime != 0;             // waited before: back to the head
                if (waitStartTime == 0) waitStartTime = System.nanoTime();
                sema.acquire(queueLifo, WaitReason.SYNC_MUTEX_LOCK, this);
                starving = starving || System.nanoTime() - waitStartTime > STARVATION_THRESHOLD_NS;
                old = state;
                if ((old & STARVING) != 0) {
                    // Handed off to us (MU-I4): the state has locked unset and counts us as a waiter.
                    if ((old & (LOCKED | WOKEN)) != 0 || old >>> WAITER_SHIFT == 0) {
                        throw new GoFatal("sync: inconsistent mutex state");
                    }
                    int delta = LOCKED - (1 << WAITER_SHIFT);
                    if (!starving || old >>> WAITER_SHIFT == 1) {
                        delta -= STARVING;                          // last waiter or not late: exit
                    }
                    STATE.getAndAdd(this, delta);
                    break;
                }
                awoke = true;
                iter = 0;
            } else {
                old = state;
            }
        }
    }

    /** {@code m.Unlock()}: any goroutine may call it (not owned). */
    @Override
    public void unlock() {
        int next = (int) STATE.getAndAdd(this, -LOCKED) - LOCKED;
        if (next != 0) unlockSlow(next);                            // waiters or flags: slow path
    }

    private void unlockSlow(int next) {
        if (((next + LOCKED) & LOCKED) == 0) throw new GoFatal("sync: unlock of unlocked mutex");
        if ((next & STARVING) == 0) {
            int old = next;
            for (;;) {
                // Nobody to wake, or someone already woken / grabbed it / it turned starving.
                if (old >>> WAITER_SHIFT == 0 || (old & (LOCKED | WOKEN | STARVING)) != 0) return;
                int n = (old - (1 << WAITER_SHIFT)) | WOKEN;
                if (STATE.compareAndSet(this, old, n)) {
                    sema.release(false);
                    return;
                }
                old = state;
            }
        } else {
            // Starvation mode: hand ownership to the next waiter and yield to it. The locked bit
            // stays clear; the waiter sets it (MU-I4). Newcomers see STARVING and queue behind.
            sema.release(true);
        }
    }

    /** runtime_canSpin: few rounds, multicore, and more than one P. */
    private static boolean canSpin(int iter) {
        return iter < Lock2.ACTIVE_SPIN && MULTICORE && Go.gomaxprocs() > 1;
    }

    /** The decoded state word (lab introspection; Go has no such method). */
    public State state() {
        int s = state;
        return new State((s & LOCKED) != 0, (s & WOKEN) != 0, (s & STARVING) != 0, s >>> WAITER_SHIFT);
    }

    /** How many times this mutex switched to starvation mode (lab counter; Go has none). */
    public int starvationEpisodes() {
        return starvationEpisodes;
    }

    @Override
    public String toString() {
        return "sync.Mutex" + state();
    }
}
