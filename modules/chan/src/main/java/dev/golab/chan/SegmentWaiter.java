package dev.golab.chan;

/*
 * Go behaviour:    a parked goroutine (a sudog) in the segment model: stored in its cell, resumed by
 *                  exactly one peer, or by close, or cancelled by its own interrupt.
 * Model:           an object in a cell with a small state machine decided by one CAS:
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
import java.util.concurrent.atomic.AtomicInteger;

final class SegmentWaiter {
    static final int WAITING = 0;
    static final int RESUMED = 1;
    static final int CLOSED = 2;
    static final int CANCELLED = 3;

    final Goroutine g = Park.self();
    final boolean isSend;
    final AtomicInteger state = new AtomicInteger(WAITING);
    /** The sender's value (send waiters) or the value handed to a receiver (receive waiters). */
    Object value;

    SegmentWaiter(boolean isSend, Object value) {
        this.isSend = isSend;
        this.value = value;
    }

    /** A peer completes the wait, handing {@code v} to a receiver (ignored for senders). */
    boolean tryResume(Object v) {
        if (!isSend) value = v;
        if (!state.compareAndSet(WAITING, RESUMED)) return false;
        Park.ready(g);
        return true;
    }

    /** close() completes the wait of a peer. */
    boolean tryClose() {
        if (!state.compareAndSet(WAITING, CLOSED)) return false;
        Park.ready(g);
        return true;
    }

    /** The waiter itself saw the close after storing: it claims its own wait and will not park. */
    boolean tryCloseSelf() {
        return state.compareAndSet(WAITING, CLOSED);
    }

    /**
     * Waits for the outcome. An interrupt that wins the CANCELLED transition returns CANCELLED (the
     * caller cleans its cell); a lost race means a peer completed us and the interrupt stays pending.
     */
    int await(Object blocker, WaitReason why) {
        if (Park.park(g, why, blocker, Unlocker.NONE)) return state.get();
        if (state.compareAndSet(WAITING, CANCELLED)) {
            Park.abandon(g);
            return CANCELLED;
        }
        Park.awaitReady(g);                        // a peer won: its ready is on the way
        return state.get();
    }
}
