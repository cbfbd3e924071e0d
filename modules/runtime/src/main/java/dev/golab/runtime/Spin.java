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
 *                  A waiter also stops spinning when the peer it just woke has not started running
 *                  within `golab.park.graceNanos` (default 300): an unpark from a virtual thread queues
 *                  the woken thread on this very carrier, so spinning would only delay the peer it
 *                  waits for. (LinkedTransferQueue skips its spin for the same reason when the carrier
 *                  has queued work.) Without this, a ping-pong settles with both goroutines on one
 *                  carrier, each spinning out its budget in front of the other. Where the scheduler
 *                  keeps the woken goroutine on this carrier until we park (Carriers.readiedRunHere:
 *                  GoScheduler's runnext), the grace is 0: the waiter parks at once.
 *                  Only hand-off waits spin (WaitReason.spins: channels, select, the sync locks and
 *                  semacquire). A WaitGroup or Cond waiter, a sleeper and a wait that never ends park at
 *                  once, as in Go: a herd of 100 singleflight callers, each spinning out its budget in
 *                  WaitGroup.Wait in front of the next caller on its carrier, took 2.8x as long
 *                  (SingleFlightBenchmark, 2026-12-07).
 *                  A waiter that is still spinning (Park's WAITING) is readied without an unpark.
 *                  A waiter may spin on a word of its own instead of its state word (Park.parkOnOwnWord):
 *                  hchan's sudog, which its waker writes anyway. That spares the caught hand-off the
 *                  Goroutine's line: a VT ping-pong round trip went from about 870 to 720 ns.
 *                  What a caught spin costs is the machine's: the hand-off moves 3–5 cache lines (the
 *                  channel lock, the sudog, the state words) between two cores: a ping-pong round
 *                  trip is about three bare line round trips (CacheLineBenchmark). On this project's
 *                  box that was 1.3–1.45 µs while a line round trip cost ~0.43 µs, and 0.3 µs in other
 *                  hours (the host places the vCPUs). Go's hand-off stays on one core (runnext).
 * Invariants:      RT-I4 a spin never exceeds its budget; RT-I5 no spinning with a single carrier;
 *                  RT-I15 no spinning past the grace while the goroutine this thread woke is queued.
 * Differs from Go: the waiter spins, not an idle M; a spinning waiter holds its carrier. Go's woken G
 *                  waits in runnext of the waker's P, which the waker leaves at once when it parks.
 *                  WOKEN holds the last goroutine a virtual thread unparked until that thread's next
 *                  spin (or its end): one reference per virtual thread, never more.
 * See:             ParkAnswersTest (spinning is named as a difference there), ChanPingPongBenchmark.
 */
final class Spin {
    static final long BUDGET_NANOS = Long.getLong("golab.park.spinNanos", 2000);
    static final long GRACE_NANOS = Long.getLong("golab.park.graceNanos", 300);
    private static final ThreadLocal<Goroutine> WOKEN = new ThreadLocal<>();

    private Spin() {}

    /** Spins until g is readied or the budget for its wait reason is spent; true if readied. */
    static boolean until(Goroutine g, WaitReason reason) {
        return until(g, null, reason);
    }

    /**
     * Spin.until with the waiter's own word (Park.parkOnOwnWord: on the line its waker writes anyway,
     * such as a channel's sudog) in place of g's state word; ready null = the state word.
     */
    static boolean until(Goroutine g, SpinWord ready, WaitReason reason) {
        Goroutine woken = takeWoken();
        long budget = budgetFor(reason);
        if (budget <= 0 || Carriers.now() < 2) return false;
        long grace = woken != null && Carriers.readiedRunHere() ? 0 : GRACE_NANOS;
        return spin(g, ready, woken, budget, grace);
    }

    /** The spin budget of a wait: BUDGET_NANOS for a hand-off (WaitReason.spins), else 0 (park at once). */
    static long budgetFor(WaitReason reason) {
        return reason.spins() ? BUDGET_NANOS : 0;
    }

    /** The spin itself on g's state word: woken (may be null) is the goroutine this thread last unparked. */
    static boolean spin(Goroutine g, Goroutine woken, long budgetNanos, long graceNanos) {
        return spin(g, null, woken, budgetNanos, graceNanos);
    }

    private static boolean spin(Goroutine g, SpinWord ready, Goroutine woken, long budgetNanos,
                                long graceNanos) {
        if (woken != null && graceNanos == 0 && Park.isReadied(woken)) return false;   // RT-I15 at once
        long start = System.nanoTime(), deadline = start + budgetNanos;
        long now;
        do {
            for (int i = 0; i < 16; i++) {
                if (readied(g, ready)) return true;
                Thread.onSpinWait();
            }
            now = System.nanoTime();
            if (woken != null) {
                if (!Park.isReadied(woken)) woken = null;         // it runs (on another carrier): spin on
                else if (now - start >= graceNanos) return false; // RT-I15: it waits for this carrier
            }
        } while (now - deadline < 0);
        return readied(g, ready);
    }

    private static boolean readied(Goroutine g, SpinWord ready) {
        return ready != null ? ready.completed() : Park.isReadied(g);
    }

    /** The goroutine this virtual thread unparked since its last spin, or null; forgets it. */
    static Goroutine takeWoken() {
        if (!Thread.currentThread().isVirtual()) return null;
        Goroutine woken = WOKEN.get();
        if (woken != null) WOKEN.remove();
        return woken;
    }

    /** Park.ready unparked g from this thread: a virtual thread's carrier now has g queued. */
    static void woke(Goroutine g) {
        if (Thread.currentThread().isVirtual()) WOKEN.set(g);
    }
}
