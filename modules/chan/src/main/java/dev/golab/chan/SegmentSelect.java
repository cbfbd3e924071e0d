package dev.golab.chan;

/*
 * Go behaviour:    select (runtime/select.go) over channels of the segment model: one case runs; nil
 *                  cases never; uniform among ready cases; default only when none is ready.
 * Model:           Kotlin's select (PR #3020) / jox Select.java, adapted:
 *                  0 pass 1: in a random permutation (Go's pollorder) try each case without
 *                    blocking (trySend/tryRecv: counter snapshot + CAS, no cell burnt); none ready and
 *                    a default → default;
 *                  1 state = REGISTERING; register one Clause per live case in that permutation
 *                    (Kotlin registers in source order, hence its bias);
 *                  2 registering a case reserves a cell (FAA) like a send/receive would; if it can
 *                    complete at once the select is won by that case (the owner is the only one who
 *                    can complete clauses while REGISTERING);
 *                  3 a peer that meets a stored clause while REGISTERING cannot complete it: it adds the
 *                    case to a re-register list in `state`, abandons the cell and retries elsewhere;
 *                  4 the owner CASes REGISTERING → its goroutine handle (waiting); if the CAS fails it re-registers
 *                    the listed cases first;
 *                  5 a peer CASes the handle → the Clause it completes and readies the owner (Park);
 *                  6 every losing clause's cell is marked interrupted.
 * Invariants:      SGS-I1 state leaves REGISTERING/list only by the owner; leaves the handle only by one
 *                  CAS to a Clause (or CANCELLED by the owner's interrupt). SGS-I2 a clause's result is
 *                  written before the CAS that makes it the winner.
 * Differs from Go: a send and a receive case on the same rendezvous SegmentChannel can meet each other
 *                  during registration; the later one then abandons the cell and the earlier one is
 *                  dropped (Go keeps both).
 * See:             SegmentChannelTest (ChanContract select case), SelectUncontendedBenchmark.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

final class SegmentSelect {
    static final Object REGISTERING = new Object();
    static final Object CANCELLED = new Object();

    /** Cases to re-register, pushed by peers while the owner registers (an immutable cons list). */
    record ReRegister(int caseIndex, ReRegister rest) {}

    /** One selecting thread. */
    static final class Instance {
        final AtomicReference<Object> state = new AtomicReference<>(REGISTERING);
        final Goroutine owner = Park.self();
    }

    /** One registration of one case in one cell. */
    static final class Clause {
        final Instance sel;
        final int caseIndex;
        final boolean isSend;
        final Object value;                 // what a send case sends
        final SegmentChannel<?> ch;
        Segment seg;
        int idx;
        Object result;                      // what a receive case got
        boolean ok;                         // false: closed (receive) / panic (send)

        Clause(Instance sel, int caseIndex, boolean isSend, Object value, SegmentChannel<?> ch) {
            this.sel = sel;
            this.caseIndex = caseIndex;
            this.isSend = isSend;
            this.value = value;
            this.ch = ch;
        }

        /** This clause won its select (completed by a peer, by close, or at registration). */
        boolean won() {
            return sel.state.get() == this;
        }

        /** A peer (or close) completes this clause: true if it won the select. */
        boolean trySelect(Object v, boolean okResult) {
            while (true) {
                Object st = sel.state.get();
                if (st == REGISTERING || st instanceof ReRegister) {
                    ReRegister again = new ReRegister(caseIndex, st instanceof ReRegister r ? r : null);
                    if (sel.state.compareAndSet(st, again)) return false;
                } else if (st == sel.owner) {
                    result = v;
                    ok = okResult;
                    if (sel.state.compareAndSet(st, this)) {
                        Park.ready(sel.owner);
                        return true;
                    }
                } else {
                    return false;                                   // already won or cancelled
                }
            }
        }
    }

    private SegmentSelect() {}

    static int select(Case[] cases, int dflt) {
        int live = 0;
        for (Case c : cases) {
            if (c.kind == Case.Kind.DEFAULT || c.chan.isNil()) continue;
            if (!(c.chan instanceof SegmentChannel<?>)) {
                throw new IllegalArgumentException("select mixes channel models: " + c.chan);
            }
            live++;
        }
        int[] order = new int[live];
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int n = 0;
        for (int i = 0; i < cases.length; i++) {                   // Go's pollorder
            if (cases[i].kind == Case.Kind.DEFAULT || cases[i].chan.isNil()) continue;
            int j = rnd.nextInt(n + 1);
            order[n] = order[j];
            order[j] = i;
            n++;
        }
        for (int ci : order) {                                     // pass 1: poll, as selectgo does
            Case c = cases[ci];
            SegmentChannel<?> ch = (SegmentChannel<?>) c.chan;
            if (c.kind == Case.Kind.SEND) {
                if (SegmentClauses.trySend(ch, c.value)) {
                    c.ran();
                    return ci;
                }
            } else {
                Object v = SegmentClauses.tryRecv(ch);
                if (v != HchanChannel.WOULD_BLOCK) {
                    boolean ok = v != HchanChannel.CLOSED;
                    c.received(ok ? v : null, ok);
                    return ci;
                }
            }
        }
        if (dflt >= 0) return Select.runDefault(cases, dflt);
        Instance sel = new Instance();
        Clause[] clauses = new Clause[cases.length];
        Clause won = null;
        for (int ci : order) {
            won = register(sel, cases, ci, clauses);
            if (won != null) break;
        }
        while (won == null) {
            Object st = sel.state.get();
            if (st instanceof ReRegister r) {
                if (!sel.state.compareAndSet(st, REGISTERING)) continue;
                for (; r != null && won == null; r = r.rest()) won = register(sel, cases, r.caseIndex(), clauses);
            } else if (sel.state.compareAndSet(st, sel.owner)) {
                won = park(sel, cases, clauses);
            }
        }
        for (Clause c : clauses) if (c != null && c != won) SegmentClauses.abandon(c);
        Case c = cases[won.caseIndex];
        if (!won.isSend && won.ok && won.seg != null) won.ch.expandBuffer();   // its cell is spent
        if (won.isSend) {
            if (!won.ok) throw ChanPanics.sendOnClosed();
            c.ran();
        } else {
            c.received(won.ok ? won.result : null, won.ok);
        }
        return won.caseIndex;
    }

    /** Registers case ci; returns its clause if it completed at once (the select is then won). */
    private static Clause register(Instance sel, Case[] cases, int ci, Clause[] clauses) {
        Case c = cases[ci];
        Clause cl = new Clause(sel, ci, c.kind == Case.Kind.SEND, c.value, (SegmentChannel<?>) c.chan);
        Clause previous = clauses[ci];
        if (previous != null) SegmentClauses.abandon(previous);
        clauses[ci] = cl;
        boolean done = cl.isSend ? SegmentClauses.registerSend(cl.ch, cl) : SegmentClauses.registerRecv(cl.ch, cl);
        if (done) sel.state.set(cl);
        return done ? cl : null;
    }

    private static Clause park(Instance sel, Case[] cases, Clause[] clauses) {
        if (!Park.park(sel.owner, WaitReason.SELECT, cases, Unlocker.NONE)) {
            if (sel.state.compareAndSet(sel.owner, CANCELLED)) {
                Park.abandon(sel.owner);
                for (Clause c : clauses) if (c != null) SegmentClauses.abandon(c);
                throw new Interrupted("select");
            }
            Park.awaitReady(sel.owner);            // a peer won the select: its ready is on the way
        }
        return (Clause) sel.state.get();
    }
}
