/*
 * Go behaviour:    mgclimit.go (Go 1.19+, 1.23 shape): a leaky bucket of capacity GOMAXPROCS x 1 s that
 *                  fills with GC CPU time and drains with mutator CPU time - effectively a 50 % cap on
 *                  GC CPU. It turns on when an update fills it to capacity and off at the next update
 *                  that does not; while on, assists are skipped, so the heap may pass the goal and
 *                  the memory limit (GOMEMLIMIT is soft).
 * Model:           update(window, assist, gcActive, idle): windowTotal = window x P; gcTime = assist
 *                  (+ 0.25 windowTotal while GC runs); windowTotal -= idle; mutator = windowTotal - gcTime;
 *                  fill = clamp(fill + gcTime - mutator, 0, capacity). stw(window) counts it all as GC.
 * Invariants:      GC-L1 0 <= fill <= capacity; GC-L2 limiting() only right after a full bucket.
 * Differs from Go: updates are driven by the caller (Simulation every 10 ms), not by sysmon/Ps.
 * See:             PacerAnswersTest.cpuLimiterEngagesAfterTwoSeconds, Simulation.
 */
package dev.golab.gc.pacer;

public final class CpuLimiter {
    public static final long UPDATE_PERIOD_NS = 10_000_000;
    private final int procs;
    private final long capacity;
    private long fill;
    private boolean enabled;

    public CpuLimiter(int gomaxprocs) {
        this.procs = gomaxprocs;
        this.capacity = gomaxprocs * 1_000_000_000L;
    }

    public void update(long windowNs, long assistNs, boolean gcActive, long idleNs) {
        long total = windowNs * procs;
        long gc = assistNs + (gcActive ? (long) (Pacer.BACKGROUND_UTILIZATION * total) : 0);
        total -= idleNs;
        long mutator = total - gc;
        apply(gc - mutator);
    }

    /** A stop-the-world window: every P's time is GC time. */
    public void stw(long windowNs) { apply(windowNs * procs); }

    private void apply(long change) {
        fill = Math.min(Math.max(fill + change, 0), capacity);
        enabled = fill == capacity;
    }

    public boolean limiting() { return enabled; }

    public long fill() { return fill; }

    public long capacity() { return capacity; }
}
