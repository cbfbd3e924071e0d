/*
 * Go behaviour:    during concurrent mark, goroutines keep loading and storing pointers while the
 *                  collector drains grey objects; a correct barrier means no interleaving can make
 *                  the sweep free an object the program can still reach (RT-01.03).
 * Model:           1. A Program is a random heap (objects with two pointer fields, globals a, b, two
 *                     goroutines G1, G2 with locals x, y) plus a sequence of steps, each one Go
 *                     statement run by one goroutine or one collector step:
 *                       G1: x = y.f0   G1: x.f1 = y   G1: x = nil   G2: a = x   G2: y = a
 *                       G1: x = new(T) GC: scan 2
 *                     Mutators only use pointers they hold (locals, globals, fields of those), as
 *                     real code must; a step through a nil local does nothing.
 *                  2. run(barrier): build the heap, start a cycle, run the steps, terminate mark,
 *                     sweep; the result lists lost objects (reachable but freed).
 *                  3. shrink(): greedy delta debugging over setup edges and steps while the
 *                     program still loses an object; toGo() prints it.
 * Invariants:      GC-IL1 run() is deterministic for a program; GC-IL2 shrink() output still fails.
 * Differs from Go: one statement is atomic (Go's barrier + store are not, but the barrier runs
 *                  first, as in Go, so the same races exist).
 * See:             BarrierPropertiesTest, GcCommand, GcChapter.
 */
package dev.golab.gc.races;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.InvariantViolation;
import dev.golab.gc.Invariants;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;

public final class Interleaving {
    static final String[] LOCALS = {"x", "y"}, GLOBALS = {"a", "b"};

    /** A setup edge (before the cycle starts) or a step. kind: load, store, copy, nil, gload, gstore, new, gc, edge, root. */
    public record Op(String kind, int g, int dst, int src, int field, int n) {
        String go() {
            String gname = "G" + (g + 1) + ": ";
            return switch (kind) {
                case "load" -> gname + LOCALS[dst] + " = " + LOCALS[src] + ".f" + field;
                case "store" -> gname + LOCALS[dst] + ".f" + field + " = " + (src < 0 ? "nil" : LOCALS[src]);
                case "copy" -> gname + LOCALS[dst] + " = " + LOCALS[src];
                case "nil" -> gname + LOCALS[dst] + " = nil";
                case "gload" -> gname + LOCALS[dst] + " = " + GLOBALS[src];
                case "gstore" -> gname + GLOBALS[dst] + " = " + LOCALS[src];
                case "new" -> gname + LOCALS[dst] + " = new(T)";
                case "gc" -> "GC: scan " + n;
                case "edge" -> "o" + dst + ".f" + field + " = o" + src;
                case "root" -> (g < 0 ? GLOBALS[dst] : "G" + (g + 1) + "." + LOCALS[dst]) + " = o" + src;
                default -> throw new IllegalStateException(kind);
            };
        }
    }

    public record Program(int objects, List<Op> setup, List<Op> steps) {
        public String toGo() {
            StringBuilder b = new StringBuilder("// setup (before the cycle starts)\n");
            for (Op o : setup) b.append(o.go()).append('\n');
            b.append("// concurrent mark\n");
            for (Op o : steps) b.append(o.go()).append('\n');
            return b.append("// mark termination, sweep").toString();
        }
    }

    /** lost: reachable but white at mark termination; dangling: reachable after sweep but freed. */
    public record Result(List<String> lost, List<String> dangling, List<String> log) {
        public boolean failed() { return !lost.isEmpty(); }
    }

