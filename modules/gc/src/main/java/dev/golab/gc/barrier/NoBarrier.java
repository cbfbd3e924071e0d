/*
 * Go behaviour:    none: Go never runs concurrent mark without a barrier. This is the control that
 *                  shows why the barrier exists (RT-01.04: the lost-object bug).
 * Model:           1. write does nothing; the store happens unprotected.
 * Invariants:      none; BarrierPropertiesTest finds and shrinks a counterexample.
 * Differs from Go: a teaching variant only.
 * See:             TricolourAnswersTest.noBarrierLosesAnObject, BarrierPropertiesTest.
 */
package dev.golab.gc.barrier;

public final class NoBarrier implements Barrier {
    @Override
    public void write(Shader gc, int old, int ptr, Stack current) {}

    @Override
    public StackPolicy stackPolicy() { return StackPolicy.NONE; }

    @Override
    public String key() { return "gc.None"; }

    @Override
    public String toString() { return key(); }
}
