/*
 * Go behaviour:    mgcsweep.go (Go 1.23): after mark termination every span is unswept; a background
 *                  sweeper sweeps span by span, and an allocating goroutine sweeps a span before it
 *                  allocates from it, so a new object is never freed by the sweep that is still running.
 *                  An unmarked object with a finalizer is not freed: its finalizer is queued and the
 *                  object lives until the next cycle.
 * Model:           1. start(): every span (run of Heap.SPAN_OBJECTS ids below the high-water mark)
 *                     is unswept. 2. next(): sweep the next unswept span in order. 3. ensureSwept(id):
 *                     the allocation path. 4. sweepSpan: white -> free list (or finalizer queued),
 *                     black -> white.
 * Invariants:      GC-SW1 each span is swept at most once per cycle; GC-SW2 ids allocated during the sweep
 *                  are never freed by it.
 * Differs from Go: spans are id ranges, not pages; one sweeper.
 * See:             Collector, TricolourAnswersTest.lazySweepFreesWhileTheMutatorAllocatesAndNeverFreesNewObjects.
 */
package dev.golab.gc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

final class Sweeper {
    private final Heap heap;
    private final GcLog log;
    private final BitSet swept = new BitSet();
    private int cursor, end;
    final List<Integer> finalized = new ArrayList<>();

    Sweeper(Heap heap, GcLog log) {
        this.heap = heap;
        this.log = log;
    }

    void start() {
        swept.clear();
        cursor = 0;
        end = heap.highWater;
    }

    /** Sweeps the next unswept span; returns objects freed, or -1 when every span is swept. */
    int next() {
        while (cursor * Heap.SPAN_OBJECTS < end && swept.get(cursor)) cursor++;
        if (cursor * Heap.SPAN_OBJECTS >= end) return -1;
        return sweepSpan(cursor++);
    }

    void finish() {
        while (next() >= 0) { }
    }

    /** The allocation path: the span holding {@code id} is swept before the new object lives there. */
    void ensureSwept(int id) {
        if (id >= end || swept.get(id / Heap.SPAN_OBJECTS)) return;
        long size = heap.size[id];
        heap.size[id] = 0;                       // the new object is not part of this sweep
        sweepSpan(id / Heap.SPAN_OBJECTS);
        heap.size[id] = size;
    }

    private int sweepSpan(int span) {
        swept.set(span);
        int freed = 0;
        for (int o = span * Heap.SPAN_OBJECTS, e = Math.min(end, (span + 1) * Heap.SPAN_OBJECTS); o < e; o++) {
            if (heap.size[o] == 0) continue;
            if (heap.colour[o] == Colour.W) {
                if (heap.finalizers.get(o)) {        // queue the finalizer; the object lives one more cycle
                    heap.finalizers.clear(o);
                    finalized.add(o);
                    continue;
                }
                if (log.on()) log.line("sweep frees " + heap.name(o));
                heap.free(o);
                freed++;
            } else heap.colour[o] = Colour.W;
        }
        return freed;
    }
}
