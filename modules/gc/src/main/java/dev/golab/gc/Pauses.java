/*
 * Go behaviour:    each cycle has two STW pauses (sweep termination + mark setup, mark termination),
 *                  "usually under 100 microseconds and often as low as 10" since Go 1.8 removed stack
 *                  re-scanning; Go 1.5-1.7 re-scanned every stack at mark termination (10s-100s ms).
 * Model:           1. A pause costs STW_BASE_NS plus any stack bytes scanned inside it at SCAN_RATE
 *                     (Yuasa's snapshot, Dijkstra's rescan); heap size never enters the formula.
 *                  2. Each cycle's total is also written to MemStats' PauseNs ring.
 * Invariants:      GC-PA1 with the hybrid barrier a pause is STW_BASE_NS whatever the heap size.
 * Differs from Go: simulated time, not measured; no per-P safe-point latency.
 * See:             TricolourAnswersTest.stwPausesDoNotGrowWithTheHeap, MemStats.
 */
package dev.golab.gc;

import java.util.ArrayList;
import java.util.List;

public final class Pauses {
    /** Fixed cost of one stop-the-world transition in the model (Go 1.8+: ~10-100 us). */
    public static final long STW_BASE_NS = 20_000;
    /** Bytes scanned per CPU-second (the gc-guide's graphs use 1024 MiB/s). */
    public static final long SCAN_RATE = 1L << 30;

    public record Pause(String phase, long ns) {}

    private final List<Pause> all = new ArrayList<>();
    private final MemStats memStats = new MemStats();
    private long cycleNs;

    void record(String phase, long ns) {
        all.add(new Pause(phase, ns));
        cycleNs += ns;
        if (phase.equals("mark termination")) {
            memStats.recordCycle(cycleNs);
            cycleNs = 0;
        }
    }

    public List<Pause> all() { return List.copyOf(all); }

    public long maxNs() { return all.stream().mapToLong(Pause::ns).max().orElse(0); }

    public long totalNs() { return all.stream().mapToLong(Pause::ns).sum(); }

    public MemStats memStats() { return memStats; }
}