    public static Program random(long seed, int objects, int nsteps) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Op> setup = new ArrayList<>();
        for (int o = 0; o < objects; o++) {
            for (int f = 0; f < 2; f++) if (r.nextInt(3) > 0) setup.add(new Op("edge", -1, o, r.nextInt(objects), f, 0));
        }
        for (int gl = 0; gl < 2; gl++) setup.add(new Op("root", -1, gl, r.nextInt(objects), 0, 0));
        for (int g = 0; g < 2; g++) for (int l = 0; l < 2; l++) setup.add(new Op("root", g, l, r.nextInt(objects), 0, 0));
        List<Op> steps = new ArrayList<>();
        for (int i = 0; i < nsteps; i++) {
            int g = r.nextInt(2), d = r.nextInt(2), s = r.nextInt(2), f = r.nextInt(2);
            steps.add(switch (r.nextInt(12)) {
                case 0, 1, 2 -> new Op("load", g, d, s, f, 0);
                case 3, 4, 5 -> new Op("store", g, d, r.nextInt(3) == 0 ? -1 : s, f, 0);
                case 6 -> new Op(r.nextBoolean() ? "copy" : "nil", g, d, s, 0, 0);
                case 7 -> new Op(r.nextBoolean() ? "gload" : "gstore", g, d, s, 0, 0);
                case 8 -> new Op("new", g, d, 0, 0, 0);
                default -> new Op("gc", 0, 0, 0, 0, 1 + r.nextInt(2));
            });
        }
        return new Program(objects, setup, steps);
    }

    public static Result run(Program p, Barrier barrier) { return run(p, barrier, null); }

    /** Runs with the invariant checked after every step; returns the violation message or null. */
    public static String runChecked(Program p, Barrier barrier, Invariants.Kind kind) {
        try {
            run(p, barrier, kind);
            return null;
        } catch (InvariantViolation v) {
            return v.getMessage();
        }
    }

    static Result run(Program p, Barrier barrier, Invariants.Kind check) {
        Heap h = new Heap();
        Collector c = new Collector(h, barrier).oracle(true);
        Root[] gs = {h.newStack("G1", 0), h.newStack("G2", 0)};
        for (Root g : gs) for (String l : LOCALS) g.slot(l);
        for (String gl : GLOBALS) h.globals().slot(gl);
        int[] ids = new int[p.objects];
        for (int i = 0; i < p.objects; i++) ids[i] = c.allocate(null, -1, 16, 2);
        for (Op o : p.setup) {
            if (o.kind.equals("edge")) c.write(null, ids[o.dst], o.field, ids[o.src]);
            else if (o.g < 0) c.writeGlobal(null, o.dst, ids[o.src]);
            else c.setLocal(gs[o.g], o.dst, ids[o.src]);
        }
        c.gc();   // a clean cycle first: garbage from setup is gone, so every object is reachable
        List<String> log = new ArrayList<>();
        c.log(log::add);
        c.checkInvariant(check);
        c.startCycle();
        for (Op o : p.steps) {
            Root g = gs[o.g];
            int dst = o.dst, src = o.src;
            switch (o.kind) {
                case "load" -> { if (g.get(src) >= 0) c.load(g, dst, g.get(src), o.field); }
                case "store" -> { if (g.get(dst) >= 0) c.write(g, g.get(dst), o.field, src < 0 ? Heap.NIL : g.get(src)); }
                case "copy" -> c.setLocal(g, dst, g.get(src));
                case "nil" -> c.setLocal(g, dst, Heap.NIL);
                case "gload" -> c.setLocal(g, dst, h.globals().get(src));
                case "gstore" -> c.writeGlobal(g, dst, g.get(src));
                case "new" -> c.allocate(g, dst, 16, 2);
                case "gc" -> c.markStep(16L * o.n);
                default -> throw new IllegalStateException(o.kind);
            }
            log.add("-- after " + o.go());
        }
        c.terminateMark();
        c.sweepStep(Integer.MAX_VALUE);
        List<String> lost = new ArrayList<>(), dangling = new ArrayList<>();
        for (int id : c.lost()) lost.add(h.name(id));
        java.util.BitSet reach = h.reachable();
        for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) if (!h.isAllocated(o)) dangling.add(h.name(o));
        return new Result(lost, dangling, log);
    }

    /** Greedy delta debugging: drop chunks, then single ops, of setup and steps while still failing. */
    public static Program shrink(Program p, Barrier barrier) {
        Predicate<Program> fails = q -> run(q, barrier).failed();
        if (!fails.test(p)) return p;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int part = 0; part < 2; part++) {
                for (int chunk = 8; chunk >= 1; chunk /= 2) {
                    List<Op> list = part == 0 ? p.setup : p.steps;
                    for (int i = 0; i + chunk <= list.size(); ) {
                        List<Op> cut = new ArrayList<>(list.subList(0, i));
                        cut.addAll(list.subList(i + chunk, list.size()));
                        Program q = part == 0 ? new Program(p.objects, cut, p.steps) : new Program(p.objects, p.setup, cut);
                        if (fails.test(q)) { p = q; list = part == 0 ? p.setup : p.steps; progress = true; }
                        else i++;
                    }
                }
            }
        }
        return p;
    }
}
