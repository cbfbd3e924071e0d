package dev.golab.chan;

/*
 * Go behaviour:    a parked goroutine (a sudog) in the segment model: stored in its cell, resumed by
 *                  exactly one peer, or by close, or cancelled by its own interrupt.
 * Model:           an object in a cell with a small state machine decided by one CAS:
 *                  WAITING → RESUMED (a peer completed the op; `value` carries what a receiver gets)
 *                          → CLOSED  (close: a sender panics, a receiver gets (zero, false))
 *                          → CANCELLED (the waiter's thread was interrupted first).
 *                  Spin-then-park: spin only on a platform thread of a multi-core machine; a virtual
 *                  thread parks at once, because spinning would hold the carrier its peer may need
 *                  (jox's bimodal slow mode on 2 cores).
 * Invariants:      I1 exactly one transition out of WAITING. I2 `value` is written before the
 *                  RESUMED CAS, so the woken thread reads it after seeing RESUMED.
 * See:             SegmentChannel, SegmentSelect.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

final class SegmentWaiter {
    static final int WAITING = 0;
    static final int RESUMED = 1;
    static final int CLOSED = 2;
    static final int CANCELLED = 3;
    static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 256 : 0;

    final Thread thread = Thread.currentThread();
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
        LockSupport.unpark(thread);
        return true;
    }

    boolean tryClose() {
        if (!state.compareAndSet(WAITING, CLOSED)) return false;
        LockSupport.unpark(thread);
        return true;
    }

    /**
     * Waits for the outcome. An interrupt that wins the CANCELLED transition returns CANCELLED (the
     * caller cleans its cell); a lost race means a peer completed us and the interrupt stays pending.
     */
    int await(Object blocker, WaitReason why) {
        int st;
        if (!thread.isVirtual()) {
            for (int i = 0; i < SPINS; i++) {
                if ((st = state.get()) != WAITING) return st;
                Thread.onSpinWait();
            }
        }
        boolean interrupted = false;
        Goroutine.block(why, blocker);
        try {
            while ((st = state.get()) == WAITING) {
                LockSupport.park(blocker);
                if (Thread.interrupted()) {
                    interrupted = true;
                    if (state.compareAndSet(WAITING, CANCELLED)) return CANCELLED;
                }
            }
            return st;
        } finally {
            Goroutine.unblock();
            if (interrupted) thread.interrupt();
        }
    }
}
