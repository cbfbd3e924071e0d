package dev.golab.sync;

/*
 * Go behaviour:    sync.Cond (src/sync/cond.go) over the runtime's notifyList (runtime/sema.go,
 *                  Go 1.23). Wait atomically unlocks L and suspends; it re-locks L before returning,
 *                  so the condition must be re-checked in a loop. Signal wakes one waiter (the one
 *                  waiting longest), Broadcast all; neither needs L held. A Signal with no waiter is
 *                  lost (no memory, unlike a semaphore).
 * Model:           tickets. `wait` is the next ticket to hand out, `notify` the next to be notified.
 *                  1. await: t = wait++ (BEFORE unlocking L, so a Signal after the unlock sees us),
 *                     L.unlock(), notifyListWait(t), L.lock().
 *                  2. notifyListWait: under the list lock, if t < notify we were already notified:
 *                     return; else append (t, thread) and park until readied.
 *                  3. signal: if wait == notify nobody waits; else take ticket notify++, find the
 *                     waiter holding it (it may not have queued yet: then step 2 sees t < notify).
 *                  4. broadcast: notify = wait, ready the whole list.
 * Invariants:      CV-I1 each ticket is notified at most once. CV-I2 signal wakes the smallest pending
 *                  ticket, i.e. waiters are woken in Wait order. CV-I3 tickets compare with wraparound.
 * Differs from Go: Go's copyChecker (panics "sync.Cond is copied") has no Java counterpart. The list
 *                  lock is a CAS spin lock (Go: runtime.mutex).
 * See:             CondAnswersTest.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Cond {
    private static final VarHandle WAIT, LIST_LOCK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            WAIT = l.findVarHandle(Cond.class, "wait", int.class);
            LIST_LOCK = l.findVarHandle(Cond.class, "listLock", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final class Waiter {
        final Goroutine g = Park.self();
        final int ticket;
        Waiter next;

        Waiter(int ticket) {
            this.ticket = ticket;
        }
    }

    /** Go's {@code c.L}: held while observing or changing the condition. */
    public final Locker l;
    private volatile int wait;             // ticket of the next waiter
    private volatile int notifyTicket;     // Go: notify, the ticket of the next waiter to be notified
    private volatile int listLock;
    private Waiter head, tail;             // guarded by listLock

    /** {@code sync.NewCond(l)}. */
    public Cond(Locker l) {
        this.l = l;
    }

    /** {@code c.Wait()}: L must be held; it is released while waiting and held again on return. */
    public void await() {
        int t = (int) WAIT.getAndAdd(this, 1);                 // notifyListAdd
        l.unlock();
        notifyListWait(t);
        l.lock();
    }

    /** {@code c.Signal()}: wakes the longest-waiting goroutine, if any. */
    public void signal() {
        if (wait == notifyTicket) return;                      // fast path: no new waiters
        lockList();
        int t = notifyTicket;
        if (t == wait) {
            unlockList();
            return;
        }
        notifyTicket = t + 1;
        // The waiter with ticket t may not be in the list yet: it will see t < notify and not sleep.
        for (Waiter p = null, s = head; s != null; p = s, s = s.next) {
            if (s.ticket == t) {
                Waiter n = s.next;
                if (p != null) p.next = n;
                else head = n;
                if (n == null) tail = p;
                unlockList();
                s.next = null;
                ready(s);
                return;
            }
        }
        unlockList();
    }

    /** {@code c.Broadcast()}: wakes every goroutine waiting now. */
    public void broadcast() {
        if (wait == notifyTicket) return;
        lockList();
        Waiter s = head;
        head = tail = null;
        notifyTicket = wait;                                    // every handed-out ticket is notified
        unlockList();
        while (s != null) {
            Waiter next = s.next;
            s.next = null;
            ready(s);
            s = next;
        }
    }

    private void notifyListWait(int t) {
        lockList();
        if (less(t, notifyTicket)) {                            // already notified
            unlockList();
            return;
        }
        Waiter s = new Waiter(t);
        if (tail == null) head = s;
        else tail.next = s;
        tail = s;
        Park.parkUninterruptibly(s.g, WaitReason.SYNC_COND_WAIT, this, this::unlockList);   // Go has no interrupts
    }

    private static void ready(Waiter s) {
        Park.ready(s.g);
    }

    /** a < b with wraparound (CV-I3). */
    private static boolean less(int a, int b) {
        return a - b < 0;
    }

    private void lockList() {
        int spins = 0;
        while (!LIST_LOCK.compareAndSet(this, 0, 1)) {
            if (++spins < 100) Thread.onSpinWait();
            else Thread.yield();
        }
    }

    private void unlockList() {
        LIST_LOCK.setRelease(this, 0);
    }

    /** Goroutines currently parked in await (lab introspection). */
    public int waiting() {
        lockList();
        int n = 0;
        for (Waiter s = head; s != null; s = s.next) n++;
        unlockList();
        return n;
    }
}
