/*
 * Go behaviour:    what runtime/metrics and MemStats report about GC cost: NumGC, pauses, peak heap,
 *                  GC CPU fraction (background workers + assists), assists, objects freed.
 * Model:           an immutable summary of one Simulation run.
 * Invariants:      GC-MT1 0 <= gcCpuFraction <= 1; GC-MT2 cycles == pauses.size() / 2.
 * Differs from Go: peakHeap counts heap bytes in use (incl. not yet swept garbage), not RSS.
 * See:             Simulation, SimulationAnswersTest.
 */
package dev.golab.gc.sim;

import dev.golab.gc.pacer.Pacer;
import java.util.List;

public record Metrics(int cycles, List<Long> pausesNs, long peakHeapBytes, long peakTotalBytes, double gcCpuFraction,
                      long assists, long assistWorkBytes, long objectsFreed, long bytesFreed, long liveBytesAtEnd,
                      int goroutinesAtEnd, double wallSeconds, boolean limiterEngaged) {
    public long maxPauseNs() { return pausesNs.stream().mapToLong(Long::longValue).max().orElse(0); }

    public String summary() {
        return String.format("cycles %d, peak heap %.1f MiB (total %.1f MiB), GC CPU %.1f %%, max pause %d us, assists %d (%.1f MiB of work),"
                        + " freed %d objects (%.1f MiB), live at end %.1f MiB, goroutines %d%s",
                cycles, peakHeapBytes / (double) Pacer.MiB, peakTotalBytes / (double) Pacer.MiB, gcCpuFraction * 100,
                maxPauseNs() / 1000, assists, assistWorkBytes / (double) Pacer.MiB, objectsFreed, bytesFreed / (double) Pacer.MiB,
                liveBytesAtEnd / (double) Pacer.MiB, goroutinesAtEnd, limiterEngaged ? ", CPU limiter engaged" : "");
    }
}
