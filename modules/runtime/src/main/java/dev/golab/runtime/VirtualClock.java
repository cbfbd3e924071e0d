package dev.golab.runtime;

/*
 * Go behaviour:    Go 1.24's testing/synctest bubble: time.Now starts at 2000-01-01 00:00 UTC and
 *                  advances only when every goroutine of the bubble is durably blocked, straight to the
 *                  next timer.
 * Model:           a fake now + a TimerHeap. advance(d) / advanceToNext() move now to each due deadline
 *                  in order and run its actions there. sleep() (Clock's) schedules a Park.ready of the caller
 *                  and parks (reason "sleep"), so the sleeper is durably blocked until the clock advances.
 * Invariants:      VC-I1 now() never goes backwards. VC-I2 actions run in (when, seq) order with now() == when.
 * Differs from Go: advancing is explicit (a test or testkit's Synctest drives it), not automatic.
 */
import java.time.Duration;
import java.time.Instant;

public final class VirtualClock implements Clock, TimerHeap.Owner {
    /** synctest's epoch: midnight UTC 2000-01-01. */
    public static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private final TimerHeap heap = new TimerHeap(this);
    private final Instant origin;
    private volatile long nanos;

    public VirtualClock() {
        this(EPOCH);
    }

    public VirtualClock(Instant origin) {
        this.origin = origin;
    }

    @Override
    public Instant now() {
        return origin.plusNanos(nanos);
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public ClockTimer schedule(Duration d, Runnable action) {
        return heap.add(TimerHeap.when(nanos, d), action);
    }

    @Override
    public void earliestChanged() {
        // nothing waits on a virtual clock's heap: time moves only when advanced
    }

    /** Moves time forward by d, running every action that falls due, each at its own instant. */
    public synchronized void advance(Duration d) {
        long target = TimerHeap.when(nanos, d);     // saturates: advancing "forever" stops at Go's maxWhen
        if (target == TimerHeap.NEVER) target = TimerHeap.NEVER - 1;
        while (heap.earliest() <= target) fireNext();
        nanos = target;
    }

    /** Jumps to the next pending deadline and runs what is due there; false if no timer is pending. */
    public synchronized boolean advanceToNext() {
        if (heap.earliest() == Long.MAX_VALUE) return false;
        fireNext();
        return true;
    }

    private void fireNext() {
        long when = heap.earliest();
        if (when > nanos) nanos = when;
        for (TimerHeap.Entry e; (e = heap.popDue(nanos)) != null; ) e.action.run();
    }

    /** Pending timers (a bubble with none and every goroutine blocked is deadlocked). */
    public int pendingTimers() {
        return heap.size();
    }

    @Override
    public String toString() {
        return "VirtualClock[" + now() + "]";
    }
}
