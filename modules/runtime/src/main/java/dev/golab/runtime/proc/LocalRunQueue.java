package dev.golab.runtime.proc;

/*
 * Go behaviour:    each P has `runq [256]guintptr`, a lock-free ring (only the owner P writes the tail;
 *                  the owner and thieves CAS the head), and a one-slot `runnext` that a G made
 *                  runnable by the running G takes, displacing the previous occupant to the tail
 *                  (runtime/proc.go runqput, runqputslow, runqget, runqgrab, runqsteal; Go 1.23).
 * Model:           1. put(g, next): next → swap runnext; the old occupant goes to the tail.
 *                  2. tail put while fewer than 256 are queued; else runqputslow: CAS the head
 *                     forward by 128 and hand those 128 + g = 129 to the global queue in one batch.
 *                  3. get(): runnext first (inheritTime = true), else the head (inheritTime = false).
 *                  4. stealFrom(victim): runqgrab copies n − n/2 of the victim's ring into this ring
 *                     past our tail and commits with one CAS on the victim's head; runnext only when
 *                     asked (Go's last steal pass), after a ~3 µs back-off if the victim is running.
 *                     The last grabbed G is returned to run; the rest are published by one tail store.
 * Invariants:      PROC-I1 0 ≤ tail − head ≤ 256.
 *                  PROC-I2 only the owner writes tail and the slots past it (put, get, stealFrom,
 *                          snapshot are owner calls; thieves only read slots and CAS the head).
 *                  PROC-I3 an entry leaves exactly once: by a head CAS or by a runnext CAS.
 * Differs from Go: generic over T (a *g in Go; a runContinuation for the real scheduler, a SimG for
 *                  the simulator). Go's randomizeScheduler (race builds) and the "no sysmon → no
 *                  runnext" rule (wasm) are not modelled. The ring is our own rather than a JCTools
 *                  queue: steal-half is one CAS over a batch, which no JCTools queue offers.
 *                  A slot keeps its reference after the G left (as Go's ring does) until overwritten.
 *                  Like Go's, runqput(next) is not linearizable against a thief: the displaced runnext
 *                  is briefly in neither place (RunQueueLinearizabilityTest names it); PROC-I3 holds.
 * See:             LocalRunQueuePropertiesTest, RunQueueLinearizabilityTest, RunQueueAnswersTest.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

public final class LocalRunQueue<T> {
    private static final int SIZE = RunQueuePolicy.LOCAL_RUNQ_SIZE;
    private static final int MASK = SIZE - 1;

    private static final VarHandle TAIL;

    static {
        try {
            TAIL = MethodHandles.lookup().findVarHandle(LocalRunQueue.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final AtomicReferenceArray<T> ring = new AtomicReferenceArray<>(SIZE);
    private final AtomicInteger head = new AtomicInteger();     // consumers: owner and thieves (CAS)
    private volatile int tail;                                   // producer: owner only (PROC-I2)
    private final AtomicReference<T> runnext = new AtomicReference<>();

    /**
     * runqput. Owner only. When the ring is full, {@code overflow} receives the 129-entry batch;
     * returns true when that spill happened.
     */
    public boolean put(T g, boolean next, GlobalRunQueue<T> overflow) {
        if (next) {
            T old = runnext.getAndSet(g);
            if (old == null) return false;
            g = old;                                             // kick the old runnext to the tail
        }
        while (true) {
            int h = head.get();                                  // acquire: synchronise with consumers
            int t = tail;
            if (t - h < SIZE) {
                ring.setPlain(t & MASK, g);                      // published by the tail's release
                TAIL.setRelease(this, t + 1);                    // Go: atomic.StoreRel(&pp.runqtail)
                return false;
            }
            if (putSlow(g, h, t, overflow)) return true;
            // a thief moved the head under us: the ring has room now, retry
        }
    }

    /** runqputslow: move half of the ring plus g to the global queue as one batch. */
    private boolean putSlow(T g, int h, int t, GlobalRunQueue<T> overflow) {
        int n = (t - h) / 2;
        List<T> batch = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) batch.add(ring.get((h + i) & MASK));
        if (!head.compareAndSet(h, h + n)) return false;
        batch.add(g);
        overflow.putBatch(batch);
        return true;
    }

    /**
     * runqput(next)'s first half: swap g into runnext and return the displaced G (or null), which the
     * caller must then queue. An atomic swap, so unlike the ring it is safe for a producer that may have
     * lost the P meanwhile (ContRuntime checks the P after it and takes g back with withdrawRunnext).
     */
    public T swapRunnext(T g) {
        return runnext.getAndSet(g);
    }

    /** Takes g back out of runnext if it is still there; true when this call removed it. */
    public boolean withdrawRunnext(T g) {
        return runnext.compareAndSet(g, null);
    }

    /** runqput(g, false) of a G displaced from runnext. Owner only; true when the ring spilled. */
    public boolean putTail(T g, GlobalRunQueue<T> overflow) {
        return put(g, false, overflow);
    }

    /** runqget. Owner only (thieves use stealFrom). Null when empty. */
    public Next<T> get() {
        T next = takeRunnext();
        if (next != null) return new Next<>(next, true);
        T g = takeRing();
        return g == null ? null : new Next<>(g, false);
    }

    /** runqget's first half, allocation-free: runnext (inheritTime), or null. Owner only. */
    public T takeRunnext() {
        T next = runnext.get();
        return next != null && runnext.compareAndSet(next, null) ? next : null;
    }

    /** runqget's second half, allocation-free: the ring's head, or null. Owner only. */
    public T takeRing() {
        while (true) {
            int h = head.get();
            int t = tail;
            if (t == h) return null;
            T g = ring.get(h & MASK);
            if (head.compareAndSet(h, h + 1)) return g;
        }
    }

    /**
     * runqsteal: grab half of {@code victim}'s queue into this (the thief's) ring; return the last
     * grabbed G to run now and keep the rest queued here. Called by this queue's owner, and (as in
     * findRunnable) only when its own ring is empty, so that half a ring always fits.
     * {@code backOff}: wait ~3 µs before taking a running victim's runnext, as Go does, so the victim
     * gets the chance to run it itself (the single-threaded simulator passes false).
     */
    public T stealFrom(LocalRunQueue<T> victim, boolean stealRunnext, boolean backOff) {
        int t = tail;
        int n = victim.grabInto(this, t, stealRunnext, backOff);
        if (n == 0) return null;
        n--;
        T g = ring.get((t + n) & MASK);
        if (n == 0) return g;
        if (t - head.get() + n >= SIZE) throw new IllegalStateException("runqsteal: runq overflow");
        TAIL.setRelease(this, t + n);                            // release: the rest are ours to run
        return g;
    }

    /** runqgrab: copies n − n/2 of this queue into {@code thief}'s ring starting at batchHead. */
    private int grabInto(LocalRunQueue<T> thief, int batchHead, boolean stealRunnext, boolean backOff) {
        while (true) {
            int h = head.get();
            int t = tail;
            int n = RunQueuePolicy.stealCount(t - h);
            if (n == 0) {
                if (!stealRunnext) return 0;
                T next = runnext.get();
                if (next == null) return 0;
                // Go: "A sync chan send/recv takes ~50ns ... so 3us gives ~50x overshoot".
                if (backOff) backOff3us();
                if (!runnext.compareAndSet(next, null)) continue;
                thief.ring.setPlain(batchHead & MASK, next);     // the thief's tail release publishes it
                return 1;
            }
            if (n > SIZE / 2) continue;                          // read an inconsistent h and t
            for (int i = 0; i < n; i++) thief.ring.setPlain((batchHead + i) & MASK, ring.get((h + i) & MASK));
            if (head.compareAndSet(h, h + n)) return n;          // commits the consume
        }
    }

    /**
     * Go's usleep(3): a real sleep, not a spin. On Linux the kernel's timer slack (50 µs by default)
     * makes it last tens of µs, in Go and here alike, and that is what keeps a spinning thief from
     * migrating a ping-pong pair off its P every few round trips (a 3 µs busy wait did: 2.4× the
     * one-P round trip, measured with ContRuntimeBenchmark at GOMAXPROCS=2).
     */
    private static void backOff3us() {
        java.util.concurrent.locks.LockSupport.parkNanos(RunQueuePolicy.RUNNEXT_BACKOFF_NS);
    }

    /** Entries in the ring, runnext excluded (a racy snapshot when read by another thread). */
    public int ringSize() {
        int n = tail - head.get();
        return Math.max(0, Math.min(n, SIZE));
    }

    /** Queued entries, runnext included (racy snapshot from another thread). */
    public int size() {
        return ringSize() + (runnext.get() != null ? 1 : 0);
    }

    /** The G in runnext, or null (Go's runqempty reads it the same way). */
    public T runnext() {
        return runnext.get();
    }

    /** Go's runqempty: nothing in the ring and no runnext. */
    public boolean isEmpty() {
        return tail == head.get() && runnext.get() == null;
    }

    /** The ring from head to tail (exact for the owner when no thief runs; for views and invariant checks). */
    public List<T> ring() {
        int h = head.get(), t = tail;
        List<T> out = new ArrayList<>(Math.max(0, t - h));
        for (int i = h; i - t < 0; i++) out.add(ring.get(i & MASK));
        return out;
    }
}
