/*
 * Go behaviour:    Go's concurrent mark-sweep cycle (mgc.go, mgcmark.go, mgcsweep.go; Go 1.23):
 *                  STW sweep termination + mark setup (barrier on, root jobs queued), concurrent mark
 *                  (background workers and assists drain grey objects; new objects allocated black),
 *                  STW mark termination, concurrent lazy sweep (allocation sweeps a span before using
 *                  it), off. Finalizer specials mark what their object points to, not the object.
 * Model:           the cycle driver and the mutator's entry points; the mark work is Marker's, the
 *                  sweep Sweeper's, the safety oracle Invariants.lost, the step log GcLog's.
 *                  1. startCycle(): finish sweeping, run cycle hooks (sync.Pool's clearpools), queue
 *                     root jobs (Marker.queueRoots); Yuasa snapshots stacks inside the same pause.
 *                  2. markStep(budget): Marker.step - root jobs, then grey objects.
 *                  3. terminateMark(): drain what is left, re-scan stacks if the barrier needs it,
 *                     run the safety oracle (lost = reachable but white), start sweep.
 *                  4. sweepStep(spans) drives the Sweeper; allocate() sweeps the id's span first.
 *                  5. Mutator ops (write, writeGlobal, setLocal, load, allocate, send, go) apply the
 *                     barrier iff phase.writeBarrier(); stack writes never do.
 * Invariants:      GC-G1 no grey object at the end of terminateMark; GC-G2 lost() is empty for every
 *                  correct barrier; GC-G3 an object allocated during mark survives that cycle.
 * Differs from Go: single-threaded and stepwise (interleavings are chosen by the caller); pauses
 *                  are simulated nanoseconds (Pauses), not measured; no oblets, no wbBuf.
 * See:             Marker, Sweeper, TricolourAnswersTest, BarrierScenariosTest, BarrierPropertiesTest, Simulation.
 */
package dev.golab.gc;

import dev.golab.gc.barrier.Barrier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

public final class Collector {
    final Heap heap;
    private Barrier barrier;
    private boolean allocateBlack = true;
    private Phase phase = Phase.OFF;
    private final GcLog log = new GcLog();
    private final Marker marker;
    private final Sweeper sweeper;
    private Invariants.Kind check;
    private boolean oracle;
    private final List<Runnable> cycleHooks = new ArrayList<>();
    private final Pauses pauses = new Pauses();
    private final List<Integer> lost = new ArrayList<>();
    private int cycles;
    private long markedBytesThisCycle, allocatedBlackBytes;

    public Collector(Heap heap, Barrier barrier) {
        this.heap = heap;
        this.barrier = barrier;
        this.marker = new Marker(heap, log);
        this.sweeper = new Sweeper(heap, log);
    }

    // ---- configuration ------------------------------------------------------------------------
    public Collector allocateBlack(boolean on) { allocateBlack = on; return this; }
    /** Check this invariant after every step of concurrent mark (null: off). */
    public Collector checkInvariant(Invariants.Kind kind) { check = kind; return this; }
    /** Run the safety oracle (a full reachability walk) at every mark termination. */
    public Collector oracle(boolean on) { oracle = on; return this; }
    /** Receives each colour change and phase change as a line (step-through mode). */
    public Collector log(Consumer<String> sink) { log.sink(sink); return this; }
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
    public long totalMarked() { return marker.totalMarked; }
    public long pointersScanned() { return marker.pointersScanned; }
    public long scanWorkThisCycle() { return marker.scanWorkThisCycle; }
    public long markedBytesThisCycle() { return markedBytesThisCycle; }
    public long allocatedBlackBytes() { return allocatedBlackBytes; }
    public boolean markDone() { return marker.done(); }

    // ---- the cycle ----------------------------------------------------------------------------
    /** Sweep termination + mark setup (one STW pause). */
    public void startCycle() {
        if (phase == Phase.MARK || phase == Phase.MARK_TERMINATION) return;
        setPhase(Phase.SWEEP_TERMINATION);
        finishSweep();
        for (Runnable h : cycleHooks) h.run();
        markedBytesThisCycle = allocatedBlackBytes = 0;
        marker.queueRoots();
        setPhase(Phase.MARK);
        long snapshotBytes = barrier.stackPolicy() == Barrier.StackPolicy.SNAPSHOT_AT_START ? marker.snapshotStacks() : 0;
        pauses.record("sweep termination", Pauses.STW_BASE_NS + snapshotBytes * 1_000_000_000L / Pauses.SCAN_RATE);
        afterStep();
    }

    /** Up to {@code budget} bytes of mark work; returns the work done. */
    public long markStep(long budget) {
        long done = marker.step(budget);
        afterStep();
        return done;
    }

    /** Scans a root job now: shades every pointer in it; the root turns black. */
    public long scanRoot(Root r) { return marker.scanRoot(r); }

    /** Scans one grey object (a collector step in the scenarios): its children go grey, it goes black. */
    public long scanObject(int id) { return marker.scanObject(id); }

    /** STW mark termination: finish marking, re-scan if needed, check safety, start sweep. */
    public void terminateMark() {
        if (phase != Phase.MARK) return;
        while (!marker.done()) markStep(Long.MAX_VALUE);
        setPhase(Phase.MARK_TERMINATION);
        long rescanBytes = barrier.stackPolicy() == Barrier.StackPolicy.RESCAN_AT_TERMINATION ? marker.rescanStacks() : 0;
        markedBytesThisCycle = marker.markedBytes();
        if (oracle) {
            for (int o : Invariants.lost(heap)) {
                lost.add(o);
                if (log.on()) log.line("LOST: " + heap.name(o) + " is reachable but white");
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
        log.line("phase " + p);
    }

    private void afterStep() {
        if (check != null && phase == Phase.MARK) Invariants.check(heap, check);
    }

    // ---- mutator operations -------------------------------------------------------------------
    /** {@code obj.f[slot] = ptr} (heap write, barriered during mark); {@code g} is the writer's stack. */
    public void write(Root g, int obj, int slot, int ptr) {
        int[] s = heap.slots[obj];
        if (phase.writeBarrier()) barrier.write(marker, s[slot], ptr, g);
        s[slot] = ptr;
        afterStep();
    }

    /** {@code global = ptr} (globals have a barrier). */
    public void writeGlobal(Root g, int slot, int ptr) {
        if (phase.writeBarrier()) barrier.write(marker, heap.globals.slots[slot], ptr, g);
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
        if (phase.writeBarrier()) barrier.crossStack(marker, ptr, from, to);
        to.slots[toSlot] = ptr;
        if (to.scanned) to.dirty = true;
        afterStep();
    }

    /** {@code go f(ptr)}: a new goroutine whose stack is black if created during mark (Go 1.8+). */
    public Root go(Root parent, String name, long stackBytes, String local, int ptr) {
        Root g = heap.newStack(name, stackBytes);
        g.scanned = phase.writeBarrier();
        int slot = g.slot(local);
        if (phase.writeBarrier()) barrier.crossStack(marker, ptr, parent, g);
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
