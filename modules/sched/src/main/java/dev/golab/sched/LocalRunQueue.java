package dev.golab.sched;

/*
 * Go behaviour:    each P has `runq [256]guintptr` (a lock-free ring: only the owner P writes the
 *                  tail, the owner and thieves CAS the head) and a one-slot `runnext` that a G made
 *                  runnable by the running G takes, displacing the previous occupant to the tail
 *                  (runtime/proc.go runqput, runqputslow, runqget, runqgrab, runqsteal; Go 1.23).
 * Model:           1. put(g, next): next → CAS runnext, the old occupant goes to the tail.
 *                  2. tail put if fewer than 256 are queued; else spill: CAS the head forward by
 *                     half (128) and hand those 128 + g = 129 to the global queue in one batch.
 *                  3. get(): runnext first (inheritTime = true), else the head (inheritTime = false).
 *                  4. grab(): a thief takes n − n/2 from the head with one CAS; runnext only when
 *                     asked (Go's last steal pass) and after a ~3 µs back-off if the victim runs.
 * Invariants:      I1 0 ≤ tail − head ≤ 256. I2 only the owning M writes tail and the ring slots
 *                  past tail. I3 an entry leaves the queue exactly once (a head CAS or a runnext CAS).
 * Differs from Go: entries are the virtual thread's runContinuation Runnable, not a *g. The ring is
 *                  our own rather than a JCTools queue: Go's steal-half is one CAS over a batch, which
 *                  no JCTools queue offers (they pop one element at a time).
 * See:             RunQueueAnswersTest, GoScheduler.
 */
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

final class LocalRunQueue {
    static final int SIZE = 256;
    private static final int MASK = SIZE - 1;

    private final AtomicReferenceArray<Runnable> ring = new AtomicReferenceArray<>(SIZE);
    private final AtomicInteger head = new AtomicInteger();     // consumers: owner and thieves (CAS)
    private volatile int tail;                                   // producer: owner only (I2)
    private final AtomicReference<Runnable> runnext = new AtomicReference<>();

    /** What get() found: the task, and whether it inherits the current time slice (came from runnext). */
    record Next(Runnable task, boolean inheritTime) {}

    /**
     * runqput. Owner only. {@code overflow} receives the 129-entry batch when the ring is full;
     * returns true when a spill happened.
     */
    boolean put(Runnable g, boolean next, GlobalRunQueue overflow) {
        if (next) {
            Runnable old = runnext.getAndSet(g);
            if (old == null) return false;
            g = old;                                             // kick the old runnext to the tail
        }
        while (true) {
            int h = head.get();
            int t = tail;
            if (t - h < SIZE) {
                ring.set(t & MASK, g);
                tail = t + 1;                                    // release: publishes the slot
                return false;
            }
            if (putSlow(g, h, t, overflow)) return true;
            // the head moved under us (a thief took some): the ring has room now, retry
        }
    }

    /** runqputslow: move half of the ring plus g to the global queue as one batch. */
    private boolean putSlow(Runnable g, int h, int t, GlobalRunQueue overflow) {
        int n = (t - h) / 2;
        Runnable[] batch = new Runnable[n + 1];
        for (int i = 0; i < n; i++) batch[i] = ring.get((h + i) & MASK);
        if (!head.compareAndSet(h, h + n)) return false;
        batch[n] = g;
        overflow.putBatch(batch);
        return true;
    }

    /** runqget. Owner only (thieves use grab). Null when empty. */
    Next get() {
        Runnable next = runnext.get();
        if (next != null && runnext.compareAndSet(next, null)) return new Next(next, true);
        while (true) {
            int h = head.get();
            int t = tail;
            if (t == h) return null;
            Runnable g = ring.get(h & MASK);
            if (head.compareAndSet(h, h + 1)) return new Next(g, false);
        }
    }

    /** Puts a batch taken from the global queue at the tail (owner only; the caller sized it ≤ 128). */
    void putAll(Runnable[] gs, int from, GlobalRunQueue overflow) {
        for (int i = from; i < gs.length; i++) put(gs[i], false, overflow);
    }

    /**
     * runqsteal: grab half of {@code victim}'s queue into this (the thief's) ring, return the last
     * grabbed entry to run now and keep the rest queued here. Called by this queue's owner.
     */
    Runnable stealFrom(LocalRunQueue victim, boolean stealRunnext, boolean victimRunning) {
        int t = tail;
        int n = victim.grabInto(this, t, stealRunnext, victimRunning);
        if (n == 0) return null;
        n--;
        Runnable g = ring.get((t + n) & MASK);
        if (n == 0) return g;
        tail = t + n;
        return g;
    }

    /** runqgrab: copies n − n/2 of this queue into {@code thief}'s ring starting at batchHead. */
    private int grabInto(LocalRunQueue thief, int batchHead, boolean stealRunnext, boolean running) {
        while (true) {
            int h = head.get();
            int t = tail;
            int n = t - h;
            n = n - n / 2;
            if (n == 0) {
                if (stealRunnext) {
                    Runnable next = runnext.get();
                    if (next != null) {
                        // Go: "A sync chan send/recv takes ~50ns ... so 3us gives ~50x overshoot":
                        // give a running victim the chance to schedule its runnext itself.
                        if (running) backOff3us();
                        if (!runnext.compareAndSet(next, null)) continue;
                        thief.ring.set(batchHead & MASK, next);
                        return 1;
                    }
                }
                return 0;
            }
            if (n > SIZE / 2) continue;                          // read an inconsistent h and t
            for (int i = 0; i < n; i++) thief.ring.set((batchHead + i) & MASK, ring.get((h + i) & MASK));
            if (head.compareAndSet(h, h + n)) return n;
        }
    }

    private static void backOff3us() {
        long until = System.nanoTime() + 3_000;
        while (System.nanoTime() < until) Thread.onSpinWait();
    }

    /** Number of queued entries, runnext included (racy snapshot). */
    int size() {
        int n = tail - head.get();
        return Math.max(0, Math.min(n, SIZE)) + (runnext.get() != null ? 1 : 0);
    }

    boolean isEmpty() {
        return tail == head.get() && runnext.get() == null;
    }
}
