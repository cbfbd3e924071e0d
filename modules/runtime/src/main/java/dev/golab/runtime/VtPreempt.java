package dev.golab.runtime;

/*
 * Go behaviour:    sysmon preempts a goroutine that has run for 10 ms (forcePreemptNS), so a loop of
 *                  `go` statements cannot keep its P while the goroutines it made pile up, and a loop
 *                  polling with select-default cannot keep it while the goroutine it waits for is queued.
 * Model:           the VT backend has no sysmon and the JDK never preempts a virtual thread. So a
 *                  goroutine's `go` statements, its selects' default cases and its Goscheds are its
 *                  preemption points, checked cheaply: every EVERY-th `go` or Gosched (about one
 *                  default in EVERY, drawn at random) reads the clock, and once SLICE_NANOS have passed
 *                  since the last such reading it gives its carrier up, as Go's preempted G goes to the
 *                  global queue's tail (a Gosched that is not due yields, as Go's always queues):
 *                  - at `go`, Thread.yield: the children it made wait in its carrier's local queue,
 *                    and a yield puts the spawner behind them;
 *                  - at a default, a 1 ns timed park: the carrier runs what is queued, and the JDK's
 *                    unparker queues the poller again. A yield does not do here: a virtual thread that
 *                    yields with nothing in its carrier's local queue is resubmitted to a submission
 *                    queue that its carrier scans first, so a goroutine started from a platform thread
 *                    starved behind pollers yielding every 10 ms (JDK 25, plain virtual threads: no run
 *                    in 1,000 yields; with the park, it ran within 10 ms). The same starvation is
 *                    reported in the discussion of openjdk/loom pull 226, and JDK-8373118 reworks the
 *                    pool's scan for a starvation test. At `go` the park measured slower than the
 *                    yield (spawn+join 10^6: 789 and 1,358 ms against 583 and 295);
 *                  - at a Gosched that is due, the same park, for the same reason.
 * Invariants:      VP-I1 a goroutine is preempted here at most once per SLICE_NANOS of wall time (a
 *                  Gosched's own yield aside). VP-I2 only a
 *                  virtual-thread goroutine yields; other callers only count. VP-I3 a pending park
 *                  permit or interrupt makes the park return at once: that slice is not yielded, and
 *                  Park, which loops on its own state word, loses nothing to the permit taken.
 * Differs from Go: Go measures how long the G has run without a switch; here the wall time between two
 *                  readings, so a goroutine that parked in between may still yield once (a yield every
 *                  10 ms at most costs nothing measurable). CONT has the real sysmon (ContSysmon).
 * See:             VtPreemptAnswersTest, chan's SelectPreemptAnswersTest, GoSpawnBenchmark, docs/handoff.md.
 */
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

final class VtPreempt {
    /** How many `go` statements between two clock readings. */
    static final int EVERY = 256;
    /** sysmon's forcePreemptNS. */
    static final long SLICE_NANOS = 10_000_000L;

    private VtPreempt() {}

    /** The `go` statement of {@code parent} (the calling goroutine) started a goroutine. */
    static void atGo(Goroutine parent) {
        if ((++parent.points & (EVERY - 1)) != 0) return;
        if (sliceOver(parent)) Thread.yield();          // its children sit in this carrier's queue: they run first
    }

    /**
     * runtime.Gosched on a virtual thread: a yield of the carrier, and once SLICE_NANOS have passed
     * (checked every EVERY-th call) the 1 ns park instead. Go's Gosched puts the G on the global
     * queue's tail, behind everything queued; a yield alone starved a goroutine started from a platform
     * thread while every carrier looped on Gosched (see the header), the park lets it in.
     */
    static void atGosched(Goroutine g) {
        if ((++g.points & (EVERY - 1)) == 0 && sliceOver(g)) LockSupport.parkNanos(1);
        else Thread.yield();
    }

    /**
     * A select's default on a virtual thread (the caller checked). Finding the calling goroutine costs
     * a map lookup, as much as the default path itself, so only about one call in EVERY does it: the
     * thread's own ThreadLocalRandom draws which, without a shared counter.
     */
    static void atPoll() {
        if ((ThreadLocalRandom.current().nextInt() & (EVERY - 1)) != 0) return;
        Goroutine g = Goroutine.current();
        if (g != null && !g.isForeign() && sliceOver(g)) LockSupport.parkNanos(1);   // see the header
    }

    /** The clock reading: true once SLICE_NANOS have passed since the previous reading, on a virtual thread. */
    private static boolean sliceOver(Goroutine g) {
        long now = System.nanoTime();
        long since = g.sliceStart;
        if (since != 0 && now - since < SLICE_NANOS) return false;
        g.sliceStart = now;
        return since != 0 && Thread.currentThread().isVirtual();
    }
}
