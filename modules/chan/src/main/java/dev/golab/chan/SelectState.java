package dev.golab.chan;

/*
 * Go behaviour:    the per-select part of a G in Go's runtime: gp.selectDone (0 until one waker claims
 *                  the select; only the CAS winner completes a case) and gp.param (the winning sudog).
 * Model:           one object per blocked select, shared by the sudogs of all its cases, and kept in the
 *                  goroutine's SelectFrame for its next select. The selecting goroutine claims it itself
 *                  to cancel the wait when interrupted.
 *                  On virtual threads it is also the select's own spin word (Park.parkOnOwnWord, as
 *                  hchan's sudog is for a plain wait): the waker that wins the claim writes `winner`
 *                  here anyway, so it completes a select still spinning on this one object and never
 *                  touches the waiter's Goroutine. Until 2026-12-07 the claim was an AtomicInteger of
 *                  its own and the spin polled the Goroutine's state word: three objects' lines crossed
 *                  where one does now. By itself that measured nothing (SelectPingPongBenchmark on VT);
 *                  SelectFrame's reuse and a plain `winner` did (docs/handoff-log.md).
 * Invariants:      SS-I1 selectDone goes 0 → 1 once (claim), and only its claimer writes winner.
 *                  SS-I2 (spinWord) hs leaves WAITING once: the waker's getAndSet(DONE) after it wrote
 *                  winner, or the waiter's CAS to PARKING; the waker calls Park.ready(g) exactly when it
 *                  finds PARKING.
 * Differs from Go: Go's selecting G never spins, so its waker always calls goready (see
 *                  dev.golab.runtime.Spin); SelectFrameAnswersTest names it.
 * See:             Select, SelectFrame, Sudog (SD-I5), WaitQ.dequeue.
 */
import dev.golab.runtime.SpinWord;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class SelectState implements SpinWord {
    private static final VarHandle SELECT_DONE, HS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            SELECT_DONE = l.findVarHandle(SelectState.class, "selectDone", int.class);
            HS = l.findVarHandle(SelectState.class, "hs", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** VT selects (SS-I2): the waiter spins on hs; the waker touches the Goroutine only once it parks. */
    final boolean spinWord;
    private volatile int selectDone;
    /**
     * Written by the claimer under the winning channel's lock, before goready (Go: gp.param = sg); read
     * by the waiter after goready's atomic (SS-I2's getAndSet, or the ready of its park) orders it, as
     * a sudog's elem and success are (SD-I2). Plain: a volatile store would add a fence per wake and reset.
     */
    Sudog winner;
    private volatile int hs;

    SelectState(boolean spinWord) {
        this.spinWord = spinWord;
    }

    /** Claims the select (selectDone 0 → 1): true for exactly one caller (SS-I1). */
    boolean claim() {
        return SELECT_DONE.compareAndSet(this, 0, 1);
    }

    /** The waker's half of SS-I2: true when the waiter has committed to park and needs Park.ready. */
    boolean completeSpin() {
        return (int) HS.getAndSet(this, Sudog.DONE) == Sudog.PARKING;
    }

    /** For the next select of the same goroutine (SelectFrame.release; SF-I1: nobody else holds this). */
    void reset() {
        SELECT_DONE.setRelease(this, 0);
        HS.setRelease(this, Sudog.WAITING);
        winner = null;
    }

    @Override
    public boolean completed() {
        return hs == Sudog.DONE;
    }

    @Override
    public boolean commitPark() {
        return HS.compareAndSet(this, Sudog.WAITING, Sudog.PARKING);
    }
}
