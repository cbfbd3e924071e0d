package dev.golab.chan;

/*
 * Go behaviour:    a parked goroutine (a sudog) in the segment model: stored in its cell, resumed by
 *                  exactly one peer, or by close, or cancelled by its own interrupt.
 * Model:           an object in a cell with a small state machine decided by one CAS (a VarHandle on
 *                  its own int: no AtomicInteger beside it), made only when a sender or receiver finds
 *                  no peer and must store itself (SegmentChannel's LAZY markers):
 *                  WAITING → RESUMED (a peer completed the op; `value` carries what a receiver gets)
 *                          → CLOSED  (close: a sender panics, a receiver gets (zero, false))
 *                          → CANCELLED (the waiter's thread was interrupted first).
 *                  The waiter parks through dev.golab.runtime.Park; a peer that wins the CAS readies
 *                  it. As the waiter is visible in its cell before it parks, a ready may come first:
 *                  Park keeps such an early ready and the park consumes it.
 * Invariants:      SG-I1 exactly one transition out of WAITING. SG-I2 `value` is written before the
 *                  RESUMED CAS, so the woken thread reads it after seeing RESUMED.
 * See:             SegmentChannel, SegmentSelect.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class SegmentWaiter {
    static final int WAITING = 0;
    static final int RESUMED = 1;
    static final int CLOSED = 2;
    static final int CANCELLED = 3;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SegmentWaiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Goroutine g = Park.self();
    final boolean isSend;
    @SuppressWarnings("unused") private volatile int state;      // WAITING (0) at construction; STATE
    /** The sender's value (send waiters) or the value handed to a receiver (receive waiters). */
    Object value;

    SegmentWaiter(boolean isSend, Object value) {
        this.isSend = isSend;
        this.value = value;
    }

    /** A peer completes the wait, handing {@code v} to a receiver (ignored for senders). */
    boolean tryResume(Object v) {
        if (!isSend) value = v;
        if (!STATE.compareAndSet(this, WAITING, RESUMED)) return false;
        Park.ready(g);
        return true;
    }

    /** close() completes the wait of a peer. */
    boolean tryClose() {
        if (!STATE.compareAndSet(this, WAITING, CLOSED)) return false;
        Park.ready(g);
        return true;
    }

    /** The waiter itself saw the close after storing: it claims its own wait and will not park. */
    boolean tryCloseSelf() {
        return STATE.compareAndSet(this, WAITING, CLOSED);
    }

    /**
     * Waits for the outcome. An interrupt that wins the CANCELLED transition returns CANCELLED (the
     * caller cleans its cell); a lost race means a peer completed us and the interrupt stays pending.
     */
    int await(Object blocker, WaitReason why) {
        if (Park.park(g, why, blocker, Unlocker.NONE)) return state();
        if (STATE.compareAndSet(this, WAITING, CANCELLED)) {
            Park.abandon(g);
            return CANCELLED;
        }
        Park.awaitReady(g);                        // a peer won: its ready is on the way
        return state();
    }

    /** The current state (a volatile read). */
    int state() {
        return (int) STATE.getVolatile(this);
    }
}
