package dev.golab.chan;

/*
 * Go behaviour:    runtime/chan.go (Go 1.23): hchan = {qcount, dataqsiz, buf, sendx, recvx, closed,
 *                  recvq, sendq, lock, timer}. Unbuffered send hands the value straight to a parked
 *                  receiver; buffered channels are a FIFO ring; close wakes every waiter.
 * Model:           the same fields, the same steps (method names follow chan.go):
 *                  chansend  1 closed → panic; 2 a receiver waits → direct hand-off; 3 buffer space →
 *                            buf[sendx]; 4 non-blocking → false; 5 enqueue on sendq and park;
 *                            woken with success == false → closed → panic.
 *                  chanrecv  1 closed and empty → (zero, false); 2 a sender waits → take its value
 *                            (buffered: take the head, put the sender's value at the tail); 3 buffered
 *                            value → buf[recvx]; 4 non-blocking → false; 5 enqueue on recvq and park.
 *                  closechan set closed, wake all of recvq (zero, false) and sendq (they panic).
 * Invariants:      HC-I1 sendq and recvq are never both non-empty, except for one select sending and
 *                  receiving on the same channel. HC-I2 qcount > 0 ⇒ recvq empty. HC-I3 qcount < dataqsiz ⇒
 *                  sendq empty. HC-I4 0 <= qcount <= dataqsiz; len() == qcount at every instant.
 * Differs from Go: the lock is RuntimeLock (spin, then yield; Go's runtime mutex then futex-sleeps),
 *                  and with the queues' ends it heads the object (HchanHead), as in Go's struct;
 *                  lock order in select uses a creation id (Go: the hchan address). A timer channel
 *                  keeps its one pending tick in a 1-slot buffer and reports len == cap == 0, as Go
 *                  1.23 does. Interrupted waits dequeue themselves (Go has no interruption).
 * See:             ChanAnswersTest, HchanChannelTest (ChanContract), Select, ChanSyncBenchmark.
 */
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

public final class HchanChannel<T> extends HchanHead implements Chan<T> {
    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle QCOUNT;

