package dev.golab.sched.sim;

/**
 * Simulator knobs. Defaults are Go 1.23's (async preemption on since Go 1.14); wakeLatency is the
 * cost of waking a parked M (a futex wake), gcPeriod how often a GC shrinks stacks.
 */
public record SimConfig(int procs, long seed, boolean asyncPreemption, long wakeLatencyNs, long gcPeriodNs) {
    public SimConfig {
        if (procs < 1) throw new IllegalArgumentException("procs must be >= 1");
    }

    public static SimConfig of(int procs, long seed) {
        return new SimConfig(procs, seed, true, 5_000, 2_000_000);
    }

    /** Go before 1.14: only cooperative preemption at function calls. */
    public SimConfig withoutAsyncPreemption() {
        return new SimConfig(procs, seed, false, wakeLatencyNs, gcPeriodNs);
    }
}
