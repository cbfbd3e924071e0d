package dev.golab.runtime;

/*
 * Go behaviour:    runtime/time.go keeps timers in a 4-ary heap ordered by `when`; Stop and Reset
 *                  report whether the timer was still pending.
 * Model:           a binary heap (PriorityQueue) of entries ordered by (when, seq), guarded by the
 *                  owner's lock. Stop removes the entry; Reset removes and re-inserts it.
 *                  popDue(now) hands out due entries in time order, marking each fired.
 * Invariants:      TH-I1 an entry is in the heap iff it is pending. TH-I2 entries with equal `when` fire in
 *                  scheduling order (seq).
 * Differs from Go: one heap per clock, not one per P.
 */
import java.util.PriorityQueue;

final class TimerHeap {
    /** Go's maxWhen: a deadline that never comes. */
    static final long NEVER = Long.MAX_VALUE;

    final class Entry implements ClockTimer {
        long when;
        long seq;
        final Runnable action;
        boolean pending;

        Entry(Runnable action) {
            this.action = action;
        }

        @Override
        public boolean stop() {
            synchronized (TimerHeap.this) {
                boolean was = pending;
                if (was) {
                    if (when != NEVER) heap.remove(this);
                    pending = false;
                }
                return was;
            }
        }

        @Override
        public boolean reset(java.time.Duration d) {
            boolean was;
            synchronized (TimerHeap.this) {
                was = pending;
                if (was && when != NEVER) heap.remove(this);
                arm(this, when(owner.nanoTime(), d));
            }
            return was;
        }
    }

    interface Owner {
        long nanoTime();

        /** Called with the heap's lock held when the earliest deadline may have moved earlier. */
        void earliestChanged();
    }

    private final PriorityQueue<Entry> heap = new PriorityQueue<>((a, b) ->
            a.when != b.when ? Long.compare(a.when, b.when) : Long.compare(a.seq, b.seq));
    private final Owner owner;
    private long seq;

    TimerHeap(Owner owner) {
        this.owner = owner;
    }

    /** runtime/time.go when(): now + d, clamped: d <= 0 is now, an overflow is NEVER. */
    static long when(long now, java.time.Duration d) {
        long n = Clock.saturatingNanos(d);
        if (n <= 0) return now;
        return now > NEVER - n ? NEVER : now + n;
    }

    synchronized ClockTimer add(long when, Runnable action) {
        Entry e = new Entry(action);
        arm(e, when);
        return e;
    }

    private void arm(Entry e, long when) {
        e.when = when;
        e.seq = seq++;
        e.pending = true;
        if (when == NEVER) return;                 // RT-I11: pending for Stop's answer, never in the heap
        heap.add(e);
        if (heap.peek() == e) owner.earliestChanged();
    }

    /** The earliest pending deadline, or Long.MAX_VALUE. */
    synchronized long earliest() {
        Entry e = heap.peek();
        return e == null ? Long.MAX_VALUE : e.when;
    }

    /** Removes and returns the earliest entry due at {@code now}, or null. */
    synchronized Entry popDue(long now) {
        Entry e = heap.peek();
        if (e == null || e.when > now) return null;
        heap.poll();
        e.pending = false;
        return e;
    }

    synchronized int size() {
        return heap.size();
    }
}
