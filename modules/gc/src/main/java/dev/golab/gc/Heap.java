/*
 * Go behaviour:    a non-moving heap of objects carved from size-class spans (malloc.go, mheap.go,
 *                  Go 1.23). An object has a size and pointer slots; pointer-free ("noscan") objects
 *                  are never scanned. Freed slots go back to their span's free list at sweep.
 * Model:           0. Sizes round up with dev.golab.runtime.malloc.SizeClasses (Go's table, generated once).
 *                  1. Objects are int ids; per-id arrays hold colour, rounded size and pointer slots
 *                     (NIL = nil), so marking a million objects touches only primitive arrays.
 *                  2. allocate(size, nslots) takes an id from the size class's free list or a new one.
 *                  3. Roots: one GLOBALS root plus one STACK root per goroutine.
 *                  4. Accounting: inUseBytes (allocated, not yet swept free), per-class bytes.
 * Invariants:      GC-H1 inUseBytes = sum of rounded sizes of allocated ids; GC-H2 a free id is on exactly
 *                  one free list; GC-H3 reachable() never includes a free id unless the collector lost it.
 * Differs from Go: no pages, no mcache/mcentral hierarchy, no interior pointers; a span is a run of
 *                  SPAN_OBJECTS consecutive ids (for lazy sweep).
 * See:             Collector, TricolourAnswersTest, GcSimBenchmark.
 */
package dev.golab.gc;

import dev.golab.runtime.malloc.SizeClasses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

public final class Heap {
    public static final int NIL = -1;
    public static final int SPAN_OBJECTS = 64;
    static final int[] NO_SLOTS = new int[0];

    int[][] slots = new int[16][];
    byte[] colour = new byte[16];
    long[] size = new long[16];
    String[] names = new String[16];
    int highWater;
    private final int[][] freeList = new int[SizeClasses.NUM_SIZE_CLASSES][];
    private final int[] freeCount = new int[SizeClasses.NUM_SIZE_CLASSES];
    long inUseBytes;
    long objects;
    long totalAllocatedBytes;
    long totalFreedBytes;
    long totalFreedObjects;
    final BitSet finalizers = new BitSet();
    final Root globals = new Root("globals", Root.Kind.GLOBALS, 0);
    final List<Root> stacks = new ArrayList<>();

    public Root globals() { return globals; }

    public List<Root> stacks() { return stacks; }

    /** A new goroutine stack (a root) with the given stack size in bytes. */
    public Root newStack(String name, long stackBytes) {
        Root r = new Root(name, Root.Kind.STACK, stackBytes);
        stacks.add(r);
        return r;
    }

    /** Allocates a white object; the Collector decides its colour (allocate-black during mark). */
    int allocate(long bytes, int nslots, String name) {
        int cls = sizeClass(bytes);
        int id = freeCount[cls] > 0 ? freeList[cls][--freeCount[cls]] : newId();
        long rounded = roundUp(bytes);
        size[id] = rounded;
        int[] s = slots[id];
        if (s == null || s.length != nslots) s = nslots == 0 ? NO_SLOTS : new int[nslots];
        Arrays.fill(s, NIL);
        slots[id] = s;
        colour[id] = Colour.W;
        finalizers.clear(id);
        names[id] = name;
        inUseBytes += rounded;
        totalAllocatedBytes += rounded;
        objects++;
        return id;
    }

    /** mallocgc's size class (0: a large object); a 0-byte request takes the smallest class here. */
    static int sizeClass(long bytes) { return SizeClasses.sizeToClass(Math.max(bytes, 1)); }

    /** Bytes the object really takes: its class size, or whole pages when large (noscan: no header). */
    public static long roundUp(long bytes) { return SizeClasses.roundupsize(Math.max(bytes, 1), true); }

    private int newId() {
        if (highWater == size.length) {
            int n = size.length * 2;
            slots = Arrays.copyOf(slots, n);
            colour = Arrays.copyOf(colour, n);
            size = Arrays.copyOf(size, n);
            names = Arrays.copyOf(names, n);
        }
        return highWater++;
    }

    /** Returns the object to its class's free list (sweep). */
    void free(int id) {
        long bytes = size[id];
        int cls = sizeClass(bytes);
        if (freeList[cls] == null) freeList[cls] = new int[16];
        if (freeCount[cls] == freeList[cls].length) freeList[cls] = Arrays.copyOf(freeList[cls], freeCount[cls] * 2);
        freeList[cls][freeCount[cls]++] = id;
        size[id] = 0;
        colour[id] = Colour.B;   // never white: shade() ignores a dangling pointer to a free slot without reading size[]
        inUseBytes -= bytes;
        totalFreedBytes += bytes;
        totalFreedObjects++;
        objects--;
    }

