/*
 * Go behaviour:    the mark work of mgcmark.go (Go 1.23): root jobs (globals, finalizer specials, one
 *                  per goroutine stack) are done first, then grey objects are drained from the work
 *                  queue; greyobject() marks a white object and queues it unless it is noscan (no
 *                  pointers), which goes straight to black. A finalizer special marks what its object
 *                  points to, not the object (so the object can be found unreachable).
 * Model:           1. queueRoots(): reset root colours, one job per live stack, globals, specials.
 *                  2. step(budget): root jobs, then specials, then grey objects until budget bytes of
 *                     scan work; drain() is the same loop with the heap arrays in locals, no logging.
 *                  3. shade(p): white -> grey (queued) or white -> black (noscan); anything else ignored.
 *                  4. rescanStacks() re-scans every live stack (Dijkstra's STW re-scan at termination).
 * Invariants:      GC-C1 colours only move white -> grey -> black; GC-MK1 done() iff no root job, no
 *                  pending specials and no grey object; GC-MK2 markedThisCycle counts each object once.
 * Differs from Go: one work stack, no per-P gcWork buffers, no oblets; scan work is object bytes.
 * See:             Collector, TricolourAnswersTest, GcSimBenchmark.
 */
package dev.golab.gc;

import dev.golab.gc.barrier.Barrier;
import java.util.ArrayDeque;
import java.util.Arrays;

final class Marker implements Barrier.Shader {
    private final Heap heap;
    private final GcLog log;
    private int[] grey = new int[256];
    private int greyN;
    private final ArrayDeque<Root> rootJobs = new ArrayDeque<>();
    private boolean specialsPending;
    long markedThisCycle, scanWorkThisCycle, pointersScanned, totalMarked;

    Marker(Heap heap, GcLog log) {
        this.heap = heap;
        this.log = log;
    }

    /** Mark setup: every root grey again, one job per root (globals, specials, live stacks). */
    void queueRoots() {
        markedThisCycle = scanWorkThisCycle = 0;
        rootJobs.clear();
        heap.globals.scanned = false;
        rootJobs.add(heap.globals);
        specialsPending = !heap.finalizers.isEmpty();
        for (Root r : heap.stacks) {
            r.scanned = false;
            r.dirty = false;
            if (r.isRoot()) rootJobs.add(r);
        }
    }

    /** Yuasa's STW snapshot: scans every live stack now; returns the stack bytes scanned. */
    long snapshotStacks() {
        long bytes = 0;
        for (Root r : heap.stacks) if (r.isRoot()) { scanRoot(r); bytes += r.stackBytes; }
        rootJobs.removeIf(r -> r.kind == Root.Kind.STACK);
        return bytes;
    }

    /** Dijkstra's STW re-scan at mark termination: every live stack, then what it greyed. */
    long rescanStacks() {
        long bytes = 0;
        for (Root r : heap.stacks) if (r.isRoot()) { scanRoot(r); bytes += Math.max(r.stackBytes, 8L * r.slots.length); }
        while (greyN > 0) bytes += scanObject(grey[--greyN]);
        return bytes;
    }

    boolean done() { return rootJobs.isEmpty() && !specialsPending && greyN == 0; }

    /** Up to {@code budget} bytes of mark work; returns the work done. */
    long step(long budget) {
        long done = 0;
        while (done < budget) {
            if (!rootJobs.isEmpty()) {
                Root r = rootJobs.poll();
                if (!r.scanned) done += scanRoot(r);   // a root job runs once per cycle
            } else if (specialsPending) {
                specialsPending = false;
                done += scanSpecials();
            } else if (greyN > 0) {
                done += log.on() ? scanObject(grey[--greyN]) : drain(budget - done);
            } else break;
        }
        return done;
    }

    long scanRoot(Root r) {
        for (int p : r.slots) shade(p);
        r.scanned = true;
        r.dirty = false;
        if (log.on()) log.line("scan " + (r.kind == Root.Kind.STACK ? "stack " : "") + r.name + " (grey -> black)");
        return r.kind == Root.Kind.STACK ? Math.max(r.stackBytes, 8L * r.slots.length) : 8L * r.slots.length;
    }

    long scanObject(int id) {
        if (heap.colour[id] != Colour.G) return 0;
        int[] s = heap.slots[id];
        for (int p : s) shade(p);
        heap.colour[id] = Colour.B;
        pointersScanned += s.length;
        scanWorkThisCycle += heap.size[id];
        if (log.on()) log.line(heap.name(id) + ": grey -> black");
        return heap.size[id];
    }

    /** The hot loop: scanObject + shade with the heap arrays in locals (no logging), up to budget bytes. */
    private long drain(long budget) {
        byte[] col = heap.colour;
        int[][] sl = heap.slots;
        long[] sz = heap.size;
        int[] g = grey;
        int n = greyN;
        long done = 0, marked = 0, ptrs = 0;
        while (n > 0 && done < budget) {
            int id = g[--n];
            if (col[id] != Colour.G) continue;
            int[] s = sl[id];
            for (int p : s) {
                if (p < 0 || col[p] != Colour.W) continue;
                marked++;
                if (sl[p].length == 0) { col[p] = Colour.B; continue; }
                col[p] = Colour.G;
                if (n == g.length) g = Arrays.copyOf(g, n * 2);
                g[n++] = p;
            }
            col[id] = Colour.B;
            ptrs += s.length;
            done += sz[id];
        }
        grey = g;
        greyN = n;
        markedThisCycle += marked;
        totalMarked += marked;
        pointersScanned += ptrs;
        scanWorkThisCycle += done;
        return done;
    }

    private long scanSpecials() {
        long work = 0;
        for (int o = heap.finalizers.nextSetBit(0); o >= 0; o = heap.finalizers.nextSetBit(o + 1)) {
            for (int p : heap.slots[o]) shade(p);   // what the object points to, not the object itself
            work += 8L * heap.slots[o].length;
        }
        return work;
    }

    @Override
    public void shade(int p) {
        if (p < 0 || heap.colour[p] != Colour.W) return;   // free slots are black (Heap.free)
        markedThisCycle++;
        totalMarked++;
        if (heap.slots[p].length == 0) {
            heap.colour[p] = Colour.B;             // noscan: marked, never queued or scanned
            if (log.on()) log.line(heap.name(p) + ": white -> black (no pointers)");
            return;
        }
        heap.colour[p] = Colour.G;
        if (greyN == grey.length) grey = Arrays.copyOf(grey, greyN * 2);
        grey[greyN++] = p;
        if (log.on()) log.line(heap.name(p) + ": white -> grey");
    }

    /** Bytes of black objects: one sequential pass instead of a random read per shade. */
    long markedBytes() {
        long b = 0;
        for (int o = 0; o < heap.highWater; o++) if (heap.colour[o] == Colour.B) b += heap.size[o];
        return b;
    }
}
