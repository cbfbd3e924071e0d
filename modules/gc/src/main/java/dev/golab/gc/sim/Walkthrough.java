/*
 * Go behaviour:    one program's heap through several GC cycles, as mgc.go runs them (Go 1.23): the
 *                  pacer starts a cycle when the heap reaches the trigger; sweep termination and mark
 *                  setup stop the world; mark runs concurrently, interleaved with the mutator's pointer
 *                  writes (each barriered); mark termination stops the world again; sweep is concurrent.
 * Model:           a heap small enough to draw, recorded one atomic step at a time for the browser view:
 *                  1. setup: a few 256 KiB objects with two pointer fields, globals a, b, goroutines
 *                     G1, G2 with locals x, y, random edges (all from the seed).
 *                  2. each step is one Go statement of G1 or G2 (x = y.f0, x.f1 = y, a = x, x = new(T),
 *                     ...) or one unit of GC work (scan one root or grey object, sweep the span), or
 *                     an STW transition; during mark the seed picks mutator or GC for each step.
 *                  3. the trigger and goal come from Pacer (commit at every mark termination).
 *                  4. after each step the heap is diffed against the last: colours, changed pointers,
 *                     objects allocated and freed; a write's colour changes are its barrier's shading.
 *                  The statement sequence depends only on the seed, so the four barriers replay the
 *                  same program; they diverge only where a barrier changes what is marked.
 * Invariants:      GC-WT1 same Config -> same steps (GC-SI1 for the view); GC-WT2 lost ids are reported
 *                  at the mark termination that leaves them white, and freedReachable at the step that
 *                  frees them; GC-WT3 with a correct barrier both stay empty.
 * Differs from Go: one step is atomic; one span; no assists (the mutator never waits); goroutine stacks
 *                  cost 0 bytes so the goal reads as live heap x (1 + GOGC/100), min 4 MiB.
 * See:             WalkthroughTest, dev.golab.lab.views.GcPage (the HTML page it feeds), races.Interleaving.
 */
package dev.golab.gc.sim;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.Phase;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.pacer.Pacer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

public final class Walkthrough {
    public static final long OBJECT_BYTES = 256 * Pacer.KiB;
    /** The seed of `golab gc --html` and docs/views/gc.html: the first whose NoBarrier run frees a reachable object (WalkthroughTest). */
    public static final long DEFAULT_SEED = 19;
    static final String[] LOCALS = {"x", "y"}, GLOBALS = {"a", "b"};

    public record Config(long seed, Barrier barrier, int gogc, int steps, int initialObjects) {
        public static Config of(long seed, Barrier barrier) { return new Config(seed, barrier, 100, 240, 8); }
    }

    /** A pointer that changed in a step: {@code from} is an object ("o3") or a root slot ("a", "G1.x"); to = -1 is nil. */
    public record Pointer(String from, int slot, int to) {}

    /**
     * One step. {@code colours} has one char per object id: W, G, B, or '.' when the id is free;
     * {@code roots} one char per root (globals, G1, G2): G until scanned in this cycle, then B.
     */
    public record Step(int index, String actor, String go, Phase phase, boolean stw, String colours, String roots,
                       List<Pointer> pointers, List<Integer> shaded, List<Integer> allocated, List<Integer> freed,
                       List<Integer> lost, List<Integer> freedReachable, long heapInUse, long goal, long trigger,
                       String note) {}

    /** The heap is the one the run ended with (for checks); lostStep/freedReachableStep are -1 when none. */
    public record Result(Config config, List<String> roots, List<Step> steps, List<Integer> lost, int lostStep,
                         int freedReachableStep, int cycles, Heap heap) {}

    private final Config cfg;
    private final SplittableRandom rng;
    private final Heap heap = new Heap();
    private final Collector gc;
    private final Pacer pacer;
    private final Root[] gs;
    private final StepDiff diff;
    private final List<Step> steps = new ArrayList<>();
    private final List<Integer> lostAll = new ArrayList<>();
    private int lostStep = -1, freedReachableStep = -1;
    private long heapLive;   // Go's heapLive: bytes marked by the last cycle + bytes allocated since

