package dev.golab.runtime;

/*
 * Go behaviour:    sysmon preempts a goroutine that has run for 10 ms (forcePreemptNS), so a loop of
 *                  `go` statements cannot keep its P while the goroutines it made pile up.
 * Model:           the VT backend has no sysmon and the JDK never preempts a virtual thread. So a
 *                  goroutine's `go` statements are its preemption points, checked cheaply: every
 *                  EVERY-th `go` reads the clock, and once SLICE_NANOS have passed since the last such
 *                  reading it yields its carrier (Thread.yield: the virtual thread goes behind the
 *                  carrier's queued tasks, which run first, as Go's preempted G goes to the global
 *                  queue's tail).
 * Invariants:      VP-I1 a goroutine yields at most once per SLICE_NANOS of wall time here. VP-I2 only a
 *                  virtual-thread goroutine yields; other callers only count.
 * Differs from Go: Go measures how long the G has run without a switch; here the wall time between two
 *                  readings, so a goroutine that parked in between may still yield once (a yield every
 *                  10 ms at most costs nothing measurable). CONT has the real sysmon (ContSysmon).
 * See:             VtPreemptAnswersTest, GoSpawnBenchmark, docs/handoff.md (spawn storms on VT).
 */
final class VtPreempt {
    /** How many `go` statements between two clock readings. */
    static final int EVERY = 256;
    /** sysmon's forcePreemptNS. */
    static final long SLICE_NANOS = 10_000_000L;

    private VtPreempt() {}

    /** The `go` statement of {@code parent} (the calling goroutine) started a goroutine. */
    static void atGo(Goroutine parent) {
        if ((++parent.spawns & (EVERY - 1)) != 0) return;
        long now = System.nanoTime();
        long since = parent.sliceStart;
        if (since != 0 && now - since < SLICE_NANOS) return;
        parent.sliceStart = now;
        if (since != 0 && Thread.currentThread().isVirtual()) Thread.yield();
    }
}