    static {
        try {
            QCOUNT = MethodHandles.lookup().findVarHandle(HchanChannel.class, "qcount", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    /** chanrecv's "closed and drained" result and the non-blocking "would block" result. */
    static final Object CLOSED = new Object();
    static final Object WOULD_BLOCK = new Object();

    final long id = IDS.incrementAndGet();          // lock order for select (Go: hchan address)
    private final Unlocker unlockf = this::unlock;      // gopark's unlockf (the lock word is ours)
    private final Object[] buf;
    private final int dataqsiz;
    private final boolean timer;                    // Go 1.23: c.timer != nil → len/cap report 0
    private volatile int qcount;
    private int sendx;
    private int recvx;
    private volatile boolean closed;
    final WaitQ recvq = new WaitQ(this, true);
    final WaitQ sendq = new WaitQ(this, false);

    /** {@code make(chan T, size)}. */
    public HchanChannel(int size) {
        this(size, false);
    }

    HchanChannel(int size, boolean timer) {
        if (size < 0) throw ChanPanics.sizeOutOfRange();
        this.dataqsiz = size;
        this.buf = new Object[Math.max(size, 0)];
        this.timer = timer;
    }

    @Override
    boolean rendezvous() {
        return dataqsiz == 0;
    }

    @Override
    public void send(T v) {
        chansend(v, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T recv() {
        Object r = chanrecv(true);
        return r == CLOSED ? null : (T) r;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Recv<T> recvOk() {
        Object r = chanrecv(true);
        return r == CLOSED ? Recv.closed() : new Recv<>((T) r, true);
    }

    /** chansend; with block == false returns false instead of parking (select with default). */
    boolean chansend(Object v, boolean block) {
        // Go's lock-free fast path: an open, full channel fails a non-blocking send at once.
        if (!block && !closed && full()) return false;
        lock();
        if (closed) {
            unlock();
            throw ChanPanics.sendOnClosed();
        }
        Sudog sg = recvq.dequeue();
        if (sg != null) {                               // 2. direct hand-off to a parked receiver
            sendDirect(sg, v);
            unlock();
            sg.goready();
            return true;
        }
        if (qcount < dataqsiz) {                        // 3. room in the ring
            bufPut(v);
            unlock();
            return true;
        }
        if (!block) {
            unlock();
            return false;
        }
        Sudog me = Sudog.acquire(Park.self(), this, true);   // 5. park on sendq
        me.elem = v;
        sendq.enqueue(me);
        await(me, WaitReason.CHAN_SEND);
        boolean ok = me.success;
        me.release();
        if (!ok) throw ChanPanics.sendOnClosed();        // woken by close
        return true;
    }

    /** chanrecv: the value, CLOSED, or (block == false only) WOULD_BLOCK. */
    Object chanrecv(boolean block) {
        if (!block && empty()) {                        // Go's lock-free fast path
            if (!closed) return WOULD_BLOCK;
            if (empty()) return CLOSED;                 // re-check: closed after we saw it empty
        }
        lock();
        if (closed && qcount == 0) {                    // 1.
            unlock();
            return CLOSED;
        }
        Sudog sg = closed ? null : sendq.dequeue();
        if (sg != null) {                               // 2. a sender waits
            Object v = recvFrom(sg);
            unlock();
            sg.goready();
            return v;
        }
        if (qcount > 0) {                               // 3. take the head of the ring
            Object v = bufTake();
            unlock();
            return v;
        }
        if (!block) {
            unlock();
            return WOULD_BLOCK;
        }
        Sudog me = Sudog.acquire(Park.self(), this, false);  // 5. park on recvq
        recvq.enqueue(me);
        await(me, WaitReason.CHAN_RECEIVE);
        Object v = me.elem;
        boolean ok = me.success;
        me.release();
        return ok ? v : CLOSED;
    }

    /**
     * Go's send(c, sg, ep) + sendDirect: hands v to a parked receiver (a plain recv, a select case or
     * a timer firing). Caller holds the lock and calls sg.goready() after unlock.
     */
    static void sendDirect(Sudog sg, Object v) {
        sg.elem = v;
        sg.success = true;
        sg.ready();
    }

    /** Go's recv(c, sg): complete a parked sender. Caller holds the lock and unparks after unlock. */
    Object recvFrom(Sudog sg) {
        Object v;
        if (dataqsiz == 0) {
            v = sg.elem;                                // recvDirect
        } else {                                        // full ring: head out, sender's value in at tail
            v = buf[recvx];
            buf[recvx] = sg.elem;
            if (++recvx == dataqsiz) recvx = 0;
            sendx = recvx;
        }
        sg.elem = null;
        sg.success = true;
        sg.ready();
        return v;
    }

    void bufPut(Object v) {
        buf[sendx] = v;
        if (++sendx == dataqsiz) sendx = 0;
        QCOUNT.setRelease(this, qcount + 1);            // under the lock: no fence (Go: a plain c.qcount++)
    }

    Object bufTake() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == dataqsiz) recvx = 0;
        QCOUNT.setRelease(this, qcount - 1);
        return v;
    }

    int qcount() {
        return qcount;
    }

    int dataqsiz() {
        return dataqsiz;
    }

    boolean isClosed() {
        return closed;
    }

    private boolean full() {
        return dataqsiz == 0 ? recvq.isEmpty() : qcount == dataqsiz;
    }

    private boolean empty() {
        return dataqsiz == 0 ? sendq.isEmpty() : qcount == 0;
    }

    /**
     * gopark with the channel lock as unlockf (held on entry) until a waker readies {@code me}; an
     * interrupt before that dequeues and throws.
     */
    private void await(Sudog me, WaitReason why) {
        if (me.spinWord) {                              // VT: spin on the sudog's own word (SD-I5)
            unlock();
            if (Park.parkOnOwnWord(me.g, why, this, me)) return;
        } else if (Park.park(me.g, why, this, unlockf)) return;
        lock();
        boolean withdrawn = (me.isSend ? sendq : recvq).remove(me);
        unlock();
        if (withdrawn) {
            Park.abandon(me.g);
            throw new Interrupted(why.text());
        }
        Park.awaitReady(me.g);                          // a peer completed us under the lock: take its ready
    }

    @Override
    public void close() {
        lock();
        if (closed) {
            unlock();
            throw ChanPanics.closeOfClosed();
        }
        closed = true;
        Sudog woken = null;                              // Go's glist: ready them after unlock
        for (Sudog sg; (sg = recvq.dequeue()) != null; ) {
            sg.elem = null;
            sg.success = false;
            sg.ready();
            sg.next = woken;
            woken = sg;
        }
        for (Sudog sg; (sg = sendq.dequeue()) != null; ) {
            sg.success = false;
            sg.ready();
            sg.next = woken;
            woken = sg;
        }
        unlock();
        for (Sudog sg = woken; sg != null; ) {
            Sudog n = sg.next;
            sg.goready();
            sg = n;
        }
    }

    @Override
    public int len() {
        return timer ? 0 : qcount;
    }

    @Override
    public int cap() {
        return timer ? 0 : dataqsiz;
    }

    @Override
    public String toString() {
        return "chan(hchan#" + id + " len=" + qcount + " cap=" + dataqsiz + (closed ? " closed" : "") + ")";
    }
}
