package dev.golab.chan;

/*
 * Go behaviour:    runtime2.go's sudog: a goroutine waiting on one channel, with the value slot it
 *                  sends from or receives into (`elem`), `success` (false = woken by close), isSelect
 *                  and, for select, the G-wide `selectDone` flag the wakers race on.
 * Model:           one object per wait, linked into an HchanChannel's WaitQ; a plain send or receive
 *                  reuses its goroutine's spare (acquire/release: Go's acquireSudog/releaseSudog, whose
 *                  per-P cache is one spare per goroutine here), so a blocking hand-off allocates
 *                  nothing. A select takes its sudogs (one per case) from its goroutine's
 *                  SelectFrame and shares one SelectState among the sudogs of all its cases; the waker
 *                  that wins its CAS writes itself into `winner` (Go: gp.param = sg). On virtual threads
 *                  that SelectState is the select's spin word (SS-I2), as `hs` is a plain wait's.
 *                  On virtual threads a plain wait spins before it parks (Park.parkOnOwnWord), on `hs`, a flag
 *                  in the sudog itself: the waker writes the value into this sudog anyway, so a waiter
 *                  caught in its spin is completed on that one line, and the waker never touches the
 *                  waiter's Goroutine. SynchronousQueue keeps its item and waiter on one node the same
 *                  way. Measured (ChanPingPongBenchmark, HCHAN on VT, 2026-12-07): a round trip went
 *                  from 834–917 to 706–771 ns, one-way sends from 428–463 to 373–402 ns.
 * Invariants:      SD-I1 fields other than `hs` are guarded by the lock of `c`. SD-I2 elem/success (and a
 *                  select's SelectState.winner) are written under that lock; the woken waiter reads them
 *                  without the lock, after goready's atomic (hs's getAndSet, or its park's ready) orders
 *                  them. SD-I3 queued == "reachable from c's queue".
 *                  SD-I4 a sudog is released only when no queue and no waker holds it: after its
 *                  goroutine was readied (the waker's last read, sg.g, precedes that ready), never
 *                  after an interrupted wait. SD-I5 (spinWord) hs leaves WAITING once: the waker's
 *                  getAndSet(DONE) or the waiter's CAS to PARKING. The waker calls Park.ready(g) exactly
 *                  when it finds PARKING; a waiter that loses its CAS was completed and parks not at all.
 * Differs from Go: Go's waiter never spins, so its waker always calls goready; here a spinning waiter's
 *                  waker skips it (the spin is a Java difference: see dev.golab.runtime.Spin).
 * See:             WaitQ, HchanChannel, Select.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.SpinWord;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class Sudog implements SpinWord {
    static final int WAITING = 0, PARKING = 1, DONE = 2;
    private static final VarHandle HS;

    static {
        try {
            HS = MethodHandles.lookup().findVarHandle(Sudog.class, "hs", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** VT plain waits (SD-I5): the waiter spins on hs; the waker touches g only once the waiter parks. */
    final boolean spinWord;
    /** spinWord waits: WAITING (spinning), then DONE (the waker's) or PARKING (the waiter's), once. */
    private volatile int hs;
    final Goroutine g;
    /** Non-null for select waits (Go: isSelect). */
    final SelectState sel;
    /** The index of this sudog's case in the select's argument list. */
    final int caseIndex;
    HchanChannel<?> c;
    boolean isSend;
    Object elem;
    boolean success;
    boolean queued;
    Sudog next;
    Sudog prev;

    Sudog(Goroutine g, HchanChannel<?> c, boolean isSend, SelectState sel, int caseIndex) {
        this.g = g;
        this.c = c;
        this.isSend = isSend;
        this.sel = sel;
        this.caseIndex = caseIndex;
        this.spinWord = sel == null && Park.onVirtualThread(g);
    }

    /** acquireSudog: g's spare for a plain wait on c, or a new one (g must be the caller). */
    static Sudog acquire(Goroutine g, HchanChannel<?> c, boolean isSend) {
        if (g.takeSpare() instanceof Sudog sg) {
            sg.c = c;
            sg.isSend = isSend;
            return sg;
        }
        return new Sudog(g, c, isSend, null, 0);
    }

    /** releaseSudog: the wait is over and nothing references this any more (SD-I4). */
    void release() {
        elem = null;
        success = false;
        c = null;
        hs = WAITING;
        g.putSpare(this);
    }

    /**
     * Marks this wait completed (called by the waker with c's lock held); goready comes after unlock. A
     * plain wait needs no mark: its waiter learns it from goready itself (SD-I2).
     */
    void ready() {
        if (sel != null) sel.winner = this;
    }

    /**
     * goready: the waker, after releasing the lock, makes the waiting goroutine runnable. A spinWord
     * waiter still spinning is done by the flag alone (SD-I5); g was read before it (SD-I4).
     */
    void goready() {
        Goroutine gp = g;
        if (sel != null ? sel.spinWord && !sel.completeSpin()           // SS-I2: the select's word
                : spinWord && (int) HS.getAndSet(this, DONE) != PARKING) return;
        Park.ready(gp);
    }

    /** The waiter's spin condition (spinWord waits: Park.parkOnOwnWord). */
    @Override
    public boolean completed() {
        return hs == DONE;
    }

    /** The waiter gives up spinning: false when the waker completed it first (no park, no ready to come). */
    @Override
    public boolean commitPark() {
        return HS.compareAndSet(this, WAITING, PARKING);
    }
}
