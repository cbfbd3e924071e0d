/*
 * Go behaviour:    GC roots are the data/BSS segments (globals) and every goroutine stack. Each stack
 *                  has its own colour: grey until scanned in this cycle, black afterwards; scanning
 *                  stops only that goroutine (mgcmark.go markroot/scanstack, Go 1.23). Stack writes
 *                  have no write barrier; global writes do.
 * Model:           1. A Root is a named array of pointer slots (locals or globals), NIL = nil.
 *                  2. scanned = black root; dirty = written after its scan (a Dijkstra "permagrey"
 *                     stack that must be re-scanned at mark termination).
 *                  3. A stack belongs to a goroutine that is RUNNABLE, BLOCKED on a primitive (a heap
 *                     object standing for a channel/mutex) or DEAD (its slots no longer roots).
 * Invariants:      GC-R1 a DEAD goroutine's stack is not a root; GC-R2 globals never need a rescan.
 * Differs from Go: frames, stack growth and stack bytes are one number (stackBytes).
 * See:             Heap, Collector, retention.GoroutineLeakProfile.
 */
package dev.golab.gc;

import dev.golab.gc.barrier.Barrier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public final class Root implements Barrier.Stack {
    public enum Kind { GLOBALS, STACK }

    public enum State { RUNNABLE, BLOCKED, DEAD }

    final String name;
    final Kind kind;
    int[] slots = new int[0];
    private final List<String> slotNames = new ArrayList<>();
    boolean scanned;
    boolean dirty;
    State state = State.RUNNABLE;
    int blockedOn = Heap.NIL;
    long stackBytes;

    Root(String name, Kind kind, long stackBytes) {
        this.name = name;
        this.kind = kind;
        this.stackBytes = stackBytes;
    }

    public String name() { return name; }

    public Kind kind() { return kind; }

    public State state() { return state; }

    public boolean isScanned() { return scanned; }

    /** Grey until the collector scans it in this cycle (what the hybrid barrier asks). */
    @Override
    public boolean grey() { return !scanned; }

    public int size() { return slots.length; }

    /** Index of the named local/global, declaring it (nil) on first use. */
    public int slot(String slotName) {
        int i = slotNames.indexOf(slotName);
        if (i >= 0) return i;
        slotNames.add(slotName);
        slots = Arrays.copyOf(slots, slots.length + 1);
        slots[slots.length - 1] = Heap.NIL;
        return slots.length - 1;
    }

    public String slotName(int i) { return slotNames.get(i); }

    public int get(int i) { return slots[i]; }

    /** Go syntax for the slot: a global is its name, a local is {@code g1.x}. */
    public String describe(int i) {
        return kind == Kind.GLOBALS ? slotNames.get(i) : name + "." + slotNames.get(i);
    }

    public boolean isRoot() { return state != State.DEAD; }

    public int blockedOn() { return blockedOn; }

    @Override
    public String toString() { return name; }
}
