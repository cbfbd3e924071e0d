package dev.golab.chan;

/*
 * Go behaviour:    runtime2.go's sudog: a goroutine waiting on one channel, with the value slot it
 *                  sends from or receives into (`elem`), `success` (false = woken by close), isSelect
 *                  and, for select, the G-wide `selectDone` flag the wakers race on.
 * Model:           one object per wait, linked into an HchanChannel's WaitQ; a plain send or receive
 *                  reuses its goroutine's spare (acquire/release: Go's acquireSudog/releaseSudog, whose
 *                  per-P cache is one spare per goroutine here), so a blocking hand-off allocates
 *                  nothing. A select allocates its sudogs (one per case) and shares one
 *                  SelectState among the sudogs of all its cases; the waker that wins its CAS writes
 *                  itself into `winner` (Go: gp.param = sg).
 * Invariants:      SD-I1 fields other than `done`/`winner` are guarded by the lock of `c`. SD-I2 `done` (or
 *                  SelectState.winner) is written under that lock after elem/success; the woken waiter
 *                  reads them without the lock, after goready's status CAS (which orders them). SD-I3 queued == "reachable from c's queue".
 *                  SD-I4 a sudog is released only when no queue and no waker holds it: after its
 *                  goroutine was readied (the waker's last read, sg.g, precedes that ready), never
 *                  after an interrupted wait.
 * See:             WaitQ, HchanChannel, Select.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;

final class Sudog {
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
    /** Plain waits: set by the waker under c's lock, before goready (whose status CAS publishes it). */
    boolean done;

    Sudog(Goroutine g, HchanChannel<?> c, boolean isSend, SelectState sel, int caseIndex) {
        this.g = g;
        this.c = c;
        this.isSend = isSend;
        this.sel = sel;
        this.caseIndex = caseIndex;
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
        done = false;
        c = null;
        g.putSpare(this);
    }

    /** Marks this wait completed (called by the waker with c's lock held); goready comes after unlock. */
    void ready() {
        if (sel != null) sel.winner = this;
        else done = true;
    }

    /** goready: the waker, after releasing the lock, makes the waiting goroutine runnable. */
    void goready() {
        Park.ready(g);
    }

    /** True once a waker has completed this wait. */
    boolean isReady() {
        return sel != null ? sel.winner != null : done;
    }
}
