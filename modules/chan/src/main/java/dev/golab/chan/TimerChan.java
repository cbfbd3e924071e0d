package dev.golab.chan;

/*
 * Go behaviour:    Go 1.23 timer channels (hchan.timer != nil): the runtime keeps at most one pending
 *                  value in a 1-slot buffer, yet len(C) and cap(C) report 0 ("synchronous"); Stop and
 *                  Reset drain that slot under the channel lock (timerchandrain), so no stale value can
 *                  be received after they return.
 * Model:           an HchanChannel(1, timer = true) plus the three runtime entry points dev.golab.time
 *                  needs: locked(…) (the timer's critical section), offer (non-blocking send that drops
 *                  the value when the slot is full: a slow receiver misses ticks) and drain.
 * Invariants:      I1 at most one pending value. I2 offer/drain only inside locked(…).
 * Differs from Go: public only so package dev.golab.time can reach it (Go: same runtime package).
 * See:             dev.golab.time.Timer, TimerAnswersTest.
 */
public final class TimerChan {
    private TimerChan() {}

    /** A new timer channel: cap() == len() == 0, one hidden slot. */
    public static <T> Chan<T> make() {
        return new HchanChannel<>(1, true);
    }

    /** Runs body holding the timer channel's lock. */
    public static void locked(Chan<?> c, Runnable body) {
        HchanChannel<?> h = (HchanChannel<?>) c;
        h.lock.lock();
        try {
            body.run();
        } finally {
            h.lock.unlock();
        }
    }

    /**
     * Delivers v unless a value is already pending (inside {@link #locked}); a receiver parked on the
     * channel gets it directly. Returns the receiver to unpark after the lock is released, or null.
     */
    public static Thread offer(Chan<?> c, Object v) {
        HchanChannel<?> h = (HchanChannel<?>) c;
        Sudog sg = h.recvq.dequeue();
        if (sg != null) {
            sg.elem = v;
            sg.success = true;
            sg.ready();
            return sg.thread;
        }
        if (h.qcount() == 0) h.bufPut(v);
        return null;
    }

    /** Drops the pending value (inside {@link #locked}); true if there was one. */
    public static boolean drain(Chan<?> c) {
        HchanChannel<?> h = (HchanChannel<?>) c;
        if (h.qcount() == 0) return false;
        h.bufTake();
        return true;
    }
}
