package dev.golab.chan;

/*
 * Go behaviour:    the same `chan T` contract as HchanChannel (Chan's header): FIFO, rendezvous when
 *                  unbuffered, close drains then (zero, false), blocked senders panic on close, exact len.
 * Model:           Koval/Alistarh/Elizarov (PPoPP'23; Kotlin BufferedChannel, jox Channel.java):
 *                  1 send: s = FAA(senders); the cell s (Segment) decides: empty and (s < bufferEnd or
 *                    s < receivers) → store the value; a parked receiver → hand over; else park a waiter;
 *                  2 recv: r = FAA(receivers); value → take; parked sender → take, resume it; empty while
 *                    its sender already reserved it (r < senders) → Segment.BROKEN, retry; else park a waiter;
 *                  3 after each receive, expandBuffer: FAA(bufferEnd) and turn a sender parked in the
 *                    newly covered cell into a buffered value (Go: the blocked sender's value enters
 *                    the ring when a receive frees a slot);
 *                  4 close: S = senders at close (closed bit set); blocked senders (cells < S) panic,
 *                    receivers at cells >= S get (zero, false); cells < S still deliver.
 *                  Cell states: null, Segment.IN_BUFFER, Segment.Buffered(v), SegmentWaiter / SegmentSelect.Clause,
 *                  Segment.DONE, Segment.BROKEN, Segment.INTERRUPTED_SEND, Segment.INTERRUPTED_RCV.
 * Invariants:      SEG-I1 each cell is used by at most one sender and one receiver. SEG-I2 a value is taken by
 *                  exactly one receiver. SEG-I3 len() counts buffered values with a counter bumped after the
 *                  value is in its cell and dropped when it is taken (senders − receivers would
 *                  over-count interrupted cells, jox ADR-0001): exact whenever no send is mid-flight,
 *                  interrupts and blocked goroutines included; during a send it may lag (clamped to
 *                  [0, cap]). So len is linearizable for Hchan only (ChanLincheckTest).
 * Differs from Go: lock-free (Go: one lock per channel). jox/Kotlin keep blocked senders' values on
 *                  close; Go makes them panic, and so does this model. Segments are reclaimed by the GC.
 * See:             SegmentClauses (select side), SegmentChannelTest (ChanContract), ChanLincheckTest,
 *                  ChanSyncBenchmark.
 */
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicReference;

public final class SegmentChannel<T> implements Chan<T> {
    static final long CLOSED_BIT = 1L << 62;

    private final int capacity;
    final PaddedCounter senders = new PaddedCounter(0);
    final PaddedCounter receivers = new PaddedCounter(0);
    final PaddedCounter bufferEnd;
    /** len = queuedIn - queuedOut: two counters, so producers and consumers never share a line. */
    private final PaddedCounter queuedIn = new PaddedCounter(0);
    private final PaddedCounter queuedOut = new PaddedCounter(0);
    final AtomicReference<Segment> sendSeg;
    final AtomicReference<Segment> recvSeg;
    private final AtomicReference<Segment> bufSeg;        // null when unbuffered: it would pin segment 0
    volatile long closedAt = Long.MAX_VALUE;
    final Object closeLock = new Object();

    /** {@code make(chan T, size)} in the segment model. */
    public SegmentChannel(int size) {
        if (size < 0) throw ChanPanics.sizeOutOfRange();
        capacity = size;
        bufferEnd = new PaddedCounter(size);
        Segment first = new Segment(0);
        sendSeg = new AtomicReference<>(first);
        recvSeg = new AtomicReference<>(first);
        bufSeg = size == 0 ? null : new AtomicReference<>(Segment.find(first, size / Segment.SIZE));
    }

    @Override
    public void send(T v) {
        while (true) {
            Segment from = sendSeg.get();                      // read before the FAA: id <= s / SIZE
            long s = senders.getAndIncrement();
            if ((s & CLOSED_BIT) != 0) throw ChanPanics.sendOnClosed();
            Segment seg = Segment.reach(sendSeg, from, s);
            int i = (int) (s % Segment.SIZE);
            Object r = sendCell(seg, i, s, v, LAZY_SEND);
            if (r instanceof SegmentWaiter w) {                // stored: no receiver came first
                if (isClosed() && w.tryCloseSelf()) {          // stored after close: never block
                    SegmentSkip.setDead(this, seg, i, true);
                    throw ChanPanics.sendOnClosed();
                }
                int st = w.await(this, WaitReason.CHAN_SEND);
                if (st == SegmentWaiter.RESUMED) return;
                SegmentSkip.setDead(this, seg, i, true);
                if (st == SegmentWaiter.CLOSED) throw ChanPanics.sendOnClosed();
                throw new Interrupted(WaitReason.CHAN_SEND.text());
            }
            if (r == Segment.DONE) return;
        }
    }