    private Walkthrough(Config cfg) {
        this.cfg = cfg;
        this.rng = new SplittableRandom(cfg.seed());
        this.gc = new Collector(heap, cfg.barrier()).oracle(true);
        this.pacer = new Pacer(cfg.gogc(), Pacer.NO_LIMIT);
        this.gs = new Root[] {heap.newStack("G1", 0), heap.newStack("G2", 0)};
        for (Root g : gs) for (String l : LOCALS) g.slot(l);
        for (String gl : GLOBALS) heap.globals().slot(gl);
        this.diff = new StepDiff(heap);
        pacer.commit(0, 0, 8L * GLOBALS.length, 0, 0);
    }

    public static Result run(Config cfg) {
        Walkthrough w = new Walkthrough(cfg);
        w.setup();
        while (w.steps.size() < cfg.steps()) w.next();
        return new Result(cfg, List.of("globals", "G1", "G2"), List.copyOf(w.steps), List.copyOf(w.lostAll),
                w.lostStep, w.freedReachableStep, w.gc.cycles(), w.heap);
    }

    private void setup() {
        int n = cfg.initialObjects();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = gc.allocate(null, -1, OBJECT_BYTES, 2);
        heapLive = heap.inUseBytes();
        for (int o = 0; o < n; o++) for (int f = 0; f < 2; f++) if (rng.nextInt(3) == 0) gc.write(null, ids[o], f, ids[rng.nextInt(n)]);
        for (int gl = 0; gl < GLOBALS.length; gl++) gc.writeGlobal(null, gl, ids[rng.nextInt(n)]);
        for (Root g : gs) for (int l = 0; l < LOCALS.length; l++) gc.setLocal(g, l, ids[rng.nextInt(n)]);
        record("setup", "setup: " + n + " objects of 256 KiB, globals a b, goroutines G1 G2 (locals x y)", false, "");
    }

    private void next() {
        Phase ph = gc.phase();
        if ((ph == Phase.OFF || ph == Phase.SWEEP) && heapLive >= pacer.trigger()) {
            BitSet reach = heap.reachable();
            gc.startCycle();                                  // finishes any sweep first, as Go's sweep termination does
            record("STW", "GC: sweep termination + mark setup (barrier on)", true,
                    "heapLive " + mib(heapLive) + " reached the trigger " + mib(pacer.trigger()), List.of(), reach);
        } else if (ph == Phase.MARK && gc.markDone()) {
            terminate();
        } else if (ph == Phase.MARK && rng.nextInt(3) == 0) {
            gc.markStep(1);
            record("GC", "GC: mark one unit (a root or a grey object)", false, "");
        } else if (ph == Phase.SWEEP && rng.nextInt(4) == 0) {
            BitSet reach = heap.reachable();
            gc.sweepStep(1);
            record("GC", "GC: sweep the span", false, reach);
        } else {
            mutator();
        }
    }

    private void terminate() {
        int before = gc.lost().size();
        gc.terminateMark();
        List<Integer> lost = gc.lost().subList(before, gc.lost().size());
        pacer.commit(gc.markedBytesThisCycle(), 0, 8L * GLOBALS.length, 0, Math.max(gc.scanWorkThisCycle(), 1));
        heapLive = gc.markedBytesThisCycle();
        String note = "marked " + mib(gc.markedBytesThisCycle()) + "; next goal " + mib(pacer.goal())
                + ", trigger " + mib(pacer.trigger());
        if (!lost.isEmpty()) {
            if (lostStep < 0) lostStep = steps.size();
            lostAll.addAll(lost);
            note = "LOST: " + names(lost) + " reachable but still white: the sweep will free " + (lost.size() == 1 ? "it" : "them")
                    + " while in use. " + note;
        }
        record("STW", "GC: mark termination (barrier off)", true, note, List.copyOf(lost), null);
    }

