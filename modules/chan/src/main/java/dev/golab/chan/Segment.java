package dev.golab.chan;

/*
 * Go behaviour:    none (Go's hchan has a ring); this is the cell store of the Koval/Alistarh/Elizarov
 *                  channel (PPoPP'23; Kotlin BufferedChannel, jox Segment.java).
 * Model:           a conceptually infinite array of cells, stored as a singly linked list of segments of
 *                  SIZE cells. Cell i lives in segment i / SIZE at index i % SIZE. Segments behind every
 *                  cached pointer are unreachable and collected by the GC. So every cached pointer must
 *                  keep up: one left behind pins every later segment. An unbuffered channel has no
 *                  buffer-end pointer, and a receive whose buffer extension meets no sender moves it.
 * Invariants:      SGM-I1 segment ids along `next` are consecutive. SGM-I2 a cell's state only moves forward
 *                  (see SegmentChannel's state list); null is the only initial state.
 * Differs from jox: no `processed` counter / eager unlinking of fully interrupted segments; the GC
 *                  reclaims them once all cached pointers moved past. A segment of abandoned select
 *                  cases is skipped by the other side's counter instead (SegmentSkip), except abandoned
 *                  send cases on a buffered channel: one that no receiver reaches keeps its full buffer
 *                  and about 6 B per abandoned send case while it lives (docs/segment-memory.md).
 * See:             SegmentChannel.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

final class Segment {
    static final int SIZE = 32;
    // Cell states besides null (empty), a parked SegmentWaiter and a SegmentSelect.Clause:
    static final Object IN_BUFFER = new Object();          // expandBuffer reached it before its sender
    static final Object DONE = new Object();               // value handed over
    static final Object BROKEN = new Object();             // its receiver gave up on a late sender
    static final Object INTERRUPTED_SEND = new Object();   // a sender left (interrupt, close, lost select)
    static final Object INTERRUPTED_RCV = new Object();    // a receiver left
    static final Object RETRY = new Object();              // results of one cell attempt (never stored)
    static final Object STORED = new Object();

    /** A value sitting in a cell; {@code counted} when it occupies a buffer slot (len). */
    record Buffered(Object v, boolean counted) {}

    private static final VarHandle NEXT;
    private static final VarHandle DEAD_RCV;
    private static final VarHandle DEAD_SND;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Segment.class, "next", Segment.class);
            DEAD_RCV = MethodHandles.lookup().findVarHandle(Segment.class, "deadRcv", int.class);
            DEAD_SND = MethodHandles.lookup().findVarHandle(Segment.class, "deadSnd", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final long id;
    final AtomicReferenceArray<Object> cells = new AtomicReferenceArray<>(SIZE);
    private volatile Segment next;
    @SuppressWarnings("unused") private volatile int deadRcv;   // cells now INTERRUPTED_RCV (SegmentSkip)
    @SuppressWarnings("unused") private volatile int deadSnd;   // cells now INTERRUPTED_SEND

    Segment(long id) {
        this.id = id;
    }

    /** The segment after this one, created (and linked with a CAS) if it does not exist yet. */
    Segment nextOrCreate() {
        Segment n = next;
        if (n != null) return n;
        Segment fresh = new Segment(id + 1);
        return NEXT.compareAndSet(this, null, fresh) ? fresh : next;
    }

    /** Walks forward from {@code from} to the segment with the given id (creating missing ones). */
    static Segment find(Segment from, long id) {
        Segment s = from;
        while (s.id < id) s = s.nextOrCreate();
        return s;
    }

    /**
     * The segment holding cell {@code index}, walking from {@code from} (read from {@code cache} before the
     * index was taken, so from.id <= index / SIZE); then moves {@code cache} forward to it, never back.
     */
    static Segment reach(AtomicReference<Segment> cache, Segment from, long index) {
        Segment seg = find(from, index / SIZE);
        for (Segment cur; (cur = cache.get()).id < seg.id && !cache.compareAndSet(cur, seg); ) { }
        return seg;
    }

    /** One more cell became INTERRUPTED_SEND ({@code send}) or INTERRUPTED_RCV; true when that made all SIZE so. */
    boolean countDead(boolean send) {
        return (int) (send ? DEAD_SND : DEAD_RCV).getAndAdd(this, 1) + 1 == SIZE;
    }

    boolean allDead(boolean send) {
        return (send ? deadSnd : deadRcv) == SIZE;
    }

    Object get(int i) {
        return cells.get(i);
    }

    boolean cas(int i, Object expect, Object update) {
        return cells.compareAndSet(i, expect, update);
    }

    void set(int i, Object v) {
        cells.set(i, v);
    }
}