    public boolean isAllocated(int id) { return id >= 0 && id < highWater && size[id] > 0; }

    public Colour colour(int id) { return Colour.of(colour[id]); }

    public long size(int id) { return size[id]; }

    public int slotCount(int id) { return slots[id].length; }

    public int get(int id, int slot) { return slots[id][slot]; }

    public String name(int id) {
        if (id == NIL) return "nil";
        return names[id] != null ? names[id] : "o" + id;
    }

    public long inUseBytes() { return inUseBytes; }

    public long objectCount() { return objects; }

    public long totalFreedObjects() { return totalFreedObjects; }

    public long totalFreedBytes() { return totalFreedBytes; }

    public long totalAllocatedBytes() { return totalAllocatedBytes; }

    public int highWater() { return highWater; }

    /** Free objects waiting on the free list of {@code size}'s class. */
    public int freeListLength(long bytes) { return freeCount[sizeClass(bytes)]; }

    /** runtime.SetFinalizer(obj, f): the object is a finalizer special (see Collector). */
    public void setFinalizer(int id, boolean on) { finalizers.set(id, on); }

    public boolean hasFinalizer(int id) { return finalizers.get(id); }

    /** Go syntax for slot {@code i} of object {@code id}: {@code a.f} or {@code o3.f1}. */
    public String field(int id, int i) { return name(id) + "." + (slots[id].length == 1 ? "f" : "f" + i); }

    /** Gives the object a readable name (A, B, C in the GC.md scenarios). */
    public void name(int id, String name) { names[id] = name; }

    public long stackBytes() {
        long s = 0;
        for (Root r : stacks) if (r.isRoot()) s += r.stackBytes;
        return s;
    }

    /** Ids reachable from the given roots (the truth the safety oracle compares with). */
    public BitSet reachableFrom(Iterable<Root> roots) {
        BitSet seen = new BitSet(highWater);
        int[] work = new int[64];
        int n = 0;
        for (Root r : roots) {
            for (int p : r.slots) {
                if (p >= 0 && !seen.get(p)) { seen.set(p); if (n == work.length) work = Arrays.copyOf(work, n * 2); work[n++] = p; }
            }
        }
        while (n > 0) {
            int o = work[--n];
            int[] s = slots[o];
            if (s == null) continue;
            for (int p : s) {
                if (p >= 0 && !seen.get(p)) { seen.set(p); if (n == work.length) work = Arrays.copyOf(work, n * 2); work[n++] = p; }
            }
        }
        return seen;
    }

    /** Every object reachable from globals and the stacks of live goroutines. */
    public BitSet reachable() {
        List<Root> roots = new ArrayList<>();
        roots.add(globals);
        for (Root r : stacks) if (r.isRoot()) roots.add(r);
        return reachableFrom(roots);
    }

    public record Node(int id, String name, Colour colour, long size) {}

    public record Edge(String from, String field, String to) {}

    /** What a picture of the heap needs: objects, pointer edges (roots included), root colours. */
    public record Snapshot(String label, List<Node> nodes, List<Edge> edges, List<String> roots, List<String> blackRoots) {}

    public Snapshot snapshot(String label) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<String> roots = new ArrayList<>(), black = new ArrayList<>();
        for (int o = 0; o < highWater; o++) {
            if (size[o] == 0) continue;
            nodes.add(new Node(o, name(o), colour(o), size[o]));
            for (int i = 0; i < slots[o].length; i++) if (slots[o][i] >= 0) edges.add(new Edge(name(o), field(o, i), name(slots[o][i])));
        }
        List<Root> rs = new ArrayList<>();
        rs.add(globals);
        for (Root r : stacks) if (r.isRoot()) rs.add(r);
        for (Root r : rs) {
            roots.add(r.name);
            if (r.scanned) black.add(r.name);
            for (int i = 0; i < r.slots.length; i++) if (r.slots[i] >= 0) edges.add(new Edge(r.name, r.describe(i), name(r.slots[i])));
        }
        return new Snapshot(label, nodes, edges, roots, black);
    }

    /** Sum of sizes of the given ids. */
    public long bytesOf(BitSet ids) {
        long b = 0;
        for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) b += size[i];
        return b;
    }
}
