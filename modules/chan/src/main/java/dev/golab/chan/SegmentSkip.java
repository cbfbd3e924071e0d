package dev.golab.chan;

/*
 * Go behaviour:    none visible: Go's select dequeues a losing case's sudog, so an abandoned case
 *                  costs nothing afterwards. This keeps the segment model's memory and retries to that.
 * Model:           a losing select case leaves its cell interrupted: INTERRUPTED_RCV (a receive case:
 *                  whichever sender later takes that index must retry) or INTERRUPTED_SEND (a send case:
 *                  its receiver must retry). Each segment counts both. Once all SIZE cells of a segment
 *                  are interrupted on one side and the other side's counter lies inside it, one CAS moves
 *                  that counter to the segment's end, as if the other side had taken every cell and
 *                  retried, and its pointer moves to the next segment (again while that one is full too).
 *                  So a channel that only one side reaches through select (a done channel in a select
 *                  loop) no longer keeps every segment since the other side's last operation alive, and
 *                  that side's next operation does not retry once per abandoned case. jox does the same
 *                  by unlinking fully interrupted segments and moving the counter past them.
 * Invariants:      SKP-I1 a counter jumps only over cells that are all interrupted by the other side,
 *                  never past the other side's counter (it took those cells) and never once closed.
 *                  SKP-I2 a pointer never passes the segment of its counter, so an operation that read it
 *                  before its FAA still walks forward only.
 * Differs from jox: the receivers counter jumps only on unbuffered channels. A buffered channel that
 *                  no receiver reaches fills its buffer first, and those values hold the receivers
 *                  counter in front of any segment of abandoned send cases, so the jump would not apply.
 *                  A jump replaces k receivers that each take a dead cell and retry; retries never move
 *                  `bufferEnd`, so enabling it there would be safe, but no test drives that case.
 * See:             SegmentReclaimTest, ChanLincheckTest, ChanStressTest.
 */
final class SegmentSkip {
    private SegmentSkip() {}

    /** Marks cell i of seg interrupted for good by its sender ({@code send}) or receiver; the caller owns that transition. */
    static void setDead(SegmentChannel<?> ch, Segment seg, int i, boolean send) {
        seg.set(i, send ? Segment.INTERRUPTED_SEND : Segment.INTERRUPTED_RCV);
        counted(ch, seg, send);
    }

    /** CASes cell i of seg from {@code expect} to interrupted; true if this call made the change. */
    static boolean casDead(SegmentChannel<?> ch, Segment seg, int i, Object expect, boolean send) {
        if (!seg.cas(i, expect, send ? Segment.INTERRUPTED_SEND : Segment.INTERRUPTED_RCV)) return false;
        counted(ch, seg, send);
        return true;
    }

    private static void counted(SegmentChannel<?> ch, Segment seg, boolean send) {
        if (seg.countDead(send)) jump(ch, seg, send);
    }

    /**
     * seg's cells are all interrupted by senders ({@code send}) or by receivers: move the other side's
     * counter and pointer past it if that counter is inside it.
     */
    static void jump(SegmentChannel<?> ch, Segment seg, boolean send) {
        if (send && ch.cap() != 0) return;                          // see "Differs from jox"
        PaddedCounter counter = send ? ch.receivers : ch.senders;
        var pointer = send ? ch.recvSeg : ch.sendSeg;
        for (Segment s = seg; s.allDead(send); ) {
            long start = s.id * Segment.SIZE, end = start + Segment.SIZE;
            long v = counter.get();
            if (ch.isClosed() || v < start || v >= end) return;
            if (!counter.compareAndSet(v, end)) continue;           // an operation or close moved it: look again
            Segment next = s.nextOrCreate();
            for (Segment cur; (cur = pointer.get()).id < next.id && !pointer.compareAndSet(cur, next); ) { }
            s = next;
        }
    }
}