    /**
     * One sender at cell (seg, i) = s: DONE, RETRY (cell unusable) or STORED (waiter parked there). {@code waiter}:
     * a Clause, null (a try), or LAZY_SEND: a SegmentWaiter made only to be stored and returned instead of STORED.
     */
    Object sendCell(Segment seg, int i, long s, Object v, Object waiter) {
        while (true) {
            Object st = seg.get(i);
            if (st == null || st == Segment.IN_BUFFER) {
                boolean buffered = st == Segment.IN_BUFFER || s < bufferEnd.get();
                if (buffered || s < receivers.get()) {         // a slot, or its receiver is on the way
                    boolean counted = buffered && capacity > 0;
                    if (!seg.cas(i, st, new Segment.Buffered(v, counted))) continue;
                    if (counted) queuedIn.incrementAndGet();         // after the CAS: never count a value that is not there
                    return Segment.DONE;
                }
                if (waiter == null) {                          // try path: unreachable (counters only grow)
                    SegmentSkip.casDead(this, seg, i, null, true);
                    return Segment.RETRY;
                }
                Object w = waiter == LAZY_SEND ? new SegmentWaiter(true, v) : waiter;
                if (seg.cas(i, null, w)) return w == waiter ? Segment.STORED : w;
                continue;
            }
            if (st instanceof SegmentWaiter rw) {              // a parked receiver: hand over
                if (rw.tryResume(v)) {
                    seg.set(i, Segment.DONE);
                    return Segment.DONE;
                }
                return Segment.RETRY;                                  // it was interrupted or closed
            }
            if (st instanceof SegmentSelect.Clause rc) {
                if (rc.sel != ownerOf(waiter) && rc.trySelect(v, true)) {
                    seg.set(i, Segment.DONE);
                    return Segment.DONE;
                }
                if (SegmentSkip.casDead(this, seg, i, rc, false)) expandBuffer();   // a spent receive cell
                return Segment.RETRY;
            }
            if (st == Segment.INTERRUPTED_RCV && seg.allDead(false)) SegmentSkip.jump(this, seg, false);   // skip the rest of it
            return Segment.RETRY;                                      // Segment.BROKEN, Segment.INTERRUPTED_RCV
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T recv() {
        Object r = chanrecv(null);
        return r == HchanChannel.CLOSED ? null : (T) r;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Recv<T> recvOk() {
        Object r = chanrecv(null);
        return r == HchanChannel.CLOSED ? Recv.closed() : new Recv<>((T) r, true);
    }

    /** A receive: the value or HchanChannel.CLOSED; with a clause, Segment.STORED means "registered". */
    Object chanrecv(SegmentSelect.Clause clause) {
        while (true) {
            Segment from = recvSeg.get();
            long r = receivers.getAndIncrement();
            if (isClosed() && r >= closedAt) return HchanChannel.CLOSED;
            Segment seg = Segment.reach(recvSeg, from, r);
            int i = (int) (r % Segment.SIZE);
            Object v = recvCell(seg, i, r, clause != null ? clause : LAZY_RECV);
            if (v == Segment.RETRY) continue;
            if (v != Segment.STORED && !(v instanceof SegmentWaiter)) return v;   // a value (never a waiter: package-private)
            if (clause != null) {
                clause.seg = seg;
                clause.idx = i;
                if (isClosed() && r >= closedAt) return HchanChannel.CLOSED;   // owner completes it
                return Segment.STORED;
            }
            SegmentWaiter w = (SegmentWaiter) v;
            if (isClosed() && r >= closedAt && w.tryCloseSelf()) {
                SegmentSkip.setDead(this, seg, i, false);
                return HchanChannel.CLOSED;
            }
            int st = w.await(this, WaitReason.CHAN_RECEIVE);
            if (st == SegmentWaiter.RESUMED) {
                expandBuffer();                                // a receive cell is spent: keep cap slots ahead
                return w.value;
            }
            SegmentSkip.setDead(this, seg, i, false);
            expandBuffer();                                    // the cell is spent: keep cap slots ahead
            if (st == SegmentWaiter.CLOSED) return HchanChannel.CLOSED;
            throw new Interrupted(WaitReason.CHAN_RECEIVE.text());
        }
    }

    /** One receiver at cell (seg, i) = r: the value, RETRY, or STORED (with LAZY_RECV: the waiter it stored). */
    Object recvCell(Segment seg, int i, long r, Object waiter) {
        while (true) {
            Object st = seg.get(i);
            if (st == null || st == Segment.IN_BUFFER) {
                if (r < (senders.get() & ~CLOSED_BIT)) {       // its sender is on the way: break the cell
                    if (seg.cas(i, st, Segment.BROKEN)) {
                        expandBuffer();
                        return Segment.RETRY;
                    }
                    continue;
                }
                Object w = waiter == LAZY_RECV ? new SegmentWaiter(false, null) : waiter;
                if (seg.cas(i, st, w)) return w == waiter ? Segment.STORED : w;
                continue;
            }
            if (st instanceof Segment.Buffered b) {
                if (!seg.cas(i, st, Segment.DONE)) continue;
                if (b.counted()) queuedOut.incrementAndGet();
                expandBuffer();
                return b.v();
            }
            if (st instanceof SegmentWaiter sw) {              // a parked sender
                if (sw.tryResume(null)) {
                    seg.set(i, Segment.DONE);
                    expandBuffer();
                    return sw.value;
                }
                if (sw.state() != SegmentWaiter.RESUMED) return Segment.RETRY;   // interrupted or closed
                Thread.yield();                                // expandBuffer is turning it into Segment.Buffered
                continue;
            }
            if (st instanceof SegmentSelect.Clause sc) {
                if (sc.sel == ownerOf(waiter)) {
                    SegmentSkip.casDead(this, seg, i, sc, true);
                    return Segment.RETRY;
                }
                if (sc.trySelect(null, true)) {
                    seg.set(i, Segment.DONE);
                    expandBuffer();
                    return sc.value;
                }
                if (sc.won()) Thread.yield();                  // expandBuffer (or close) completed it: wait for the cell
                else SegmentSkip.casDead(this, seg, i, sc, true);   // it lost (or re-registers elsewhere)
                continue;
            }
            if (st == Segment.INTERRUPTED_SEND && seg.allDead(true)) SegmentSkip.jump(this, seg, true);   // skip the rest of it
            return Segment.RETRY;                                      // Segment.DONE, Segment.BROKEN, Segment.INTERRUPTED_SEND
        }
    }

    /** A receive freed a slot: extend the buffer by one cell and promote a sender parked there. */
    void expandBuffer() {
        if (capacity == 0) return;
        while (true) {
            Segment from = bufSeg.get();
            long b = bufferEnd.getAndIncrement();
            if (b >= (senders.get() & ~CLOSED_BIT)) {          // its sender will see s < bufferEnd
                if (from.id < b / Segment.SIZE) Segment.reach(bufSeg, from, b);   // a cache left behind pins all later segments
                return;
            }
            Segment seg = Segment.reach(bufSeg, from, b);
            int i = (int) (b % Segment.SIZE);
            while (true) {
                Object st = seg.get(i);
                if (st == null) {
                    if (seg.cas(i, null, Segment.IN_BUFFER)) return;
                    continue;
                }
                if (st instanceof SegmentWaiter sw && sw.isSend) {
                    if (sw.tryResume(null)) {
                        seg.set(i, new Segment.Buffered(sw.value, true));
                        queuedIn.incrementAndGet();
                        return;
                    }
                    if (sw.state() == SegmentWaiter.RESUMED) return;    // its receiver took it
                    break;                                                  // interrupted/closed: expand further
                }
                if (st instanceof SegmentSelect.Clause sc && sc.isSend) {
                    if (sc.trySelect(null, true)) {
                        seg.set(i, new Segment.Buffered(sc.value, true));
                        queuedIn.incrementAndGet();
                        return;
                    }
                    if (sc.won() && sc.ok) return;                // its receiver took it
                    SegmentSkip.casDead(this, seg, i, sc, true);    // lost, or closed: expand further
                    break;
                }
                if (st == Segment.INTERRUPTED_SEND) break;
                return;                                        // Segment.Buffered, Segment.DONE, Segment.BROKEN, a receiver
            }
        }
    }

    private static final Object LAZY_SEND = new Object(), LAZY_RECV = new Object();   // make a waiter only to store it
    private static Object ownerOf(Object waiter) {
        return waiter instanceof SegmentSelect.Clause c ? c.sel : null;
    }

    @Override
    public void close() {
        SegmentClose.close(this);
    }

    boolean isClosed() {
        return (senders.get() & CLOSED_BIT) != 0;
    }

    @Override
    public int len() {
        long out = queuedOut.get();                            // two reads, no snapshot: exact when no op is mid-flight
        long q = queuedIn.get() - out;
        return q < 0 ? 0 : (int) Math.min(q, capacity);
    }

    @Override
    public int cap() {
        return capacity;
    }

    @Override
    public String toString() {
        return "chan(segment len=" + len() + " cap=" + capacity + (isClosed() ? " closed" : "") + ")";
    }
}
