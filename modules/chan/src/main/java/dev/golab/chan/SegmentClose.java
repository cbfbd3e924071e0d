package dev.golab.chan;

/*
 * Go behaviour:    closechan (chan.go): mark closed, wake every blocked receiver with (zero, false)
 *                  and every blocked sender (they panic); buffered values stay deliverable.
 * Model:           for the segment model, with S = senders at the instant the closed bit is set:
 *                  1 under a lock (close is rare), write closedAt = S, then CAS the closed bit into
 *                    `senders` (so whoever sees the bit sees S); a second close panics;
 *                  2 cells below S: close every parked sender / select send clause (they panic);
 *                    values and senders still on their way there are delivered normally;
 *                  3 cells from S to `receivers`: close every parked receiver / receive clause.
 *                  Waiters stored after the scan re-check the closed bit themselves.
 * Invariants:      SGX-I1 no sender is parked after close returns and its checks ran. SGX-I2 a receiver gets
 *                  (zero, false) only at a cell >= S, i.e. after every value sent before close.
 * Differs from jox: jox's done() keeps blocked senders' values; Go (and this model) panics them.
 * See:             SegmentChannel, ChanContract (close tests), ChanStressTest.
 */
final class SegmentClose {
    private SegmentClose() {}

    static void close(SegmentChannel<?> ch) {
        synchronized (ch.closeLock) {
            Segment rs = ch.recvSeg.get();
            Segment ss = ch.sendSeg.get();
            long s;
            while (true) {
                long sv = ch.senders.get();
                if ((sv & SegmentChannel.CLOSED_BIT) != 0) throw ChanPanics.closeOfClosed();
                ch.closedAt = sv;                                 // visible before the closed bit
                if (ch.senders.compareAndSet(sv, sv | SegmentChannel.CLOSED_BIT)) {
                    s = sv;
                    break;
                }
            }
            Segment seg = rs;                                  // senders parked below S panic
            for (long k = rs.id * Segment.SIZE; k < s; k++) {
                seg = Segment.find(seg, k / Segment.SIZE);
                int i = (int) (k % Segment.SIZE);
                Object st = seg.get(i);
                if (st instanceof SegmentWaiter sw && sw.isSend) sw.tryClose();
                else if (st instanceof SegmentSelect.Clause sc && sc.isSend && sc.trySelect(null, false)) {
                    SegmentSkip.casDead(ch, seg, i, sc, true);
                }
            }
            long r = ch.receivers.get();                          // receivers parked at S or later: (zero, false)
            seg = Segment.find(ss, s / Segment.SIZE);
            for (long k = s; k < r; k++) {
                seg = Segment.find(seg, k / Segment.SIZE);
                int i = (int) (k % Segment.SIZE);
                Object st = seg.get(i);
                if (st instanceof SegmentWaiter rw && !rw.isSend) rw.tryClose();
                else if (st instanceof SegmentSelect.Clause rc && !rc.isSend && rc.trySelect(null, false)) {
                    SegmentSkip.casDead(ch, seg, i, rc, false);
                }
            }
        }
    }
}
