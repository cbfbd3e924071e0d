package dev.golab.chan;

/*
 * Go behaviour:    none visible: Go's select dequeues a losing case's sudog, so an abandoned case
 *                  costs nothing afterwards. This keeps the segment model's memory and retries to that.
 * Model:           a losing select receive case leaves its cell INTERRUPTED_RCV: whichever sender later
 *                  takes that index must retry with the next one. Each segment counts such cells; once
 *                  all SIZE cells of a segment are dead and the senders counter lies inside it, one CAS
 *                  moves the counter to the segment's end, as if senders had taken every cell and
 *                  retried, and the send pointer moves to the next segment (again while that one is
 *                  dead too). So a channel that only receivers reach through select (a done channel
 *                  in a select loop) no longer keeps every segment since its last send alive, and its
 *                  next send does not retry once per abandoned case. jox does the same by unlinking
 *                  fully interrupted segments and moving the counter past them.
 * Invariants:      SKP-I1 the counter jumps only over cells that are all INTERRUPTED_RCV, never past the
 *                  receivers counter (receivers took those cells) and never once closed (closedAt stays
 *                  the senders count at close). SKP-I2 the send pointer never passes the segment of the
 *                  senders counter, so a sender that read it before its FAA still walks forward only.
 * Differs from jox: the mirror case (segments of abandoned send cases, the receivers counter) is not
 *                  done: there `bufferEnd` would have to follow too.
 * See:             SegmentReclaimTest, ChanLincheckTest, ChanStressTest.
 */
final class SegmentSkip {
    private SegmentSkip() {}

    /** Marks cell i of seg INTERRUPTED_RCV (its receiver left for good); the caller owns that transition. */
    static void setDeadRcv(SegmentChannel<?> ch, Segment seg, int i) {
        seg.set(i, Segment.INTERRUPTED_RCV);
        counted(ch, seg);
    }

    /** CASes cell i of seg from {@code expect} to INTERRUPTED_RCV; true if this call made the change. */
    static boolean casDeadRcv(SegmentChannel<?> ch, Segment seg, int i, Object expect) {
        if (!seg.cas(i, expect, Segment.INTERRUPTED_RCV)) return false;
        counted(ch, seg);
        return true;
    }

    private static void counted(SegmentChannel<?> ch, Segment seg) {
        if (seg.countDeadRcv()) jump(ch, seg);
    }

    /** seg's cells are all INTERRUPTED_RCV: move the senders counter and pointer past it if they are inside. */
    static void jump(SegmentChannel<?> ch, Segment seg) {
        for (Segment s = seg; s.allDeadRcv(); ) {
            long start = s.id * Segment.SIZE, end = start + Segment.SIZE;
            long sv = ch.senders.get();
            if ((sv & SegmentChannel.CLOSED_BIT) != 0 || sv < start || sv >= end) return;
            if (!ch.senders.compareAndSet(sv, end)) continue;           // a sender or close moved it: look again
            Segment next = s.nextOrCreate();
            for (Segment cur; (cur = ch.sendSeg.get()).id < next.id && !ch.sendSeg.compareAndSet(cur, next); ) { }
            s = next;
        }
    }
}
