/*
 * Go behaviour:    the cycle of mgc.go (Go 1.23): sweep termination (STW) -> mark setup (STW, same
 *                  pause; barrier on) -> concurrent mark -> mark termination (STW) -> concurrent lazy
 *                  sweep (barrier off) -> off until the next trigger. gcphase is _GCoff (0) during
 *                  sweep and off, _GCmark (1), _GCmarktermination (2).
 * Model:           one constant per step; writeBarrier() and allocateBlack() read like mgc.go.
 * Invariants:      GC-P1 the barrier is on exactly in MARK and MARK_TERMINATION.
 * Differs from Go: SWEEP_TERMINATION also covers mark setup (one STW pause, as in Go).
 * See:             Collector, TricolourAnswersTest.cycleGoesThroughFourPhases.
 */
package dev.golab.gc;

public enum Phase {
    OFF(0, false), SWEEP_TERMINATION(0, true), MARK(1, false), MARK_TERMINATION(2, true), SWEEP(0, false);

    /** Go's gcphase value (_GCoff = 0, _GCmark = 1, _GCmarktermination = 2). */
    public final int gcphase;
    /** The world is stopped during this phase. */
    public final boolean stw;

    Phase(int gcphase, boolean stw) {
        this.gcphase = gcphase;
        this.stw = stw;
    }

    /** writeBarrier.enabled = gcphase == _GCmark || gcphase == _GCmarktermination. */
    public boolean writeBarrier() { return gcphase == 1 || gcphase == 2; }
}
