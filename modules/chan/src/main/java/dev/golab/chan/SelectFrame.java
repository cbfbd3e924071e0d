package dev.golab.chan;

/*
 * Go behaviour:    a blocked selectgo takes one sudog per case from acquireSudog (a per-P cache) and
 *                  gives them back when it returns; its order arrays live on the goroutine's stack, and
 *                  selectDone/param are fields of the G. A select in a loop allocates nothing.
 * Model:           the records of one goroutine's blocked select, kept for its next one: the shared
 *                  SelectState, a sudog per case index (a sudog's case index, goroutine and SelectState
 *                  never change, so a slot's sudog is reused as is), and gopark's unlockf (selunlock of
 *                  the current cases) as this object rather than a lambda. A goroutine holds at most
 *                  one spare frame (Goroutine.takeSelectSpare): a case body that selects again takes it
 *                  after the outer select has given it back, or allocates a new one.
 * Invariants:      SF-I1 a frame is given back only when nothing else holds a reference into it: after
 *                  pass 3 (every loser dequeued under its channel's lock, so a waker that lost the claim
 *                  has let go) and after the winner's waker finished its last write (SS-I2's DONE, or
 *                  the ready the waiter parked for). A select that ends by throwing drops its frame.
 *                  SF-I2 a given-back frame references no value, channel or case (nothing kept alive).
 * Differs from Go: one spare frame per goroutine instead of a per-P sudog cache. Measured
 *                  (SelectPingPongBenchmark, alternating forks, 2026-12-07): bytes per round trip fell
 *                  from 387–521 to 256, and VT's round trip from 1,045–1,197 to 897–972 ns. The 128 B
 *                  left per select are the caller's two Case objects and varargs array, and the order
 *                  array (allocated before selectgo knows it will block).
 * See:             Select, SelectState, Sudog, Goroutine.takeSelectSpare.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import java.util.Arrays;

final class SelectFrame implements Unlocker {
    private final Goroutine g;
    final SelectState st;
    private Sudog[] sgs = new Sudog[2];
    private Case[] cases;
    private char[] order;
    private int live;

    private SelectFrame(Goroutine g) {
        this.g = g;
        this.st = new SelectState(Park.onVirtualThread(g));
    }

    /** g's spare frame (g must be the caller), or a new one, set up for this select's cases. */
    static SelectFrame acquire(Goroutine g, Case[] cases, char[] order, int live) {
        SelectFrame f = g.takeSelectSpare() instanceof SelectFrame s ? s : new SelectFrame(g);
        f.cases = cases;
        f.order = order;
        f.live = live;
        if (f.sgs.length < cases.length) f.sgs = Arrays.copyOf(f.sgs, cases.length);
        return f;
    }

    /** The sudog for case ci on channel c, made ready to enqueue (pass 2). */
    Sudog sudog(int ci, HchanChannel<?> c, boolean isSend) {
        Sudog sg = sgs[ci];
        if (sg == null) {
            sgs[ci] = sg = new Sudog(g, c, isSend, st, ci);
        } else {
            sg.c = c;
            sg.isSend = isSend;
        }
        return sg;
    }

    /** The sudog enqueued for case ci in this select. */
    Sudog at(int ci) {
        return sgs[ci];
    }

    /** gopark's unlockf: selunlock of this select's channels. */
    @Override
    public void unlock() {
        Select.selunlock(cases, order, live);
    }

    /** Gives the frame back to g (SF-I1: pass 3 is done and the winner has been read). */
    void release() {
        for (int k = live; k < 2 * live; k++) {           // SF-I2
            Sudog sg = sgs[order[k]];
            sg.elem = null;
            sg.success = false;
            sg.c = null;
        }
        st.reset();
        cases = null;
        order = null;
        g.putSelectSpare(this);
    }
}
