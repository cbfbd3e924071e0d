package dev.golab.runtime.proc;

/*
 * Go behaviour:    `sched.runq` is one global FIFO of Gs under sched.lock. Gs land there from
 *                  outside any P (timers, Gosched, preemption, syscall exit without a P, a full local
 *                  ring's spill). A P takes one every 61st schedtick (fairness) and a batch of
 *                  min(size, size/GOMAXPROCS + 1, 128) when its local queue is empty
 *                  (runtime/proc.go globrunqput, globrunqputbatch, globrunqget; Go 1.23).
 * Model:           1. put / putBatch append at the tail; the size is an atomic counter so the
 *                     "is it empty?" checks of schedule() cost one read, as Go's runqsize does.
 *                  2. get(local, procs, max) takes RunQueuePolicy.globalBatch Gs, returns the first
 *                     and puts the rest on {@code local}'s ring (runqput(pp, gp, false)).
 * Invariants:      PROC-I4 FIFO: entries leave in the order they entered; size() ≥ number queued
 *                  whenever no put is in flight.
 * Differs from Go: a lock-free ConcurrentLinkedQueue instead of a lock, because the real scheduler's
 *                  execute() may be called by a pinned virtual thread and must not block. A batch is
 *                  therefore appended entry by entry (other putters may interleave). Callers that
 *                  need Go's "under sched.lock" (the give-up re-check) hold their own lock.
 *                  JCTools' MpmcUnboundedXaddArrayQueue was faster in GlobalQueueBenchmark (227 against
 *                  332 ns per put+poll pair, 2026-12-07) but calls sun.misc.Unsafe, which JDK 25
 *                  reports on stderr at first use unless the JVM runs with
 *                  --sun-misc-unsafe-memory-access=allow; a crashing goroutine's stderr must be Go's
 *                  report alone (ContFlagAnswersTest), so this stays on the JDK's queue.
 * See:             RunQueueAnswersTest (batch sizes), LocalRunQueuePropertiesTest.
 */
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

public final class GlobalRunQueue<T> {
    private final ConcurrentLinkedQueue<T> q = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    /** globrunqput: append one G. */
    public void put(T g) {
        q.add(g);
        size.incrementAndGet();
    }

    /** globrunqputbatch: append a batch in order. */
    public void putBatch(List<T> gs) {
        q.addAll(gs);
        size.addAndGet(gs.size());
    }

    public int size() {
        return size.get();
    }

    public boolean isEmpty() {
        return size.get() == 0;
    }

    /** The oldest G without removing it, or null. */
    public T peek() {
        return q.peek();
    }

    /** globrunqget: returns the G to run now; up to globalBatch − 1 more go to {@code local}. */
    public T get(LocalRunQueue<T> local, int procs, int max) {
        int n = RunQueuePolicy.globalBatch(size.get(), procs, max);
        if (n <= 0) return null;
        T first = poll();
        if (first == null) return null;
        for (int i = 1; i < n; i++) {
            T g = poll();
            if (g == null) break;
            local.put(g, false, this);
        }
        return first;
    }

    private T poll() {
        T g = q.poll();
        if (g != null) size.decrementAndGet();
        return g;
    }

    /** The queue from head to tail (weakly consistent under concurrency; exact single-threaded). */
    public List<T> snapshot() {
        return new ArrayList<>(q);
    }
}
