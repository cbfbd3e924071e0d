package dev.golab.bench.common;

/*
 * Go behaviour:    benchmarks/go's `spin(n)`, the stand-in for a task's or a backend call's own work in
 *                  the ErrGroup and SingleFlightHerd twins: n rounds of x += i ^ (x >> 3).
 * Model:           the same loop, so that both sides of a row do the same work. JMH's
 *                  Blackhole.consumeCPU(n) is not that: on this project's box consumeCPU(200) took
 *                  about 340 ns and consumeCPU(20000) about 37 µs, where Go's spin(200) took 180 ns and
 *                  spin(20000) 20 µs (2026-12-07). So the JVM rows carried twice Go's work.
 * Invariants:      the result depends on every round (a loop-carried dependency), so neither compiler
 *                  can drop or vectorise the loop; callers must use the result.
 * See:             ErrGroupBenchmark, SingleFlightBenchmark.
 */
public final class GoWork {
    private GoWork() {}

    /** Go's spin(n), with Go's 64-bit int: returns a value that depends on all n rounds. */
    public static long spin(int n) {
        long x = 0;
        for (int i = 0; i < n; i++) x += i ^ (x >> 3);
        return x;
    }
}
