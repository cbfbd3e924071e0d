/*
 * Go behaviour:    Go's concurrent mark-sweep cycle (mgc.go, mgcmark.go, mgcsweep.go; Go 1.23):
 *                  STW sweep termination + mark setup (barrier on, root jobs queued), concurrent mark
 *                  (background workers and assists drain grey objects; new objects allocated black),
 *                  STW mark termination, concurrent lazy sweep (allocation sweeps a span before using
 *                  it), off. Finalizer specials mark what their object points to, not the object.
 * Model:           1. startCycle(): finish sweeping, run cycle hooks (sync.Pool's clearpools), reset
 *                     root colours, queue root jobs (globals, specials, stacks); Yuasa snapshots stacks.
 *                  2. markStep(budget): root jobs first, then grey objects, until budget bytes of
 *                     scan work are done; shade(p) greys a white object (pointer-free objects go
 *                     straight to black: they are never scanned).
 *                  3. terminateMark(): drain what is left, re-scan stacks if the barrier needs it,
 *                     run the safety oracle (lost = reachable but white), start sweep.
 *                  4. sweepStep(spans) drives the Sweeper: white -> free list (finalizer objects:
 *                     resurrected once, finalizer queued), black -> white; allocate() sweeps the id's
 *                     span first. drain() is the no-logging hot loop of 2.
 *                  5. Mutator ops (write, writeGlobal, setLocal, load, allocate) apply the barrier
 *                     iff phase.writeBarrier(); stack writes never do.
 * Invariants:      G1 no grey object at the end of terminateMark; G2 lost() is empty for every
 *                  correct barrier; G3 an object allocated during mark survives that cycle.
 * Differs from Go: single-threaded and stepwise (interleavings are chosen by the caller); pauses
 *                  are simulated nanoseconds (Pauses), not measured; no oblets, no wbBuf.
 * See:             Sweeper, TricolourAnswersTest, BarrierScenariosTest, BarrierPropertiesTest, Simulation.
 */
package dev.golab.gc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

public final class Collector implements Barrier.Shader {
    final Heap heap;
    private Barrier barrier;
    private boolean allocateBlack = true;
    private Phase phase = Phase.OFF;
    private int[] grey = new int[256];
    private int greyN;
    private final ArrayDeque<Root> rootJobs = new ArrayDeque<>();
    private boolean specialsPending;
    private final Sweeper sweeper;
    private Invariants.Kind check;
    private boolean oracle;
    private Consumer<String> log;
    private final List<Runnable> cycleHooks = new ArrayList<>();
    final Pauses pauses = new Pauses();
    private final List<Integer> lost = new ArrayList<>();
    int cycles;
    long markedThisCycle, markedBytesThisCycle, scanWorkThisCycle, pointersScanned, totalMarked;
    long allocatedBlackBytes;

    public Collector(Heap heap, Barrier barrier) {
        this.heap = heap;
        this.barrier = barrier;
        this.sweeper = new Sweeper(heap, () -> log);
    }

    // ---- configuration ------------------------------------------------------------------------
    public Collector allocateBlack(boolean on) { allocateBlack = on; return this; }
    /** Check this invariant after every step of concurrent mark (null: off). */
    public Collector checkInvariant(Invariants.Kind kind) { check = kind; return this; }
    /** Run the safety oracle (a full reachability walk) at every mark termination. */
    public Collector oracle(boolean on) { oracle = on; return this; }
    /** Receives each colour change and phase change as a line (step-through mode). */
    public Collector log(Consumer<String> sink) { log = sink; return this; }
    /** Runs during sweep termination of every cycle (Go's clearpools runs there). */
    public void onCycleStart(Runnable hook) { cycleHooks.add(hook); }
    public void barrier(Barrier b) { barrier = b; }
    public Barrier barrier() { return barrier; }
    public Phase phase() { return phase; }
    public Heap heap() { return heap; }
    public Pauses pauses() { return pauses; }
    public int cycles() { return cycles; }
    /** Objects reachable but white at mark termination: freed while live (the lost-object bug). */
    public List<Integer> lost() { return List.copyOf(lost); }
    /** Objects whose finalizer was queued (they survive one more cycle). */
    public List<Integer> finalized() { return List.copyOf(sweeper.finalized); }
    public long totalMarked() { return totalMarked; }
    public long pointersScanned() { return pointersScanned; }
    public long scanWorkThisCycle() { return scanWorkThisCycle; }
    public long markedBytesThisCycle() { return markedBytesThisCycle; }
    public boolean markDone() { return rootJobs.isEmpty() && !specialsPending && greyN == 0; }

