/*
 * Go behaviour:    none; what a reader would see change between two moments of the heap.
 * Model:           1. keep the last seen colour, allocation bit and pointer slots of every object id,
 *                     and the pointer slots and scanned bit of every root;
 *                  2. take(): compare with the heap now, return the delta (pointers that changed,
 *                     ids allocated, freed, and shaded - white before, grey or black now, not new),
 *                     plus the full colour and root strings; then remember the heap as it is.
 * Invariants:      GC-SD1 replaying every delta from an empty heap rebuilds the pointer graph of the
 *                  last step (WalkthroughTest checks it against Heap.snapshot).
 * Differs from Go: a lab recorder; the heap is small (tens of ids), so a full compare per step is cheap.
 * See:             Walkthrough.
 */
package dev.golab.gc.sim;

import dev.golab.gc.Colour;
import dev.golab.gc.Heap;
import dev.golab.gc.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class StepDiff {
    record Delta(String colours, String roots, List<Walkthrough.Pointer> pointers, List<Integer> shaded,
                 List<Integer> allocated, List<Integer> freed) {}

    private final Heap heap;
    private char[] colours = new char[0];
    private final Map<String, int[]> slots = new HashMap<>();

    StepDiff(Heap heap) { this.heap = heap; }

    Delta take(Root[] goroutines) {
        int n = heap.highWater();
        char[] now = new char[n];
        List<Walkthrough.Pointer> ptrs = new ArrayList<>();
        List<Integer> shaded = new ArrayList<>(), allocated = new ArrayList<>(), freed = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            char was = id < colours.length ? colours[id] : '.';
            boolean live = heap.isAllocated(id);
            now[id] = live ? letter(heap.colour(id)) : '.';
            int[] cur = new int[live ? heap.slotCount(id) : 0];
            for (int i = 0; i < cur.length; i++) cur[i] = heap.get(id, i);
            if (was == '.' && live) allocated.add(id);
            else if (was != '.' && !live) freed.add(id);
            else if (was == 'W' && now[id] != 'W') shaded.add(id);
            compare("o" + id, cur, ptrs);
        }
        StringBuilder roots = new StringBuilder();
        List<Root> rs = new ArrayList<>();
        rs.add(heap.globals());
        rs.addAll(Arrays.asList(goroutines));
        for (Root r : rs) {
            roots.append(r.isScanned() ? 'B' : 'G');
            for (int i = 0; i < r.size(); i++) compare(r.describe(i), new int[] {r.get(i)}, ptrs);
        }
        colours = now;
        return new Delta(new String(now), roots.toString(), ptrs, shaded, allocated, freed);
    }

    /** Records the slots of {@code from} that differ from last time (a freed object's slots read as nil). */
    private void compare(String from, int[] cur, List<Walkthrough.Pointer> out) {
        int[] old = slots.getOrDefault(from, new int[0]);
        for (int i = 0; i < Math.max(old.length, cur.length); i++) {
            int o = i < old.length ? old[i] : Heap.NIL, c = i < cur.length ? cur[i] : Heap.NIL;
            if (o != c) out.add(new Walkthrough.Pointer(from, i, c));
        }
        slots.put(from, cur);
    }

    private static char letter(Colour c) {
        return switch (c) {
            case WHITE -> 'W';
            case GREY -> 'G';
            case BLACK -> 'B';
        };
    }
}
