/*
 * Go behaviour:    the collector is correct if it keeps one of the tri-colour invariants while the
 *                  mutator runs (GC.md 3.1, mbarrier.go):
 *                  strong: no black object points to a white object;
 *                  weak:   every white object pointed to by a black object is grey-protected (reachable
 *                          from some grey object through a chain of white pointers).
 *                  Safety, at mark termination: no object reachable from the roots is white.
 * Model:           1. Black sources are black objects and scanned (black) roots.
 *                  2. Grey sources are grey objects and unscanned roots of live goroutines.
 *                  3. strong(): scan all black sources for a white target; weak(): compute the set
 *                     reachable from grey sources through white objects, then require every
 *                     black -> white target to be in it.
 * Invariants:      GC-I1 strong; GC-I2 weak; GC-I3 strong implies weak (every strong state passes
 *                  weak()); GC-G2 lost() is the safety oracle Collector runs at mark termination.
 * Differs from Go: Go never checks these at runtime; this is the lab's oracle.
 * See:             InvariantViolation, BarrierScenariosTest, BarrierPropertiesTest.
 */
package dev.golab.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

public final class Invariants {
    public enum Kind {
        STRONG("strong"), WEAK("weak");

        final String text;

        Kind(String text) { this.text = text; }
    }

    private Invariants() {}

    /** The first black -> white edge, if any. */
    public static Optional<String> strongViolation(Heap h) {
        return blackToWhite(h, null);
    }

    /** The first black -> white edge whose target is not grey-protected, if any. */
    public static Optional<String> weakViolation(Heap h) {
        BitSet prot = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int o = 0; o < h.highWater; o++) {
            if (h.size[o] > 0 && h.colour[o] == Colour.G) for (int p : h.slots[o]) protect(h, p, prot, work);
        }
        for (Root r : roots(h)) if (!r.scanned) for (int p : r.slots) protect(h, p, prot, work);
        while (!work.isEmpty()) for (int p : h.slots[work.poll()]) protect(h, p, prot, work);
        return blackToWhite(h, prot);
    }

    /** The safety oracle: objects reachable from the roots but white (mark termination would free them live). */
    public static List<Integer> lost(Heap h) {
        List<Integer> out = new ArrayList<>();
        BitSet reach = h.reachable();
        for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) {
            if (h.size[o] > 0 && h.colour[o] == Colour.W) out.add(o);
        }
        return out;
    }

    public static boolean strongHolds(Heap h) { return strongViolation(h).isEmpty(); }

    public static boolean weakHolds(Heap h) { return weakViolation(h).isEmpty(); }

    /** Throws InvariantViolation naming the edge if {@code kind} does not hold. */
    public static void check(Heap h, Kind kind) {
        Optional<String> v = kind == Kind.STRONG ? strongViolation(h) : weakViolation(h);
        if (v.isPresent()) throw new InvariantViolation(kind, v.get());
    }

    private static void protect(Heap h, int p, BitSet prot, ArrayDeque<Integer> work) {
        if (p >= 0 && h.size[p] > 0 && h.colour[p] == Colour.W && !prot.get(p)) {
            prot.set(p);
            work.add(p);
        }
    }

    private static Iterable<Root> roots(Heap h) {
        List<Root> rs = new ArrayList<>();
        rs.add(h.globals);
        for (Root r : h.stacks) if (r.isRoot()) rs.add(r);
        return rs;
    }

    private static Optional<String> blackToWhite(Heap h, BitSet protectedSet) {
        for (int o = 0; o < h.highWater; o++) {
            if (h.size[o] == 0 || h.colour[o] != Colour.B) continue;
            int[] s = h.slots[o];
            for (int i = 0; i < s.length; i++) {
                if (isBadTarget(h, s[i], protectedSet)) {
                    return Optional.of("black " + h.field(o, i) + " -> white " + h.name(s[i]));
                }
            }
        }
        for (Root r : roots(h)) {
            if (!r.scanned) continue;
            for (int i = 0; i < r.slots.length; i++) {
                if (isBadTarget(h, r.slots[i], protectedSet)) {
                    String src = r.kind == Root.Kind.GLOBALS ? "global " : "stack ";
                    return Optional.of("black " + src + r.describe(i) + " -> white " + h.name(r.slots[i]));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isBadTarget(Heap h, int p, BitSet protectedSet) {
        return p >= 0 && h.size[p] > 0 && h.colour[p] == Colour.W && (protectedSet == null || !protectedSet.get(p));
    }
}
