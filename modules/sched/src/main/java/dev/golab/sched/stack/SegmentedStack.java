package dev.golab.sched.stack;

/*
 * Go behaviour:    Go ≤ 1.2 used segmented stacks: when a frame did not fit, morestack linked a new
 *                  segment; returning past its start freed it (lessstack). A call at a segment
 *                  boundary inside a loop allocated and freed a segment on every iteration: the "hot
 *                  split" problem that made Go 1.3 switch to contiguous, copied stacks.
 * Model:           a chain of fixed-size segments (8 KiB, Go 1.2's size); a call that does not fit in
 *                  the top segment allocates a new one; a return that empties it frees it. Counts
 *                  allocations so the hot split can be compared with GoStack's growths.
 * Invariants:      STACK-I4 allocations − frees = live segments. STACK-I5 live segments ≥ 1.
 * Differs from Go: frames never straddle segments (Go copied the arguments across).
 * See:             StackAnswersTest (RT-05.03).
 */
import java.util.ArrayDeque;
import java.util.Deque;

public final class SegmentedStack {
    public static final int SEGMENT = 8192;

    private final Deque<Integer> segmentUsed = new ArrayDeque<>();   // bytes used per live segment
    private final Deque<Integer> frames = new ArrayDeque<>();
    private int allocations = 1, frees;

    public SegmentedStack() {
        segmentUsed.push(0);
    }

    public void call(int bytes) {
        int frame = (bytes + 7) & ~7;
        if (segmentUsed.peek() + frame > SEGMENT) {          // morestack: link a new segment
            segmentUsed.push(0);
            allocations++;
        }
        segmentUsed.push(segmentUsed.pop() + frame);
        frames.push(frame);
    }

    public void ret() {
        int frame = frames.pop();
        int left = segmentUsed.pop() - frame;
        if (left == 0 && !segmentUsed.isEmpty()) frees++;    // lessstack: the segment is freed
        else segmentUsed.push(left);
    }

    public int allocations() {
        return allocations;
    }

    public int frees() {
        return frees;
    }

    public int segments() {
        return segmentUsed.size();
    }
}
