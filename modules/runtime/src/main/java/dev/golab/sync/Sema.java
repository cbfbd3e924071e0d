package dev.golab.sync;

/*
 * Go behaviour:    the runtime semaphore behind every sync primitive (runtime/sema.go, Go 1.23):
 *                  semacquire blocks until the count is > 0 and decrements it; semrelease increments
 *                  it and readies one waiter. Mutex uses two extras: `lifo` (a woken waiter that lost
 *                  the race requeues at the HEAD) and `handoff` (starvation mode: the releaser takes
 *                  the count on the waiter's behalf and yields to it, so no barger can steal it).
 * Model:           1. acquire: fast path CAS the count down (cansemacquire).
 *                  2. slow path, under the root lock: nwait++, recheck, enqueue a Waiter (Go's sudog)
 *                     at the tail (FIFO) or head (lifo), unlock, park until readied.
 *                  3. woken: done if the releaser handed us a ticket, or if a CAS succeeds; else
 *                     requeue (back to 2).
 *                  4. release: count++; if nwait == 0 return (no lock taken); else under the lock
 *                     dequeue the head, nwait--; outside it, with handoff, CAS the count down for the
 *                     waiter (ticket = 1), unpark it and yield (Go's goyield).
 * Invariants:      SEMA-I1 value >= 0. SEMA-I2 under the root lock, nwait == number of queued waiters.
 *                  SEMA-I3 a waiter with ticket == 1 owns one unit of the count without touching it again.
 *                  SEMA-I4 every wait parks through dev.golab.runtime.Park with the root lock as its unlockf.
 * Differs from Go: Go keeps one global treap of semaRoots keyed by address; here each Sema is its own
 *                  root (same queueing per address). The root lock is a CAS spin lock that yields
 *                  (Go: runtime.mutex, futex-based). Parking is LockSupport.park (a virtual thread unmounts
 *                  from its carrier, a platform thread sleeps in the OS); a Java interrupt does not abort the wait (Go
 *                  has none) and is re-asserted when acquire returns.
 * See:             MutexAnswersTest, WaitGroupAnswersTest, SyncLinearizabilityAnswersTest.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Sema {
    private static final VarHandle VALUE, NWAIT, ROOT_LOCK;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            VALUE = l.findVarHandle(Sema.class, "value", int.class);
            NWAIT = l.findVarHandle(Sema.class, "nwait", int.class);
            ROOT_LOCK = l.findVarHandle(Sema.class, "rootLock", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Go's sudog for a semaphore waiter. */
    private static final class Waiter {
        final Goroutine g = Park.self();
        Waiter next;
        int ticket;                      // written before Park.ready: published by it
    }

    private volatile int value;          // the semaphore count (Go: *addr, a uint32)
    private volatile int nwait;          // semaRoot.nwait: waiters queued (read without the lock)
    private volatile int rootLock;       // semaRoot.lock
    private Waiter head, tail;           // guarded by rootLock

    public Sema() {}

    public Sema(int initial) {
        value = initial;
    }

    /** The current count (for tests and the tour). */
    public int value() {
        return value;
    }

    /** Waiters currently queued. */
    public int waiters() {
        return nwait;
    }

    /** cansemacquire: decrement if positive, never block. */
    public boolean tryAcquire() {
        for (;;) {
            int v = value;
            if (v == 0) return false;
            if (VALUE.compareAndSet(this, v, v - 1)) return true;
        }
    }

    /** semacquire with FIFO queueing. */
    public void acquire(WaitReason why, Object on) {
        acquire(false, why, on);
    }

    /** semacquire1(addr, lifo, …): blocks until a unit is taken; lifo queues at the head. */
    public void acquire(boolean lifo, WaitReason why, Object on) {
        if (tryAcquire()) return;
        Waiter s = new Waiter();
        boolean interrupted = false;
        for (;;) {
            lockRoot();
            NWAIT.getAndAdd(this, 1);
            if (tryAcquire()) {                  // a release slipped in: no need to sleep
                NWAIT.getAndAdd(this, -1);
                unlockRoot();
                break;
            }
            enqueue(s, lifo);
            if (!Park.park(s.g, why, on, this::unlockRoot)) {    // Go has no interrupts: keep waiting
                interrupted = Thread.interrupted();
                Park.awaitReady(s.g);
            }
            if (s.ticket != 0 || tryAcquire()) break;            // SEMA-I3: handed off, or we won the CAS
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** semrelease1(addr, handoff): count++, ready the first waiter; with handoff pass it the unit. */
    public void release(boolean handoff) {
        VALUE.getAndAdd(this, 1);
        if (nwait == 0) return;                                  // easy case: nobody to wake
        lockRoot();
        if (nwait == 0) {                                        // someone else took it meanwhile
            unlockRoot();
            return;
        }
        Waiter s = dequeue();
        if (s != null) NWAIT.getAndAdd(this, -1);
        unlockRoot();
        if (s == null) return;
        boolean handedOff = handoff && tryAcquire();
        if (handedOff) s.ticket = 1;
        Park.ready(s.g);
        if (handedOff) Go.gosched();                             // direct G handoff: let it run now
    }

    public void release() {
        release(false);
    }

    private void enqueue(Waiter s, boolean lifo) {
        s.next = null;
        if (head == null) {
            head = tail = s;
        } else if (lifo) {
            s.next = head;
            head = s;
        } else {
            tail.next = s;
            tail = s;
        }
    }

    private Waiter dequeue() {
        Waiter s = head;
        if (s != null) {
            head = s.next;
            if (head == null) tail = null;
            s.next = null;
        }
        return s;
    }

    private void lockRoot() {
        int spins = 0;
        while (!ROOT_LOCK.compareAndSet(this, 0, 1)) {
            if (++spins < 100) Thread.onSpinWait();
            else Thread.yield();                 // the holder may be a descheduled platform thread
        }
    }

    private void unlockRoot() {
        ROOT_LOCK.setRelease(this, 0);
    }
}
