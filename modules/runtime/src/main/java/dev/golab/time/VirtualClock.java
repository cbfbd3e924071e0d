package dev.golab.time;

/*
 * Go behaviour:    Go 1.24's testing/synctest bubble: time.Now starts at 2000-01-01 00:00 UTC and
 *                  advances only when every goroutine of the bubble is durably blocked, straight to the
 *                  next timer.
 * Model:           a fake now + a TimerHeap. advance(d) / advanceToNext() move now to each due deadline
 *                  in order and run its actions there. sleep() schedules an unpark of the caller and parks
 *                  (reason "sleep"), so the sleeper is durably blocked until someone advances the clock.
 * Invariants:      I1 now() never goes backwards. I2 actions run in (when, seq) order with now() == when.
 * Differs from Go: advancing is explicit (a test or testkit's Synctest drives it), not automatic.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

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
    public void sleep(Duration d) {
        if (d.isNegative() || d.isZero()) return;
        Thread me = Thread.currentThread();
        AtomicBoolean woke = new AtomicBoolean();
        heap.add(nanos + d.toNanos(), () -> {
            woke.set(true);
            LockSupport.unpark(me);
        });
        Goroutine.block(WaitReason.SLEEP, this);
        try {
            while (!woke.get()) LockSupport.park(this);
        } finally {
            Goroutine.unblock();
        }
    }

    @Override
    public ClockTimer schedule(Duration d, Runnable action) {
        return heap.add(nanos + Math.max(0, d.toNanos()), action);
    }

    @Override
    public void earliestChanged() {
        // nothing waits on a virtual clock's heap: time moves only when advanced
    }

    /** Moves time forward by d, running every action that falls due, each at its own instant. */
    public synchronized void advance(Duration d) {
        long target = nanos + d.toNanos();
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
