package dev.golab.chan;

/*
 * Go behaviour:    chan.go's waitq: a FIFO of sudogs. dequeue skips select sudogs whose select was
 *                  already won elsewhere (the CAS on selectDone fails); dequeueSudoG removes one entry
 *                  from the middle (select's pass 3, and here also an interrupted wait).
 * Model:           an intrusive doubly-linked list, guarded by the owning channel's lock. Its two ends
 *                  live in the channel object (HchanHead), as Go's waitq lives inside hchan; a WaitQ is
 *                  the view of the receive pair or the send pair.
 * Invariants:      WQ-I1 FIFO among the entries dequeue returns. WQ-I2 sg.queued iff sg is linked here.
 * See:             HchanChannel, Select.
 */
final class WaitQ {
    private final HchanHead h;
    private final boolean recv;

    WaitQ(HchanHead h, boolean recv) {
        this.h = h;
        this.recv = recv;
    }

    private Sudog first() {
        return recv ? h.recvFirst : h.sendFirst;
    }

    private Sudog last() {
        return recv ? h.recvLast : h.sendLast;
    }

    private void first(Sudog sg) {
        if (recv) h.recvFirst = sg;
        else h.sendFirst = sg;
    }

    private void last(Sudog sg) {
        if (recv) h.recvLast = sg;
        else h.sendLast = sg;
    }

    boolean isEmpty() {
        return first() == null;
    }

    void enqueue(Sudog sg) {
        sg.next = null;
        Sudog last = last();
        sg.prev = last;
        if (last == null) first(sg);
        else last.next = sg;
        last(sg);
        sg.queued = true;
    }

    /** The first sudog that may be completed, or null. Claims select sudogs (selectDone 0 → 1). */
    Sudog dequeue() {
        for (Sudog sg = first(); sg != null; sg = first()) {
            unlink(sg);
            if (sg.sel != null && !sg.sel.claim()) continue;   // lost race
            return sg;
        }
        return null;
    }

    /** Removes sg if it is still queued (Go's dequeueSudoG); false if a waker already took it. */
    boolean remove(Sudog sg) {
        if (!sg.queued) return false;
        unlink(sg);
        return true;
    }

    private void unlink(Sudog sg) {
        Sudog p = sg.prev;
        Sudog n = sg.next;
        if (p == null) first(n);
        else p.next = n;
        if (n == null) last(p);
        else n.prev = p;
        sg.next = null;
        sg.prev = null;
        sg.queued = false;
    }
}
