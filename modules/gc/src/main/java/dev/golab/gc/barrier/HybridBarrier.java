/*
 * Go behaviour:    the Go 1.8+ hybrid barrier (mbarrier.go, proposal 17503):
 *                      shade(*slot); if current stack is grey: shade(ptr); *slot = ptr
 *                  1. shade(*slot) stops hiding an object by moving its only pointer from heap to stack;
 *                  2. shade(ptr) stops hiding one by moving it from an unscanned stack into black heap;
 *                  3. after a stack is scanned it is black for the rest of the cycle: no re-scan.
 *                  Requires allocate-black. Go 1.23's wbBuf records old and new and shades both on
 *                  flush, i.e. the unconditional variant (asImplemented()).
 * Model:           1. write: shade(old); shade(ptr) when current is null/grey, or always if unconditional.
 *                  2. stackPolicy NONE: stacks are scanned concurrently, once.
 *                  3. crossStack (channel send between stacks, go statement): shade(ptr) if either
 *                     stack is grey.
 * Invariants:      GC-HB1 the weak invariant holds after every step; GC-HB2 the strong one can fail (scenario
 *                  5) for the conditional variant only.
 * Differs from Go: HYBRID is the conditional pseudo-code; the shipped behaviour is asImplemented().
 * See:             BarrierScenariosTest, BarrierPropertiesTest.
 */
package dev.golab.gc.barrier;

public final class HybridBarrier implements Barrier {
    private final boolean unconditional;

    HybridBarrier(boolean unconditional) { this.unconditional = unconditional; }

    /** shade(*slot); shade(ptr) always: what Go 1.23's write-barrier buffer effectively does. */
    public static HybridBarrier asImplemented() { return new HybridBarrier(true); }

    @Override
    public void write(Shader gc, int old, int ptr, Stack current) {
        gc.shade(old);
        if (unconditional || current == null || current.grey()) gc.shade(ptr);
    }

    /** Proposal 17503: shade ptr if either stack is grey (a go statement's new stack is black). */
    @Override
    public void crossStack(Shader gc, int ptr, Stack from, Stack to) {
        if (unconditional || from == null || from.grey() || to.grey()) gc.shade(ptr);
    }

    @Override
    public StackPolicy stackPolicy() { return StackPolicy.NONE; }

    @Override
    public String key() { return unconditional ? "gc.HybridUnconditional" : "gc.Hybrid"; }

    @Override
    public String toString() { return key(); }
}
