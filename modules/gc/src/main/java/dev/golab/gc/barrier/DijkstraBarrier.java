/*
 * Go behaviour:    Go 1.5-1.7's coarsened Dijkstra insertion barrier: shade(ptr); *slot = ptr. It keeps
 *                  the strong invariant for the heap, but stacks have no barrier, so a scanned stack
 *                  turns grey again as soon as its goroutine runs; mark termination therefore
 *                  re-scanned every stack with the world stopped (10s-100s of ms with many goroutines).
 * Model:           1. write: shade(ptr).
 *                  2. stackPolicy RESCAN_AT_TERMINATION (Go <= 1.7); withoutRescan() drops it, which
 *                     loses an object in GC.md scenario 2.
 * Invariants:      GC-D1 no heap black -> white edge is created by a barriered write.
 * Differs from Go: the rescan re-scans only stacks written since their scan (dirty), which finds the
 *                  same objects; its simulated pause is charged per rescanned stack slot.
 * See:             BarrierScenariosTest.
 */
package dev.golab.gc.barrier;

public final class DijkstraBarrier implements Barrier {
    private final boolean rescan;

    DijkstraBarrier(boolean rescan) { this.rescan = rescan; }

    /** Dijkstra with stacks scanned once and never re-scanned: unsafe (scenario 2). */
    public static DijkstraBarrier withoutRescan() { return new DijkstraBarrier(false); }

    @Override
    public void write(Shader gc, int old, int ptr, Stack current) { gc.shade(ptr); }

    @Override
    public StackPolicy stackPolicy() { return rescan ? StackPolicy.RESCAN_AT_TERMINATION : StackPolicy.NONE; }

    @Override
    public String key() { return rescan ? "gc.Dijkstra" : "gc.DijkstraNoRescan"; }

    @Override
    public String toString() { return key(); }
}
