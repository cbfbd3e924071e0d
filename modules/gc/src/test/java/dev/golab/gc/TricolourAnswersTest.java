package dev.golab.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.barrier.Barrier;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-01: how Go's collector marks and sweeps, on the simulator's heap. */
@DisplayName("RT-01 Q: how does Go's garbage collector work?")
class TricolourAnswersTest {

    /** A random heap: n objects, some pointer-free, globals and one stack pointing into it. */
    static Collector randomHeap(long seed, int n, Barrier b) {
        SplittableRandom r = new SplittableRandom(seed);
        Heap h = new Heap();
        Collector c = new Collector(h, b).oracle(true);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = c.allocate(null, -1, 8 + r.nextInt(100), r.nextInt(4));
        for (int id : ids) for (int s = 0; s < h.slotCount(id); s++) if (r.nextBoolean()) c.write(null, id, s, ids[r.nextInt(n)]);
        for (int g = 0; g < 3; g++) c.writeGlobal(null, h.globals().slot("g" + g), ids[r.nextInt(n)]);
        Root st = h.newStack("G1", 2048);
        c.setLocal(st, st.slot("x"), ids[r.nextInt(n)]);
        return c;
    }

    @Test
    @DisplayName("RT-01.01 Q: after marking, is the black set exactly the set reachable from the roots?")
    void afterMarkBlackEqualsReachableAndTheRestIsWhiteGarbage() {
        for (long seed = 1; seed <= 200; seed++) {
            Collector c = randomHeap(seed, 50, Barrier.HYBRID);
            Heap h = c.heap();
            for (int o = 0; o < h.highWater(); o++) assertThat(h.colour(o)).isEqualTo(Colour.WHITE);   // every object starts white
            c.startCycle();
            c.markStep(24);                                                       // the roots job: its targets are grey
            for (int p : h.globals().slots) assertThat(h.colour(p)).isNotEqualTo(Colour.WHITE);
            while (!c.markDone()) c.markStep(64);
            BitSet reach = h.reachable(), black = new BitSet();
            for (int o = 0; o < h.highWater(); o++) {
                assertThat(h.colour(o)).as("no grey remains").isNotEqualTo(Colour.GREY);
                if (h.colour(o) == Colour.BLACK) black.set(o);
            }
            assertThat(black).isEqualTo(reach);
            long before = h.objectCount();
            c.terminateMark();
            c.sweepStep(Integer.MAX_VALUE);
            assertThat(h.objectCount()).as("white = garbage, freed").isEqualTo(reach.cardinality());
            assertThat(h.totalFreedObjects()).isEqualTo(before - reach.cardinality());
        }
    }