    // ---- the cycle ----------------------------------------------------------------------------
    /** Sweep termination + mark setup (one STW pause). */
    public void startCycle() {
        if (phase == Phase.MARK || phase == Phase.MARK_TERMINATION) return;
        setPhase(Phase.SWEEP_TERMINATION);
        finishSweep();
        for (Runnable h : cycleHooks) h.run();
        markedThisCycle = markedBytesThisCycle = scanWorkThisCycle = allocatedBlackBytes = 0;
        rootJobs.clear();
        heap.globals.scanned = false;
        rootJobs.add(heap.globals);
        specialsPending = !heap.finalizers.isEmpty();
        long snapshotBytes = 0;
        for (Root r : heap.stacks) {
            r.scanned = false;
            r.dirty = false;
            if (!r.isRoot()) continue;
            rootJobs.add(r);
        }
        setPhase(Phase.MARK);
        if (barrier.stackPolicy() == Barrier.StackPolicy.SNAPSHOT_AT_START) {
            for (Root r : heap.stacks) if (r.isRoot()) { scanRoot(r); snapshotBytes += r.stackBytes; }
            rootJobs.removeIf(r -> r.kind == Root.Kind.STACK);
        }
        pauses.record("sweep termination", Pauses.STW_BASE_NS + snapshotBytes * 1_000_000_000L / Pauses.SCAN_RATE);
        afterStep();
    }

    /** Up to {@code budget} bytes of mark work; returns the work done. */
    public long markStep(long budget) {
        long done = 0;
        while (done < budget) {
            if (!rootJobs.isEmpty()) {
                Root r = rootJobs.poll();
                if (!r.scanned) done += scanRoot(r);   // a root job runs once per cycle
            } else if (specialsPending) {
                specialsPending = false;
                done += scanSpecials();
            } else if (greyN > 0) {
                done += log == null ? drain(budget - done) : scanObject(grey[--greyN]);
            } else break;
        }
        afterStep();
        return done;
    }

    /** Scans a root job now: shades every pointer in it; the root turns black. */
    public long scanRoot(Root r) {
        for (int p : r.slots) shade(p);
        r.scanned = true;
        r.dirty = false;
        if (log != null) log.accept("scan " + (r.kind == Root.Kind.STACK ? "stack " : "") + r.name + " (grey -> black)");
        return r.kind == Root.Kind.STACK ? Math.max(r.stackBytes, 8L * r.slots.length) : 8L * r.slots.length;
    }

