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
 *                  On virtual threads the waiter first spins on its own state word (Park.parkOnOwnWord): a
 *                  peer that completes it while it spins writes only this object, never its Goroutine.
 *                  A waiter whose spin ends moves WAITING → PARKING, and then parks through Park.
 * Invariants:      SG-I1 exactly one transition out of WAITING or PARKING. SG-I2 `value` is written
 *                  before the RESUMED CAS, so the woken thread reads it after seeing RESUMED. SG-I3 (VT)
 *                  a completion readies g exactly when it moves the state out of PARKING.
 * See:             SegmentChannel, SegmentSelect.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.SpinWord;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class SegmentWaiter implements SpinWord {
    static final int WAITING = 0;
    static final int RESUMED = 1;
    static final int CLOSED = 2;
    static final int CANCELLED = 3;
    static final int PARKING = 4;                  // VT: the waiter's spin ended; a completion must ready g

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(SegmentWaiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Goroutine g = Park.self();
    /** VT (SG-I3): the waiter spins on `state`, and a peer readies g only once it is PARKING. */
    private final boolean spinWord = Park.onVirtualThread(g);
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
        return complete(RESUMED);
    }

    /** close() completes the wait of a peer. */
    boolean tryClose() {
        return complete(CLOSED);
    }

    /** The one transition out of waiting (SG-I1); g is readied unless it is still spinning (SG-I3). */
    private boolean complete(int outcome) {
        if (spinWord) {
            for (int s; (s = state()) == WAITING || s == PARKING; ) {
                if (!STATE.compareAndSet(this, s, outcome)) continue;
                if (s == PARKING) Park.ready(g);
                return true;
            }
            return false;
        }
        if (!STATE.compareAndSet(this, WAITING, outcome)) return false;
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
        int waiting = WAITING;
        if (spinWord) {                            // VT: spin on our own word, then commit to parking
            if (Park.parkOnOwnWord(g, why, blocker, this)) return state();
            waiting = PARKING;                     // interrupted while parked
        } else if (Park.park(g, why, blocker, Unlocker.NONE)) {
            return state();
        }
        if (STATE.compareAndSet(this, waiting, CANCELLED)) {
            Park.abandon(g);
            return CANCELLED;
        }
        Park.awaitReady(g);                        // a peer won: its ready is on the way
        return state();
    }

    /** The spin's test (spinWord waiters): a peer or close has completed the wait. */
    @Override
    public boolean completed() {
        int s = state();
        return s != WAITING && s != PARKING;
    }

    /** The spin is over (spinWord waiters): WAITING → PARKING, unless a peer completed the wait first. */
    @Override
    public boolean commitPark() {
        return STATE.compareAndSet(this, WAITING, PARKING);
    }

    /** The current state (a volatile read). */
    int state() {
        return (int) STATE.getVolatile(this);
    }
}
