package dev.golab.chan;

/*
 * Go behaviour:    chan.go's waitq: a FIFO of sudogs. dequeue skips select sudogs whose select was
 *                  already won elsewhere (the CAS on selectDone fails); dequeueSudoG removes one entry
 *                  from the middle (select's pass 3, and here also an interrupted wait).
 * Model:           an intrusive doubly-linked list, guarded by the owning channel's lock.
 * Invariants:      WQ-I1 FIFO among the entries dequeue returns. WQ-I2 sg.queued iff sg is linked here.
 * See:             HchanChannel, Select.
 */
final class WaitQ {
    private Sudog first;
    private Sudog last;

    boolean isEmpty() {
        return first == null;
    }

    void enqueue(Sudog sg) {
        sg.next = null;
        sg.prev = last;
        if (last == null) first = sg;
        else last.next = sg;
        last = sg;
        sg.queued = true;
    }

    /** The first sudog that may be completed, or null. Claims select sudogs (selectDone 0 → 1). */
    Sudog dequeue() {
        for (Sudog sg = first; sg != null; sg = first) {
            unlink(sg);
            if (sg.sel != null && !sg.sel.selectDone.compareAndSet(0, 1)) continue;   // lost race
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
        if (p == null) first = n;
        else p.next = n;
        if (n == null) last = p;
        else n.prev = p;
        sg.next = null;
        sg.prev = null;
        sg.queued = false;
    }
}
