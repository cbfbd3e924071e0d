/*
 * Go behaviour:    while gcphase is _GCmark or _GCmarktermination every heap/global pointer write
 *                  `*slot = ptr` runs a write barrier first (mbarrier.go, Go 1.23: the hybrid
 *                  Yuasa-deletion + Dijkstra-insertion barrier since Go 1.8). Stack writes have none.
 * Model:           1. write(gc, old, ptr, current) runs before the store, with old = *slot.
 *                  2. stackPolicy() says what the barrier needs from stack scanning to be correct:
 *                     re-scan at mark termination (Dijkstra, Go <= 1.7), a snapshot of every stack
 *                     at mark start (Yuasa), or nothing (hybrid: a scanned stack stays black).
 *                  3. The four API constants; other variants are built from the classes.
 * Invariants:      GC-B1 a barrier shades, never un-shades; GC-B2 key() is the registry key "gc.<Name>".
 * Differs from Go: the real runtime buffers (old, ptr) in a per-P wbBuf and shades both on flush,
 *                  i.e. the unconditional hybrid (HybridBarrier.asImplemented()); HYBRID here is the
 *                  conditional pseudo-code of mbarrier.go.
 * See:             BarrierScenariosTest, BarrierPropertiesTest.
 */
package dev.golab.gc.barrier;


public interface Barrier {
    /** What marking must do with stacks for this barrier to be safe. */
    enum StackPolicy { NONE, RESCAN_AT_TERMINATION, SNAPSHOT_AT_START }

    /** A goroutine stack as a barrier sees it: grey until the collector has scanned it this cycle. */
    interface Stack {
        boolean grey();
    }

    /** The collector's shade(p): white -> grey, nil and non-white ignored. */
    @FunctionalInterface
    interface Shader {
        void shade(int id);
    }

    /** Runs for {@code *slot = ptr}; {@code old} is the slot's current value; {@code current} the writing goroutine's stack (null: none). */
    void write(Shader gc, int old, int ptr, Stack current);

    StackPolicy stackPolicy();

    /**
     * A copy of {@code ptr} straight from one stack to another (a channel send to a parked receiver,
     * or the arguments of a {@code go} statement): no heap slot is written, so no heap barrier runs.
     */
    default void crossStack(Shader gc, int ptr, Stack from, Stack to) {}

    /** Registry key printed by CLI, benchmarks and reports, e.g. "gc.Hybrid". */
    String key();

    Barrier NONE = new NoBarrier();
    Barrier DIJKSTRA = new DijkstraBarrier(true);
    Barrier YUASA = new YuasaBarrier(true);
    Barrier HYBRID = new HybridBarrier(false);

    /** The registry: NONE, DIJKSTRA, YUASA, HYBRID plus the comparison variants. */
    static Barrier byKey(String key) {
        return switch (key.toLowerCase().replace("gc.", "")) {
            case "none", "nobarrier" -> NONE;
            case "dijkstra" -> DIJKSTRA;
            case "dijkstranorescan" -> DijkstraBarrier.withoutRescan();
            case "yuasa" -> YUASA;
            case "yuasaconcurrent" -> YuasaBarrier.withoutSnapshot();
            case "hybrid" -> HYBRID;
            case "hybridunconditional" -> HybridBarrier.asImplemented();
            default -> throw new IllegalArgumentException("unknown barrier " + key
                    + " (none, dijkstra, dijkstraNoRescan, yuasa, yuasaConcurrent, hybrid, hybridUnconditional)");
        };
    }

    static Barrier[] all() {
        return new Barrier[] {NONE, DIJKSTRA, DijkstraBarrier.withoutRescan(), YUASA, YuasaBarrier.withoutSnapshot(),
            HYBRID, HybridBarrier.asImplemented()};
    }
}
