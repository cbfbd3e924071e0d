package dev.golab.sched;

/*
 * Go behaviour:    `sched.runq` is one global FIFO of Gs under sched.lock. Gs land there from
 *                  outside any P (timers, Gosched, preemption, syscall exit without a P, a full local
 *                  ring's spill). A P takes one every 61st schedtick (fairness) and a batch of
 *                  min(size, size/GOMAXPROCS + 1, 128) when its local queue is empty
 *                  (runtime/proc.go globrunqput, globrunqputbatch, globrunqget; Go 1.23).
 * Model:           1. put / putBatch append at the tail; size is kept in an atomic counter so the
 *                     "is it empty?" checks of schedule() cost one read, as Go's runqsize does.
 *                  2. get(p, max) computes Go's batch size, runs the first and moves the rest to p's
 *                     local ring.
 * Invariants:      I1 FIFO: entries leave in the order they entered. I2 size ≥ number queued.
 * Differs from Go: a lock-free ConcurrentLinkedQueue instead of a lock, because execute() may be
 *                  called by a pinned virtual thread and must not block (SCHEDULER.md pitfall 3).
 *                  A batch is therefore appended entry by entry (other putters may interleave).
 * See:             RunQueueAnswersTest (batch sizes), SchedulerAnswersTest (fairness).
 */
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

final class GlobalRunQueue {
    private final ConcurrentLinkedQueue<Runnable> q = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    void put(Runnable g) {
        q.add(g);
        size.incrementAndGet();
    }

    void putBatch(Runnable[] gs) {
        for (Runnable g : gs) q.add(g);
        size.addAndGet(gs.length);
    }

    int size() {
        return size.get();
    }

    /** Go's globrunqget batch size for a queue of {@code size} Gs and {@code procs} Ps, capped by max (0 = none). */
    static int batchSize(int size, int procs, int max) {
        int n = Math.min(size, size / procs + 1);
        if (max > 0 && n > max) n = max;
        return Math.min(n, LocalRunQueue.SIZE / 2);
    }

    /** globrunqget: returns the G to run now; up to batchSize − 1 more go to {@code local}. */
    Runnable get(LocalRunQueue local, int procs, int max) {
        int n = batchSize(size.get(), procs, max);
        if (n <= 0) return null;
        Runnable first = poll();
        if (first == null) return null;
        for (int i = 1; i < n; i++) {
            Runnable g = poll();
            if (g == null) break;
            local.put(g, false, this);
        }
        return first;
    }

    private Runnable poll() {
        Runnable g = q.poll();
        if (g != null) size.decrementAndGet();
        return g;
    }
}
