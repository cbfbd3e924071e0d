package dev.golab.chan;

/*
 * Go behaviour:    `select` (runtime/select.go selectgo, Go 1.23): nil-channel cases never run; with
 *                  `default` it never blocks; otherwise it blocks until a case can proceed; among ready
 *                  cases the choice is uniformly random; a chosen send on a closed channel panics; the
 *                  same channel may appear in several cases; `select {}` blocks forever. The compiler
 *                  turns 0/1-case selects into plain (possibly non-blocking) channel operations.
 * Model:           selectgo step by step:
 *                  1 pollorder = uniform random permutation of the non-nil cases (Fisher–Yates);
 *                  2 lockorder = the same cases sorted by channel id (Go: by hchan address);
 *                  3 lock every channel once, in lockorder;
 *                  4 pass 1 in pollorder: the first case that can proceed wins;
 *                  5 none and a default exists → unlock, run default;
 *                  6 pass 2: one sudog per case on its sendq/recvq, all sharing one SelectState (the
 *                    goroutine's SelectFrame keeps both for its next select); unlock; park (on VT: spin
 *                    on the SelectState's own word first);
 *                  7 a peer claims the select (selectDone CAS), completes that case, wakes us;
 *                  8 pass 3: relock and dequeue the losing sudogs; a send woken by close panics.
 * Invariants:      SEL-I1 exactly one case body runs per call. SEL-I2 a case on a nil channel never runs.
 *                  SEL-I3 P(case i) = 1/k among k ready cases (pollorder is uniform). SEL-I4 locks are always
 *                  taken in ascending id order, so two selects never deadlock.
 * Differs from Go: returns the chosen case's index in the argument list (Go's selectgo returns -1
 *                  for default; here default's own index). Channels of other models (SegmentChannel)
 *                  go through their own select (SegmentSelect); one select mixing both models is
 *                  an IllegalArgumentException (SelectAnswersTest). An interrupted blocked select throws
 *                  Interrupted with no case run. More than 65536 cases (selectgo's uint16 order
 *                  array) is an IllegalArgumentException; Go's compiler never builds such a select.
 * See:             SelectAnswersTest, SelectGoPortTest, SelectUncontendedBenchmark.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

public final class Select {
    /** selectgo's limit: order0 holds uint16 case indices ("ncases must be <= 65536"). */
    static final int MAX_CASES = 1 << 16;

    private Select() {}

    /** {@code case v := <-c:}. */
    public static <T> Case recv(Chan<T> c, Consumer<? super T> body) {
        return new Case(Case.Kind.RECV, c, null, body, null, null);
    }

    /** {@code case <-c:} (value discarded). */
    public static <T> Case recv(Chan<T> c) {
        return new Case(Case.Kind.RECV, c, null, null, null, null);
    }

    /** {@code case v, ok := <-c:}. */
    public static <T> Case recvOk(Chan<T> c, Case.RecvOkBody<? super T> body) {
        return new Case(Case.Kind.RECV, c, null, null, body, null);
    }

    /** {@code case c <- v:}. */
    public static <T> Case send(Chan<T> c, T v, Runnable body) {
        return new Case(Case.Kind.SEND, c, v, null, null, body);
    }

    /** {@code case c <- v:} with an empty body. */
    public static <T> Case send(Chan<T> c, T v) {
        return new Case(Case.Kind.SEND, c, v, null, null, null);
    }

    /** {@code default:} — runs only when no other case is ready. */
    public static Case otherwise(Runnable body) {
        return new Case(Case.Kind.DEFAULT, null, null, null, null, body);
    }

    /** {@code select { cases }}: runs exactly one case and returns its index in {@code cases}. */
    public static int select(Case... cases) {
        int dflt = -1;
        int live = 0;
        int only = -1;
        boolean allHchan = true;
        for (int i = 0; i < cases.length; i++) {
            Case c = cases[i];
            if (c.kind == Case.Kind.DEFAULT) {
                if (dflt >= 0) throw new IllegalArgumentException("multiple defaults in select");
                dflt = i;
            } else if (!c.chan.isNil()) {
                live++;
                only = i;
                allHchan &= c.chan instanceof HchanChannel<?>;
            }
        }
        if (live == 0) {                                 // only nil cases: block forever or default
            if (dflt >= 0) return runDefault(cases, dflt);
            if (cases.length == 0) throw Park.forever(WaitReason.SELECT_NO_CASES, cases);
            if (cases.length == 1) {                     // compiled to a plain op on a nil channel
                throw Park.forever(cases[0].kind == Case.Kind.SEND
                        ? WaitReason.CHAN_SEND_NIL_CHAN : WaitReason.CHAN_RECEIVE_NIL_CHAN, cases[0].chan);
            }
            throw Park.forever(WaitReason.SELECT, cases);
        }
        if (!allHchan) return SegmentSelect.select(cases, dflt);
        if (live == 1) return single(cases, only, dflt);   // the compiler's selectnbsend/recv rewrite
        return selectgo(cases, live, dflt);
    }

    /** One live case: a plain channel operation, non-blocking when there is a default. */
    private static int single(Case[] cases, int i, int dflt) {
        Case c = cases[i];
        HchanChannel<?> ch = (HchanChannel<?>) c.chan;
        if (c.kind == Case.Kind.SEND) {
            if (ch.chansend(c.value, dflt < 0)) {
                c.ran();
                return i;
            }
        } else {
            Object r = ch.chanrecv(dflt < 0);
            if (r != HchanChannel.WOULD_BLOCK) {
                c.received(r == HchanChannel.CLOSED ? null : r, r != HchanChannel.CLOSED);
                return i;
            }
        }
        return runDefault(cases, dflt);
    }

    /**
     * Runs the default case. A select with a default is how Go code polls, so this is a preemption
     * point: a CONT goroutine that sysmon asked to yield does so here (Go preempts a polling loop
     * asynchronously since 1.14, and before that at its next call).
     */
    static int runDefault(Case[] cases, int dflt) {
        Park.preemptPoint();
        cases[dflt].ran();
        return dflt;
    }

    private static int selectgo(Case[] cases, int live, int dflt) {
        // Go's order0: one [2*ncases]uint16, pollorder in the first half, lockorder in the second.
        if (cases.length > MAX_CASES) throw new IllegalArgumentException("select: more than 65536 cases");
        char[] order = new char[2 * live];
        // 1. pollorder: inside-out Fisher–Yates over the live cases.
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int n = 0;
        for (int i = 0; i < cases.length; i++) {
            if (cases[i].kind == Case.Kind.DEFAULT || cases[i].chan.isNil()) continue;
            int j = rnd.nextInt(n + 1);
            order[n] = order[j];
            order[j] = (char) i;
            n++;
        }
        // 2. lockorder: by channel id (insertion sort; selects are small).
        for (int k = 0; k < live; k++) {
            int ci = order[k];
            long id = chan(cases, ci).id;
            int j = live + k;
            while (j > live && chan(cases, order[j - 1]).id > id) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = (char) ci;
        }
        sellock(cases, order, live);                     // 3.
        for (int k = 0; k < live; k++) {                 // 4. pass 1
            int ci = order[k];
            Case c = cases[ci];
            HchanChannel<?> ch = chan(cases, ci);
            if (c.kind == Case.Kind.RECV) {
                Sudog sg = ch.isClosed() ? null : ch.sendq.dequeue();
                if (sg != null) {
                    Object v = ch.recvFrom(sg);
                    selunlock(cases, order, live);
                    sg.goready();
                    c.received(v, true);
                    return ci;
                }
                if (ch.qcount() > 0) {
                    Object v = ch.bufTake();
                    selunlock(cases, order, live);
                    c.received(v, true);
                    return ci;
                }
                if (ch.isClosed()) {
                    selunlock(cases, order, live);
                    c.received(null, false);
                    return ci;
                }
            } else {
                if (ch.isClosed()) {
                    selunlock(cases, order, live);
                    throw ChanPanics.sendOnClosed();
                }
                Sudog sg = ch.recvq.dequeue();
                if (sg != null) {
                    HchanChannel.sendDirect(sg, c.value);
                    selunlock(cases, order, live);
                    sg.goready();
                    c.ran();
                    return ci;
                }
                if (ch.qcount() < ch.dataqsiz()) {
                    ch.bufPut(c.value);
                    selunlock(cases, order, live);
                    c.ran();
                    return ci;
                }
            }
        }
        if (dflt >= 0) {                                 // 5.
            selunlock(cases, order, live);
            return runDefault(cases, dflt);
        }
        Goroutine me = Park.self();                      // 6. pass 2: enqueue on every channel
        SelectFrame f = SelectFrame.acquire(me, cases, order, live);
        for (int k = live; k < 2 * live; k++) {
            int ci = order[k];
            Case c = cases[ci];
            Sudog sg = f.sudog(ci, chan(cases, ci), c.kind == Case.Kind.SEND);
            if (sg.isSend) {
                sg.elem = c.value;
                sg.c.sendq.enqueue(sg);
            } else {
                sg.c.recvq.enqueue(sg);
            }
        }
        Sudog won = park(me, f, cases, order, live);     // 7. selunlock is gopark's unlockf
        sellock(cases, order, live);                     // 8. pass 3: dequeue the losers
        for (int k = live; k < 2 * live; k++) {
            Sudog sg = f.at(order[k]);
            if (sg != won) (sg.isSend ? sg.c.sendq : sg.c.recvq).remove(sg);
        }
        selunlock(cases, order, live);
        int ci = won.caseIndex;
        boolean isSend = won.isSend, ok = won.success;
        Object v = won.elem;
        f.release();                                     // SF-I1; before the body, which may select again
        if (isSend) {
            if (!ok) throw ChanPanics.sendOnClosed();
            cases[ci].ran();
        } else {
            cases[ci].received(ok ? v : null, ok);
        }
        return ci;
    }

    private static Sudog park(Goroutine me, SelectFrame f, Case[] cases, char[] order, int live) {
        SelectState st = f.st;
        if (st.spinWord) {                              // VT: spin on the select's own word (SS-I2)
            selunlock(cases, order, live);
            if (Park.parkOnOwnWord(me, WaitReason.SELECT, cases, st)) return st.winner;
        } else if (Park.park(me, WaitReason.SELECT, cases, f)) {
            return st.winner;
        }
        if (st.claim()) {                               // we claimed it: nobody else can win
            sellock(cases, order, live);
            for (int k = live; k < 2 * live; k++) {
                Sudog sg = f.at(order[k]);
                (sg.isSend ? sg.c.sendq : sg.c.recvq).remove(sg);
            }
            selunlock(cases, order, live);
            Park.abandon(me);
            throw new Interrupted("select");             // the frame is dropped (SF-I1)
        }
        Park.awaitReady(me);                            // a waker won selectDone: its ready is on the way
        return st.winner;
    }

    private static HchanChannel<?> chan(Case[] cases, int ci) {
        return (HchanChannel<?>) cases[ci].chan;
    }

    private static void sellock(Case[] cases, char[] order, int live) {
        HchanChannel<?> prev = null;
        for (int k = live; k < 2 * live; k++) {
            HchanChannel<?> c = chan(cases, order[k]);
            if (c != prev) c.lock();                // a channel in several cases is locked once
            prev = c;
        }
    }

    static void selunlock(Case[] cases, char[] order, int live) {
        HchanChannel<?> prev = null;
        for (int k = live; k < 2 * live; k++) {
            HchanChannel<?> c = chan(cases, order[k]);
            if (c != prev) c.unlock();
            prev = c;
        }
    }
}
