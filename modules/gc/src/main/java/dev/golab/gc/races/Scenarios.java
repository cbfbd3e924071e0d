/*
 * Go behaviour:    the barrier races of GC.md 3.5 (from mbarrier.go's comments and proposal 17503):
 *                  heap objects A (black), B (grey), C (white) with B.f = C; goroutine stack S.
 *                  1 insertion race, 2 hide in a scanned stack, 3 move from an unscanned stack into a
 *                  black object, 4 allocate during mark onto a black stack, 5 weak-only state.
 * Model:           1. build(): globals a, b point at A and B; S has a local; C hangs off B.
 *                  2. start a cycle, scan the globals job and A: A black, B grey, C white.
 *                  3. S is scanned (black) or not (grey) as the scenario says.
 *                  4. mutator steps, each reported with whether the strong and weak invariants hold;
 *                     then the GC steps; the outcome is whether C (or N) was lost.
 * Invariants:      GC-SC1 the outcome table of GC.md 3.5 for every barrier.
 * Differs from Go: none beyond Collector's.
 * See:             BarrierScenariosTest, GcChapter.
 */
package dev.golab.gc.races;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.Invariants;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import java.util.ArrayList;
import java.util.List;

public enum Scenarios {
    INSERTION_RACE("1 insertion race (heap only)"),
    HIDE_IN_SCANNED_STACK("2 hide in a scanned stack"),
    MOVE_FROM_UNSCANNED_STACK("3 move from an unscanned stack into a black object"),
    ALLOCATE_ONTO_BLACK_STACK("4 allocate during mark, keep on a black stack"),
    WEAK_ONLY_STATE("5 weak-only state");

    public final String title;

    Scenarios(String title) { this.title = title; }

    public record Step(String go, boolean strong, boolean weak) {}

    public record Outcome(Scenarios scenario, String barrier, boolean lost, List<Step> steps, List<String> log,
                          List<Heap.Snapshot> snapshots) {
        public String verdict() { return lost ? "lost" : "safe"; }
    }

    public Outcome run(Barrier barrier) { return run(barrier, true); }

    public Outcome run(Barrier barrier, boolean allocateBlack) {
        Heap h = new Heap();
        Collector c = new Collector(h, barrier).allocateBlack(allocateBlack).oracle(true);
        List<String> log = new ArrayList<>();
        Root s = h.newStack("S", 0);
        int local = s.slot("local");
        int a = c.allocate(null, -1, 16, 1), b = c.allocate(null, -1, 16, 1), cc = c.allocate(null, -1, 16, 1);
        h.name(a, "A"); h.name(b, "B"); h.name(cc, "C");
        int ga = h.globals().slot("a"), gb = h.globals().slot("b");
        c.writeGlobal(null, ga, a);
        c.writeGlobal(null, gb, b);
        c.write(null, b, 0, cc);
        if (this == MOVE_FROM_UNSCANNED_STACK) {
            c.setLocal(s, local, cc);
            c.write(s, b, 0, Heap.NIL);
        }
        c.startCycle();
        if (s.isScanned() && this == MOVE_FROM_UNSCANNED_STACK) log.add("(stack snapshot at mark start greyed C)");
        c.scanRoot(h.globals());
        c.scanObject(a);
        if (this != MOVE_FROM_UNSCANNED_STACK) c.scanRoot(s);
        if (this == WEAK_ONLY_STATE) c.setLocal(s, local, cc);
        c.log(log::add);
        List<Heap.Snapshot> snaps = new ArrayList<>();
        snaps.add(h.snapshot("before"));
        List<Step> steps = new ArrayList<>();
        int target = cc;
        switch (this) {
            case INSERTION_RACE -> {
                step("A.f = C", () -> c.write(s, a, 0, cc), h, steps, snaps, log);
                step("B.f = nil", () -> c.write(s, b, 0, Heap.NIL), h, steps, snaps, log);
                c.scanObject(b);
            }
            case HIDE_IN_SCANNED_STACK -> {
                step("local = B.f", () -> c.load(s, local, b, 0), h, steps, snaps, log);
                step("B.f = nil", () -> c.write(s, b, 0, Heap.NIL), h, steps, snaps, log);
                c.scanObject(b);
            }
            case MOVE_FROM_UNSCANNED_STACK -> {
                step("A.f = local", () -> c.write(s, a, 0, s.get(local)), h, steps, snaps, log);
                step("local = nil", () -> c.setLocal(s, local, Heap.NIL), h, steps, snaps, log);
                c.scanRoot(s);
            }
            case ALLOCATE_ONTO_BLACK_STACK -> {
                int[] n = new int[1];
                step("local = new(N)", () -> { n[0] = c.allocate(s, local, 16, 1); h.name(n[0], "N"); }, h, steps, snaps, log);
                target = n[0];
            }
            case WEAK_ONLY_STATE -> {
                step("A.f = local", () -> c.write(s, a, 0, s.get(local)), h, steps, snaps, log);
                c.scanObject(b);
            }
        }
        c.terminateMark();
        snaps.add(h.snapshot("mark termination"));
        return new Outcome(this, barrier.key() + (allocateBlack ? "" : " (allocate-white)"), c.lost().contains(target),
                List.copyOf(steps), log, snaps);
    }

    /** One mutator statement on S: log it, run it, then record which invariants hold and a picture. */
    private static void step(String go, Runnable op, Heap h, List<Step> steps, List<Heap.Snapshot> snaps, List<String> log) {
        log.add("S: " + go);
        op.run();
        Step st = new Step(go, Invariants.strongHolds(h), Invariants.weakHolds(h));
        steps.add(st);
        snaps.add(h.snapshot(go));
        log.add(String.format("   -> strong invariant %s, weak invariant %s",
                st.strong() ? "holds" : "VIOLATED", st.weak() ? "holds" : "VIOLATED"));
    }
}