    private void mutator() {
        Root g = gs[rng.nextInt(2)];
        String who = g.name();
        int d = rng.nextInt(2), s = rng.nextInt(2), f = rng.nextInt(2);
        String x = LOCALS[d], y = LOCALS[s];
        BitSet reach = gc.phase() == Phase.SWEEP ? heap.reachable() : null;
        String go;
        switch (rng.nextInt(14)) {
            case 0, 1, 2 -> { go = x + " = " + y + ".f" + f; if (g.get(s) >= 0) gc.load(g, d, g.get(s), f); }
            case 3, 4, 5 -> {
                boolean nil = rng.nextInt(3) == 0;
                go = x + ".f" + f + " = " + (nil ? "nil" : y);
                if (g.get(d) >= 0) gc.write(g, g.get(d), f, nil ? Heap.NIL : g.get(s));
            }
            case 6 -> { go = x + " = " + y; gc.setLocal(g, d, g.get(s)); }
            case 7 -> { go = x + " = nil"; gc.setLocal(g, d, Heap.NIL); }
            case 8 -> { go = x + " = " + GLOBALS[s]; gc.setLocal(g, d, heap.globals().get(s)); }
            case 9 -> { go = GLOBALS[d] + " = " + y; gc.writeGlobal(g, d, g.get(s)); }
            default -> { go = x + " = new(T)"; heapLive += heap.size(gc.allocate(g, d, OBJECT_BYTES, 2)); }
        }
        record(who, who + ": " + go, false, reach);
    }

    private void record(String actor, String go, boolean stw, String note) { record(actor, go, stw, note, List.of(), null); }

    private void record(String actor, String go, boolean stw, BitSet reachBefore) { record(actor, go, stw, "", List.of(), reachBefore); }

    private void record(String actor, String go, boolean stw, String note, List<Integer> lost, BitSet reachBefore) {
        StepDiff.Delta dd = diff.take(gs);
        List<Integer> freedReachable = new ArrayList<>();
        if (reachBefore != null) for (int id : dd.freed()) if (reachBefore.get(id)) freedReachable.add(id);
        if (!freedReachable.isEmpty()) {
            if (freedReachableStep < 0) freedReachableStep = steps.size();
            note = "FREED WHILE REACHABLE: " + names(freedReachable) + " - the program still points at "
                    + (freedReachable.size() == 1 ? "it" : "them") + " (a use-after-free in Go)";
        } else if (actor.startsWith("G") && gc.phase().writeBarrier() && note.isEmpty() && go.contains("=")
                && !dd.pointers().isEmpty() && !dd.pointers().get(0).from().contains(".")) {
            note = barrierNote(dd.shaded());
        }
        Phase shown = stw ? (go.contains("sweep termination") ? Phase.SWEEP_TERMINATION : Phase.MARK_TERMINATION) : gc.phase();
        steps.add(new Step(steps.size(), actor, go, shown, stw, dd.colours(), dd.roots(), dd.pointers(),
                actor.startsWith("G") ? dd.shaded() : List.of(), dd.allocated(), dd.freed(), lost, freedReachable,
                heap.inUseBytes(), pacer.goal(), pacer.trigger(), note));
    }

    private String barrierNote(List<Integer> shaded) {
        String key = cfg.barrier().key().substring(3);
        if (shaded.isEmpty()) return cfg.barrier() == Barrier.NONE ? "no barrier: the store is unprotected"
                : key + " barrier: nothing white to shade";
        return key + " barrier shaded " + names(shaded);
    }

    static String names(List<Integer> ids) {
        StringBuilder b = new StringBuilder();
        for (int id : ids) b.append(b.isEmpty() ? "" : ", ").append('o').append(id);
        return b.toString();
    }

    private static String mib(long bytes) {
        return String.format("%.2f MiB", bytes / (double) Pacer.MiB);
    }
}
