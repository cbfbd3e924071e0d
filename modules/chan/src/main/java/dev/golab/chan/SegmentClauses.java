package dev.golab.chan;

/*
 * Go behaviour:    the select side of a channel: selectnbsend / selectnbrecv (a case tried without
 *                  blocking, select.go pass 1) and enqueueing a select's sudog (pass 2) — here for the
 *                  segment model.
 * Model:           1 trySend/tryRecv snapshot the counters and reserve a cell with a CAS only when the
 *                    operation will complete (jox 1.1), so a failed try burns no cell;
 *                  2 registerSend/registerRecv reserve a cell with FAA like a blocking op, but store a
 *                    SegmentSelect.Clause instead of a parked thread;
 *                  3 abandon: a losing clause marks its cell interrupted (a spent receive cell also
 *                    extends the buffer, keeping cap slots ahead).
 * Invariants:      SGC-I1 a try reports "would block" only from two equal reads of the counter it
 *                  reserves from. SGC-I2 every abandoned receive cell triggers exactly one expandBuffer.
 * Differs from Go: trySend may report "full" while a concurrent receive is still extending bufferEnd
 *                  (found by ChanLincheckTest; jox documents trySend as possibly spurious).
 * See:             SegmentChannel, SegmentSelect, ChanLincheckTest.
 */
final class SegmentClauses {
    private SegmentClauses() {}

    /**
     * Go's selectnbsend: send only if that completes at once (jox 1.1's trySend: snapshot the counters
     * and CAS instead of FAA, so no cell is burnt). Linearizes "full" at the bufferEnd read, which lies
     * between two equal reads of ch.senders.
     */
    static boolean trySend(SegmentChannel<?> ch, Object v) {
        while (true) {
            long sv = ch.senders.get();
            if ((sv & SegmentChannel.CLOSED_BIT) != 0) throw ChanPanics.sendOnClosed();
            long b = ch.bufferEnd.get();
            long r = ch.receivers.get();
            if (sv >= b && sv >= r) {                          // no slot, no receiver on its way
                if (ch.senders.get() == sv) return false;
                continue;
            }
            Segment from = ch.sendSeg.get();
            if (!ch.senders.compareAndSet(sv, sv + 1)) continue;
            Segment seg = Segment.reach(ch.sendSeg, from, sv);
            if (ch.sendCell(seg, (int) (sv % Segment.SIZE), sv, v, null) == Segment.DONE) return true;
        }
    }

    /** Go's selectnbrecv: the value, HchanChannel.CLOSED, or HchanChannel.WOULD_BLOCK. */
    static Object tryRecv(SegmentChannel<?> ch) {
        while (true) {
            long r = ch.receivers.get();
            long sv = ch.senders.get();
            if (r >= (sv & ~SegmentChannel.CLOSED_BIT)) {                     // nothing sent for cell r yet
                if (ch.receivers.get() != r) continue;
                return (sv & SegmentChannel.CLOSED_BIT) != 0 ? HchanChannel.CLOSED : HchanChannel.WOULD_BLOCK;
            }
            Segment from = ch.recvSeg.get();
            if (!ch.receivers.compareAndSet(r, r + 1)) continue;
            Segment seg = Segment.reach(ch.recvSeg, from, r);
            Object v = ch.recvCell(seg, (int) (r % Segment.SIZE), r, null);
            if (v != Segment.RETRY) return v;
        }
    }

    /** Select registration of a send case: true if it completed at once (clause.ok false = closed). */
    static boolean registerSend(SegmentChannel<?> ch, SegmentSelect.Clause c) {
        while (true) {
            Segment from = ch.sendSeg.get();
            long s = ch.senders.getAndIncrement();
            if ((s & SegmentChannel.CLOSED_BIT) != 0) {
                c.ok = false;
                return true;
            }
            Segment seg = Segment.reach(ch.sendSeg, from, s);
            int i = (int) (s % Segment.SIZE);
            Object r = ch.sendCell(seg, i, s, c.value, c);
            if (r == Segment.DONE) {
                c.ok = true;
                return true;
            }
            if (r == Segment.STORED) {
                c.seg = seg;
                c.idx = i;
                if (!ch.isClosed()) return false;
                SegmentSkip.casDead(ch, seg, i, c, true);
                c.ok = false;
                return true;
            }
        }
    }

    /** Select registration of a receive case: true if it completed at once. */
    static boolean registerRecv(SegmentChannel<?> ch, SegmentSelect.Clause c) {
        Object v = ch.chanrecv(c);
        if (v == Segment.STORED) return false;
        if (v == HchanChannel.CLOSED) {
            if (c.seg != null) SegmentSkip.casDead(ch, c.seg, c.idx, c, false);
            c.ok = false;
        } else {
            c.result = v;
            c.ok = true;
        }
        return true;
    }

    /** A losing or cancelled clause leaves its cell (Go: select's pass 3 dequeue). */
    static void abandon(SegmentSelect.Clause c) {
        if (c.seg == null) return;
        boolean left = SegmentSkip.casDead(c.ch, c.seg, c.idx, c, c.isSend);
        if (left && !c.isSend) c.ch.expandBuffer();                 // a spent receive cell: keep cap slots ahead
    }
}