    /** Scans one grey object (a collector step in the scenarios): its children go grey, it goes black. */
    public long scanObject(int id) {
        if (heap.colour[id] != Colour.G) return 0;
        int[] s = heap.slots[id];
        for (int p : s) shade(p);
        heap.colour[id] = Colour.B;
        pointersScanned += s.length;
        scanWorkThisCycle += heap.size[id];
        if (log != null) log.accept(heap.name(id) + ": grey -> black");
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
            if (log != null) log.accept(heap.name(p) + ": white -> black (no pointers)");
            return;
        }
        heap.colour[p] = Colour.G;
        if (greyN == grey.length) grey = Arrays.copyOf(grey, greyN * 2);
        grey[greyN++] = p;
        if (log != null) log.accept(heap.name(p) + ": white -> grey");
    }

    /** STW mark termination: finish marking, re-scan if needed, check safety, start sweep. */
    public void terminateMark() {
        if (phase != Phase.MARK) return;
        while (!rootJobs.isEmpty() || specialsPending || greyN > 0) markStep(Long.MAX_VALUE);
        setPhase(Phase.MARK_TERMINATION);
        long rescanBytes = 0;
        markedBytesThisCycle = 0;                          // one sequential pass instead of a random read per shade
        if (barrier.stackPolicy() == Barrier.StackPolicy.RESCAN_AT_TERMINATION) {
            for (Root r : heap.stacks) if (r.isRoot()) { scanRoot(r); rescanBytes += Math.max(r.stackBytes, 8L * r.slots.length); }
            while (greyN > 0) rescanBytes += scanObject(grey[--greyN]);
        }
        for (int o = 0; o < heap.highWater; o++) if (heap.colour[o] == Colour.B) markedBytesThisCycle += heap.size[o];
        if (oracle) {
            BitSet reach = heap.reachable();
            for (int o = reach.nextSetBit(0); o >= 0; o = reach.nextSetBit(o + 1)) {
                if (heap.size[o] > 0 && heap.colour[o] == Colour.W) {
                    lost.add(o);
                    if (log != null) log.accept("LOST: " + heap.name(o) + " is reachable but white");
                }
            }
        }
        pauses.record("mark termination", Pauses.STW_BASE_NS + rescanBytes * 1_000_000_000L / Pauses.SCAN_RATE);
        cycles++;
        setPhase(Phase.SWEEP);
        sweeper.start();
    }

    /** Sweeps up to {@code spans} spans; returns objects freed. Phase becomes OFF when all are swept. */
    public int sweepStep(int spans) {
        int freed = 0;
        while (spans-- > 0 && phase == Phase.SWEEP) {
            int f = sweeper.next();
            if (f < 0) { setPhase(Phase.OFF); break; }
            freed += f;
        }
        return freed;
    }

    private void finishSweep() {
        if (phase == Phase.SWEEP || phase == Phase.SWEEP_TERMINATION) sweeper.finish();
    }

    /** runtime.GC(): a full cycle, returning when mark and sweep are complete (Go blocks the caller). */
    public void gc() {
        if (phase == Phase.MARK) terminateMark();
        if (phase == Phase.SWEEP) { finishSweep(); setPhase(Phase.OFF); }
        startCycle();
        terminateMark();
        sweepStep(Integer.MAX_VALUE);
    }

    private void setPhase(Phase p) {
        phase = p;
        if (log != null) log.accept("phase " + p);
    }

    void afterStep() {
        if (check != null && phase == Phase.MARK) Invariants.check(heap, check);
    }

    // ---- mutator operations -------------------------------------------------------------------
    /** {@code obj.f[slot] = ptr} (heap write, barriered during mark); {@code g} is the writer's stack. */
    public void write(Root g, int obj, int slot, int ptr) {
        int[] s = heap.slots[obj];
        if (phase.writeBarrier()) barrier.write(this, s[slot], ptr, g);
        s[slot] = ptr;
        afterStep();
    }

    /** {@code global = ptr} (globals have a barrier). */
    public void writeGlobal(Root g, int slot, int ptr) {
        if (phase.writeBarrier()) barrier.write(this, heap.globals.slots[slot], ptr, g);
        heap.globals.slots[slot] = ptr;
        afterStep();
    }

    /** {@code local = ptr} on g's stack: no barrier; a scanned stack becomes dirty (Dijkstra's permagrey). */
    public void setLocal(Root g, int slot, int ptr) {
        g.slots[slot] = ptr;
        if (g.scanned) g.dirty = true;
        afterStep();
    }

    /** {@code local = obj.f[slot]}. */
    public void load(Root g, int local, int obj, int slot) { setLocal(g, local, heap.slots[obj][slot]); }
    /** {@code local = new(T)}: allocate-black during mark (unless disabled); sweeps the span first. */
    public int allocate(Root g, int local, long bytes, int nslots) {
        while (phase == Phase.SWEEP && heap.freeListLength(bytes) == 0) sweepStep(1);   // sweep before using memory
        int id = heap.allocate(bytes, nslots, null);
        if (phase == Phase.SWEEP) sweeper.ensureSwept(id);
        if (phase.writeBarrier() && allocateBlack) {
            heap.colour[id] = Colour.B;
            allocatedBlackBytes += heap.size[id];
        }
        if (g != null && local >= 0) setLocal(g, local, id);
        else afterStep();
        return id;
    }

    /** {@code ch <- ptr} delivered straight into a parked receiver's stack slot: only the cross-stack rule applies. */
    public void send(Root from, Root to, int toSlot, int ptr) {
        if (phase.writeBarrier()) barrier.crossStack(this, ptr, from, to);
        to.slots[toSlot] = ptr;
        if (to.scanned) to.dirty = true;
        afterStep();
    }

    /** {@code go f(ptr)}: a new goroutine whose stack is black if created during mark (Go 1.8+). */
    public Root go(Root parent, String name, long stackBytes, String local, int ptr) {
        Root g = heap.newStack(name, stackBytes);
        g.scanned = phase.writeBarrier();
        int slot = g.slot(local);
        if (phase.writeBarrier()) barrier.crossStack(this, ptr, parent, g);
        g.slots[slot] = ptr;
        afterStep();
        return g;
    }

    /** The goroutine returns: its stack is no longer a root. */
    public void exit(Root g) {
        g.state = Root.State.DEAD;
        Arrays.fill(g.slots, Heap.NIL);
    }

    /** The goroutine parks on {@code primitive} (a heap object standing for a channel or mutex). */
    public void block(Root g, int primitive) {
        g.state = Root.State.BLOCKED;
        g.blockedOn = primitive;
    }
}
