/*
 * Go behaviour:    runtime.MemStats.PauseNs is a circular buffer of the last 256 GC pause times; the
 *                  most recent is PauseNs[(NumGC+255)%256] (mgc.go: pause_ns[numgc%len] = pauseNS,
 *                  then numgc++). PauseTotalNs is cumulative.
 * Model:           recordCycle(ns) does exactly that.
 * Invariants:      GC-M1 lastPause() == PauseNs[(NumGC+255)%256]; GC-M2 entries older than 256 cycles are
 *                  overwritten.
 * Differs from Go: only the pause fields of MemStats.
 * See:             PacerAnswersTest (PERF-05.05).
 */
package dev.golab.gc;

public final class MemStats {
    private final long[] pauseNs = new long[256];
    private int numGC;
    private long pauseTotalNs;

    public void recordCycle(long ns) {
        pauseNs[numGC % pauseNs.length] = ns;
        numGC++;
        pauseTotalNs += ns;
    }

    public long[] pauseNs() { return pauseNs.clone(); }

    public int numGC() { return numGC; }

    public long pauseTotalNs() { return pauseTotalNs; }

    /** PauseNs[(NumGC+255)%256]. */
    public long lastPause() { return pauseNs[(numGC + 255) % 256]; }
}
