/*
 * Go behaviour:    Yuasa's deletion (snapshot-at-the-beginning) barrier: shade(*slot); *slot = ptr.
 *                  Keeps the weak invariant, but only if every stack is black before any heap object
 *                  is scanned (GC.md 3.2): an STW snapshot of all stacks at mark start. Go never
 *                  shipped it alone; it is half of the hybrid barrier.
 * Model:           1. write: shade(old).
 *                  2. stackPolicy SNAPSHOT_AT_START (all stacks scanned during mark setup, STW);
 *                     withoutSnapshot() scans stacks concurrently and loses scenario 3.
 * Invariants:      GC-Y1 an object reachable at mark start cannot be hidden (it is shaded on deletion).
 * Differs from Go: n/a (not a Go barrier).
 * See:             BarrierScenariosTest.
 */
package dev.golab.gc.barrier;

public final class YuasaBarrier implements Barrier {
    private final boolean snapshot;

    YuasaBarrier(boolean snapshot) { this.snapshot = snapshot; }

    /** Yuasa with stacks scanned concurrently, no snapshot: unsafe (scenario 3). */
    public static YuasaBarrier withoutSnapshot() { return new YuasaBarrier(false); }

    @Override
    public void write(Shader gc, int old, int ptr, Stack current) { gc.shade(old); }

    @Override
    public StackPolicy stackPolicy() { return snapshot ? StackPolicy.SNAPSHOT_AT_START : StackPolicy.NONE; }

    @Override
    public String key() { return snapshot ? "gc.Yuasa" : "gc.YuasaConcurrent"; }

    @Override
    public String toString() { return key(); }
}
