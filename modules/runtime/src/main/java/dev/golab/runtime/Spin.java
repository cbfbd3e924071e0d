package dev.golab.runtime;

/*
 * Go behaviour:    Go avoids paying an OS-thread wake for a hand-off: the waker puts the readied G in
 *                  runnext of its own P, and idle Ms spin looking for work before they sleep
 *                  (proc.go: spinning Ms, wakep). A switch costs ~100–200 ns.
 * Model:           on virtual threads a park costs a continuation freeze, and a wake an executor
 *                  submit plus often a carrier wake-up (microseconds). So a waiter that will soon be
 *                  readied by a peer running on another carrier spins for a bounded time first,
 *                  checking its state, and parks only when the budget is spent. The budget is
 *                  `golab.park.spinNanos` (default 2000 ns, about one measured park+unpark pair on the
 *                  2-vCPU box; 0 disables), and spinning is off when the caller's scheduler has only
 *                  one carrier (Carriers.now(): the JDK pool's parallelism, or a GoScheduler's Ps):
 *                  the peer could not run while we spin.
 * Invariants:      RT-I4 a spin never exceeds its budget; RT-I5 no spinning with a single carrier.
 * Differs from Go: the waiter spins, not an idle M; a spinning waiter holds its carrier.
 * See:             ParkAnswersTest (spinning is named as a difference there), ChanPingPongBenchmark.
 */
final class Spin {
    static final long BUDGET_NANOS = budget();

    private Spin() {}

    /** Spins until g is readied or the budget is spent; true if readied. */
    static boolean until(Goroutine g) {
        if (BUDGET_NANOS <= 0 || Carriers.now() < 2) return false;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        do {
            for (int i = 0; i < 16; i++) {
                if (Park.isReadied(g)) return true;
                Thread.onSpinWait();
            }
        } while (System.nanoTime() < deadline);
        return Park.isReadied(g);
    }

    private static long budget() {
        return Long.getLong("golab.park.spinNanos", 2000);
    }
}
