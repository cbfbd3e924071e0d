package dev.golab.sync;

/*
 * Go behaviour:    sync.WaitGroup (src/sync/waitgroup.go, Go 1.23; Go() from Go 1.25): Add(delta)
 *                  changes a counter, Done is Add(-1), Wait blocks until it is zero. A negative counter
 *                  panics `sync: negative WaitGroup counter`. Misuse that Go detects:
 *                  `sync: WaitGroup misuse: Add called concurrently with Wait` and
 *                  `sync: WaitGroup is reused before previous Wait has returned`.
 * Model:           one 64-bit state word: high 32 bits the counter v, low 32 bits the waiter count w.
 *                  1. add: state += delta << 32; v < 0 panics; v > 0 or w == 0 returns.
 *                  2. v == 0 with waiters: nobody may touch the state now (it would be misuse), so
 *                     reset it to 0 and release the sema once per waiter.
 *                  3. await: v == 0 returns; else CAS w+1 and sleep on the sema; on wake the state
 *                     must still be 0, else the group was reused too early.
 * Invariants:      WG-I1 await returns only when the counter has been observed 0 after all adds that
 *                  happened before it. WG-I2 every registered waiter gets exactly one sema unit.
 * Differs from Go: no race-detector annotations; no copy check (Java objects are never copied).
 * See:             WaitGroupAnswersTest.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class WaitGroup {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(WaitGroup.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long state;                 // high 32: counter, low 32: waiters
    private final Sema sema = new Sema();

    /** {@code wg.Add(delta)}. */
    public void add(int delta) {
        long s = (long) STATE.getAndAdd(this, (long) delta << 32) + ((long) delta << 32);
        int v = (int) (s >> 32);
        int w = (int) s;
        if (v < 0) throw new GoPanic("sync: negative WaitGroup counter");
        if (w != 0 && delta > 0 && v == delta) {
            // The first Add of a new round raced with a Wait still registered for the old one.
            throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        }
        if (v > 0 || w == 0) return;
        // v == 0 and waiters > 0: no concurrent Add/Wait may mutate the state now.
        if (state != s) throw new GoPanic("sync: WaitGroup misuse: Add called concurrently with Wait");
        state = 0;                               // reset waiters to 0
        for (; w != 0; w--) sema.release(false);
    }

    /** {@code wg.Done()}. */
    public void done() {
        add(-1);
    }

    /** {@code wg.Wait()}. */
    public void await() {
        for (;;) {
            long s = state;
            int v = (int) (s >> 32);
            if (v == 0) return;                  // counter is 0, no need to wait
            if (STATE.compareAndSet(this, s, s + 1)) {       // waiters++
                sema.acquire(false, WaitReason.SYNC_WAITGROUP_WAIT, this);
                if (state != 0) {
                    throw new GoPanic("sync: WaitGroup is reused before previous Wait has returned");
                }
                return;
            }
        }
    }

    /** Go 1.25 {@code wg.Go(f)}: Add(1), then run f in a new goroutine that calls Done when f returns. */
    public Goroutine go(Runnable f) {
        add(1);
        return Go.go(() -> {
            try {
                f.run();
            } finally {
                done();
            }
        });
    }

    /** Lab introspection: the counter (high half of the state word). */
    public int counter() {
        return (int) (state >> 32);
    }

    /** Lab introspection: goroutines registered in Wait. */
    public int waiters() {
        return (int) state;
    }
}
