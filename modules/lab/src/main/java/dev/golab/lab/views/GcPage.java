/*
 * Go behaviour:    what a study group should see of one GC cycle (mgc.go, mbarrier.go; Go 1.23): the
 *                  heap's colours change step by step, each pointer write runs the barrier, two short
 *                  STW pauses frame a concurrent mark, and the heap grows towards the pacer's goal.
 * Model:           1. run dev.golab.gc.sim.Walkthrough for one seed under the four barriers of the
 *                     selector (none, Dijkstra, Yuasa, hybrid): the same program each time.
 *                  2. map each run to compact JSON (short keys, empty fields left out) and embed it in
 *                     the gc.html template (Page): the page replays it with no server and no network.
 *                  JSON: {seed, gogc, objectBytes, defaultBarrier, roots[{name, slots}], runs[{id, key,
 *                  label, summary, lost, lostStep, freedReachableStep, cycles, steps[{i, a, go, ph, stw,
 *                  c, r, p[[from, slot, to]], sh, al, fr, lo, fx, h, goal, trig, n}]}]}.
 * Invariants:      VIEW-GC1 one run per barrier, all from the same seed and the same step count;
 *                  VIEW-GC2 the page for a seed is byte-identical on every generation (VIEW-P1).
 * Differs from Go: see Walkthrough (one span, atomic steps, no assists).
 * See:             Page, GcPageTest, GcPageBrowserTest, docs/views/gc.html, `./golab gc --html FILE`.
 */
package dev.golab.lab.views;

import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.sim.Walkthrough;
import java.util.ArrayList;
import java.util.List;

public final class GcPage {
    /** The selector's barriers, in order: id, label, barrier. */
    static final List<Choice> CHOICES = List.of(
            new Choice("none", "none (no barrier)", Barrier.NONE),
            new Choice("dijkstra", "Dijkstra (Go 1.5–1.7, STW rescan)", Barrier.DIJKSTRA),
            new Choice("yuasa", "Yuasa (stack snapshot)", Barrier.YUASA),
            new Choice("hybrid", "hybrid (Go 1.8+)", Barrier.HYBRID));

    record Choice(String id, String label, Barrier barrier) {}

    public record Data(long seed, int gogc, long objectBytes, String defaultBarrier, List<RootJson> roots, List<RunJson> runs) {}

    public record RootJson(String name, List<String> slots) {}

    public record RunJson(String id, String key, String label, String summary, List<Integer> lost, int lostStep,
                          int freedReachableStep, int cycles, List<StepJson> steps) {}

    public record StepJson(int i, String a, String go, String ph, boolean stw, String c, String r, List<List<Object>> p,
                           List<Integer> sh, List<Integer> al, List<Integer> fr, List<Integer> lo, List<Integer> fx,
                           long h, long goal, long trig, String n) {}

    private GcPage() {}

    public static Data data(long seed) {
        List<RunJson> runs = new ArrayList<>();
        List<RootJson> roots = null;
        for (Choice c : CHOICES) {
            Walkthrough.Result r = Walkthrough.run(Walkthrough.Config.of(seed, c.barrier()));
            if (roots == null) roots = roots(r);
            List<StepJson> steps = new ArrayList<>();
            for (Walkthrough.Step s : r.steps()) steps.add(step(s));
            runs.add(new RunJson(c.id(), c.barrier().key(), c.label(), summary(r), r.lost(), r.lostStep(),
                    r.freedReachableStep(), r.cycles(), steps));
        }
        return new Data(seed, Walkthrough.Config.of(seed, Barrier.HYBRID).gogc(), Walkthrough.OBJECT_BYTES, "hybrid", roots, runs);
    }

    public static String html(long seed) { return Page.render("gc.html", data(seed)); }

    private static List<RootJson> roots(Walkthrough.Result r) {
        List<RootJson> out = new ArrayList<>();
        for (String name : r.roots()) {
            List<String> slots = name.equals("globals") ? List.of("a", "b") : List.of(name + ".x", name + ".y");
            out.add(new RootJson(name, slots));
        }
        return out;
    }

    private static StepJson step(Walkthrough.Step s) {
        List<List<Object>> p = new ArrayList<>();
        for (Walkthrough.Pointer x : s.pointers()) p.add(List.of(x.from(), x.slot(), x.to()));
        return new StepJson(s.index(), s.actor(), s.go(), s.phase().name(), s.stw(), s.colours(), s.roots(), p,
                s.shaded(), s.allocated(), s.freed(), s.lost(), s.freedReachable(), s.heapInUse(), s.goal(), s.trigger(), s.note());
    }

    private static String summary(Walkthrough.Result r) {
        if (r.lost().isEmpty()) return r.cycles() + " cycles; nothing reachable was freed.";
        return r.cycles() + " cycles; LOST o" + r.lost().get(0) + " at step " + r.lostStep() + " (mark termination left it white)"
                + (r.freedReachableStep() >= 0 ? ", freed while reachable at step " + r.freedReachableStep() : "") + ".";
    }
}