    @Test
    @DisplayName("RT-01.02 Q: which phases does a cycle go through, and which stop the world?")
    void cycleGoesThroughFourPhasesWithTwoStwPauses() {
        List<String> seen = new ArrayList<>();
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID).log(l -> { if (l.startsWith("phase ")) seen.add(l.substring(6)); });
        c.writeGlobal(null, h.globals().slot("a"), c.allocate(null, -1, 64, 1));
        c.gc();
        assertThat(seen).containsExactly("SWEEP_TERMINATION", "MARK", "MARK_TERMINATION", "SWEEP", "OFF");
        assertThat(Phase.SWEEP_TERMINATION.stw && Phase.MARK_TERMINATION.stw).isTrue();
        assertThat(Phase.MARK.stw || Phase.SWEEP.stw).isFalse();
        assertThat(Phase.MARK.writeBarrier() && Phase.MARK_TERMINATION.writeBarrier()).isTrue();
        assertThat(Phase.SWEEP.writeBarrier() || Phase.OFF.writeBarrier()).isFalse();
        assertThat(c.pauses().all()).extracting(Pauses.Pause::phase).containsExactly("sweep termination", "mark termination");
    }

    @Test
    @DisplayName("RT-01.04 Q: what goes wrong with the write barrier disabled?")
    void noBarrierLosesAnObjectStoredIntoBlackAndDeletedFromGrey() {
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.NONE).oracle(true);
        int black = c.allocate(null, -1, 16, 1), grey = c.allocate(null, -1, 16, 1), white = c.allocate(null, -1, 16, 1);
        c.writeGlobal(null, h.globals().slot("a"), black);
        c.writeGlobal(null, h.globals().slot("b"), grey);
        c.write(null, grey, 0, white);
        c.startCycle();
        c.scanRoot(h.globals());
        c.scanObject(black);
        c.write(null, black, 0, white);      // a.f = c   (the only pointer now sits in a black object)
        c.write(null, grey, 0, Heap.NIL);    // b.f = nil (deleted from its grey parent)
        c.terminateMark();
        c.sweepStep(Integer.MAX_VALUE);
        assertThat(c.lost()).containsExactly(white);
        assertThat(h.isAllocated(white)).as("freed").isFalse();
        assertThat(h.get(black, 0)).as("while still reachable through a.f").isEqualTo(white);
    }

    @Test
    @DisplayName("RT-01.05 Q: does sweep reclaim garbage while mutators keep allocating?")
    void lazySweepFreesWhileTheMutatorAllocatesAndNeverFreesNewObjects() {
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID).oracle(true);
        Root g = h.newStack("G1", 2048);
        int x = g.slot("x");
        int keep = c.allocate(g, x, 64, 0);
        for (int i = 0; i < 1000; i++) c.allocate(null, -1, 64, 0);      // garbage
        c.startCycle();
        c.terminateMark();
        assertThat(c.phase()).isEqualTo(Phase.SWEEP);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < 100; i++) fresh.add(c.allocate(null, -1, 64, 0));   // each allocation sweeps before it reuses
        assertThat(c.phase()).as("still sweeping in the background").isEqualTo(Phase.SWEEP);
        assertThat(h.totalFreedObjects()).isPositive();
        c.sweepStep(Integer.MAX_VALUE);
        assertThat(c.phase()).isEqualTo(Phase.OFF);
        assertThat(fresh).allMatch(h::isAllocated);
        assertThat(h.isAllocated(keep)).isTrue();
        assertThat(h.objectCount()).isEqualTo(101);
        assertThat(h.freeListLength(64)).as("freed slots wait on their size class's free list").isEqualTo(900);
    }

    @Test
    @DisplayName("RT-01.08 Q: does runtime.GC() force a full cycle and block until it finishes?")
    void runtimeGcRunsAFullCycleAndReturnsWithSweepDone() {
        Collector c = randomHeap(42, 200, Barrier.HYBRID);
        c.startCycle();
        c.markStep(32);                                   // a cycle is already in progress
        c.gc();
        assertThat(c.phase()).isEqualTo(Phase.OFF);
        assertThat(c.cycles()).isEqualTo(2);              // finishes the running one, then a full one (Go does the same)
        assertThat(c.heap().objectCount()).isEqualTo(c.heap().reachable().cardinality());
    }

    @Test
    @DisplayName("RT-01.09 Q: what does mark work depend on: pointers, not bytes of pointer-free data?")
    void markWorkIsProportionalToPointersScannedAndNoscanObjectsAreNotScanned() {
        long[] work = new long[2];
        for (int variant = 0; variant < 2; variant++) {
            Heap h = new Heap();
            Collector c = new Collector(h, Barrier.HYBRID);
            int head = Heap.NIL;
            for (int i = 0; i < 1000; i++) {
                // variant 0: a linked list of pointer nodes; variant 1: the same data as one pointer-free block
                if (variant == 0) { int n = c.allocate(null, -1, 32, 1); c.write(null, n, 0, head); head = n; }
            }
            if (variant == 1) head = c.allocate(null, -1, 32_000, 0);
            c.writeGlobal(null, h.globals().slot("data"), head);
            c.gc();
            work[variant] = c.pointersScanned();
            if (variant == 1) assertThat(c.scanWorkThisCycle()).as("a noscan object costs no scan work").isZero();
        }
        assertThat(work[0]).isEqualTo(1000);
        assertThat(work[1]).isZero();
    }

    @Test
    @DisplayName("RT-01.10 Q: do the stop-the-world pauses grow with the heap?")
    void stwPausesDoNotGrowWithTheHeapButDijkstraRescanGrowsWithStacks() {
        long small = pauseFor(1_000, 4, Barrier.HYBRID), big = pauseFor(200_000, 4, Barrier.HYBRID);
        assertThat(big).isEqualTo(small).isEqualTo(Pauses.STW_BASE_NS).isLessThan(100_000);   // sub-100 us
        long fewStacks = pauseFor(1_000, 4, Barrier.DIJKSTRA), manyStacks = pauseFor(1_000, 4_000, Barrier.DIJKSTRA);
        assertThat(manyStacks).as("Go <= 1.7 re-scanned every stack in STW").isGreaterThan(100 * fewStacks);
    }

    static long pauseFor(int objects, int goroutines, Barrier b) {
        Heap h = new Heap();
        Collector c = new Collector(h, b);
        int head = Heap.NIL;
        for (int i = 0; i < objects; i++) { int n = c.allocate(null, -1, 64, 1); c.write(null, n, 0, head); head = n; }
        c.writeGlobal(null, h.globals().slot("list"), head);
        for (int i = 0; i < goroutines; i++) h.newStack("G" + i, 8192);
        c.gc();
        return c.pauses().maxNs();
    }

    @Test
    @DisplayName("RT-01.01 Q: what happens to an object allocated during mark and dropped at once (floating garbage)?")
    void allocatedBlackDuringMarkSurvivesThisCycleAndIsFreedByTheNext() {
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID);
        Root g = h.newStack("G1", 2048);
        c.startCycle();
        int tmp = c.allocate(g, g.slot("x"), 64, 0);
        assertThat(h.colour(tmp)).isEqualTo(Colour.BLACK);   // allocate-black
        c.setLocal(g, g.slot("x"), Heap.NIL);
        c.terminateMark();
        c.sweepStep(Integer.MAX_VALUE);
        assertThat(h.isAllocated(tmp)).as("survives the cycle it was born in").isTrue();
        c.gc();
        assertThat(h.isAllocated(tmp)).as("freed by the next").isFalse();
    }
}
