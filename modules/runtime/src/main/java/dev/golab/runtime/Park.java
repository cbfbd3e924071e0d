package dev.golab.runtime;

/*
 * Go behaviour:    runtime/proc.go gopark / goready: a goroutine publishes itself on a wait queue under
 *                  a lock, parks, and the lock is released by gopark's unlockf only once the G is marked
 *                  waiting; a waker that dequeues it calls goready, which makes it runnable exactly once.
 * Model:           the one park/ready seam every primitive uses (chan, select, timers, sync, xsync,
 *                  testkit). Steps:
 *                  1 self() names the waiter: the current goroutine, or this thread's foreign handle.
 *                  2 park(g, reason, on, unlock): state := WAITING, record the reason, run unlock
 *                    (the waiter becomes visible to wakers), then wait until the state is READIED.
 *                  3 ready(g): state := READIED, then wake g's thread.
 *                  4 The waiter returns with state RUNNING and the reason cleared.
 *                  That state word is VT's. On the CONT backend Park keeps none: the G's own status
 *                  word (ContG: RUNNING, WAITING, READIED, WAKING) carries the same protocol, so a
 *                  switch pays one CAS per step instead of two stacked words (CONT-I5). Step 2 yields
 *                  to the M, which runs unlock once the G is off and then commits WAITING; ready of a
 *                  WAITING G queues it on the waker's P, ready of a parking or running one is kept
 *                  for that park.
 *                  A hand-off waiter (WaitReason.spins) whose peer runs on another carrier spins briefly
 *                  before parking its thread (Spin): waking a parked virtual thread costs a continuation
 *                  thaw and a carrier wake-up. Other waits park at once, as in Go.
 *                  So VT's word has a fourth value: WAITING while the waiter spins, PARKED once it is
 *                  past the spin. A ready of a WAITING waiter only flips the word (the spin sees it); a
 *                  ready of a PARKED one also unparks its thread (RT-I15 in Spin uses that unpark).
 *                  A wait whose waker writes a line of the waiter's anyway spins on a flag there instead
 *                  (parkOnOwnWord, SpinWord: hchan's sudog), so a caught hand-off leaves g's word alone.
 * Invariants:      RT-I1 a goroutine is readied at most once per park (a second ready is fatal: "bad
 *                  g->status in ready", as in Go). RT-I2 no lost wake-up: the state is WAITING before
 *                  unlock publishes the waiter; a waiter that publishes itself lock-free before parking
 *                  (the segment channel) may be readied first, and its park then returns at once.
 *                  RT-I3 the wait reason is set while, and only while, the goroutine waits here.
 *                  RT-I14 (CONT) an interrupt is never lost: it wakes a parked G or fails its commit.
 * Differs from Go: Go has no interruption; here an interrupt ends park() with false so the caller can
 *                  withdraw from its queue (or, if a waker already dequeued it, awaitReady()). On VT the
 *                  interrupt is the virtual thread's; on CONT (no thread of its own) it is a flag on the
 *                  Goroutine, and interrupt() moves a WAITING G to WAKING and requeues it, while a G still
 *                  committing its park sees the flag in the commit and runs on (RT-I14). Go's
 *                  spinning is done by idle Ms looking for work, not by the waiter (see Spin).
 * See:             ParkAnswersTest, HchanChannel, Sema, ChanSyncBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

public final class Park {
    static final int RUNNING = 0;
    static final int WAITING = 1;
    static final int READIED = 2;
    static final int PARKED = 3;                                  // VT: past the spin; a ready must unpark

    private static final VarHandle STATE, REASON;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(Goroutine.class, MethodHandles.lookup());
            STATE = l.findVarHandle(Goroutine.class, "pstate", int.class);
            REASON = l.findVarHandle(Goroutine.class, "reason", WaitReason.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Park() {}

    /** The goroutine that would park here: Goroutine.current(), or this thread's foreign handle. */
    public static Goroutine self() {
        Goroutine g = Goroutine.current();
        return g != null ? g : Goroutine.foreign();
    }

    /**
     * gopark. {@code g} must be {@link #self()}; it has been (or {@code unlock} will make it) reachable
     * by a waker. Returns true when readied, false when the thread was interrupted first (the
     * interrupt flag stays set; the caller withdraws or calls {@link #awaitReady}).
     */
    public static boolean park(Goroutine g, WaitReason reason, Object on, Unlocker unlock) {
        return park(g, reason, on, unlock, true);
    }

    /**
     * VT: park for a wait whose waker writes a line of the waiter's anyway (w: a channel's sudog or
     * segment waiter). The waiter spins as park would, but on w.completed() instead of g's state word,
     * so a waker that finds it still spinning completes w alone and never touches g. When the spin
     * ends, w.commitPark() decides: completed meanwhile (true at once, no ready will come), or parking,
     * and then the waker will call ready(g). g carries its wait reason throughout (RT-I3). The caller
     * has made w reachable by its waker and released its lock. Returns as park does: true when
     * completed, false when interrupted while parked (the caller withdraws, or calls awaitReady).
     */
    public static boolean parkOnOwnWord(Goroutine g, WaitReason reason, Object on, SpinWord w) {
        g.waitingOn = on;
        REASON.setRelease(g, reason);
        if (Spin.until(g, w, reason) || !w.commitPark()) {      // g's state word was never touched
            REASON.setRelease(g, null);
            g.waitingOn = null;
            return true;
        }
        return park(g, reason, on, Unlocker.NONE, false);
    }

    /** Whether g waits on a virtual thread (Park's VT word), not on a backend such as CONT. */
    public static boolean onVirtualThread(Goroutine g) {
        return g.backend() == null;
    }

    private static boolean park(Goroutine g, WaitReason reason, Object on, Unlocker unlock, boolean spin) {
        g.waitingOn = on;                                         // plain: published by the release below
        REASON.setRelease(g, reason);                             // RT-I3; the park's commit CAS fences after it
        Backend b = g.backend();
        if (b != null) return b.park(g, unlock, true) ? done(g) : false;   // CONT: one status word (ContG)
        if (!STATE.compareAndSet(g, RUNNING, WAITING)) {          // an early ready (RT-I2): take it
            unlock.unlock();
            return done(g);
        }
        unlock.unlock();
        if (spin && Spin.until(g, reason)) return done(g);
        if (!STATE.compareAndSet(g, WAITING, PARKED)) return done(g);   // readied at the spin's end
        while ((int) STATE.getVolatile(g) != READIED) {
            LockSupport.park(on);
            if (Thread.currentThread().isInterrupted() && (int) STATE.getVolatile(g) != READIED) return false;
        }
        return done(g);
    }

    /** Parks uninterruptibly: for waits nobody may abandon (a waker is already committed to g). */
    public static void parkUninterruptibly(Goroutine g, WaitReason reason, Object on, Unlocker unlock) {
        if (!park(g, reason, on, unlock)) awaitReady(g);
    }

    /** After a failed withdrawal: a waker has claimed g and will ready it; wait for that, keep the interrupt. */
    public static void awaitReady(Goroutine g) {
        Backend b = g.backend();
        if (b != null) {                                          // CONT: park again, deaf to the flag
            b.park(g, Unlocker.NONE, false);
            done(g);
            return;
        }
        boolean interrupted = Thread.interrupted();
        STATE.compareAndSet(g, WAITING, PARKED);                  // a ready now unparks us
        while ((int) STATE.getVolatile(g) != READIED) {
            LockSupport.park(g);
            if (Thread.interrupted()) interrupted = true;
        }
        done(g);
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** The caller withdrew g from every queue after an interrupted park: it is running again. */
    public static void abandon(Goroutine g) {
        done(g);
    }

    /**
     * Interrupts g (Goroutine.interrupt): VT and foreign handles interrupt their thread; on CONT the flag
     * is set and a G already PARKED is moved to WAKING and requeued, so its park returns false.
     */
    static void interrupt(Goroutine g) {
        Backend b = g.backend();
        if (b == null) {
            Thread t = g.parkThread();
            if (t != null) t.interrupt();
            return;
        }
        g.interruptPending = true;                                // before the status is read (RT-I14)
        b.interrupt(g);
    }

    /** Clears g's interrupt flag (g is the caller) and says whether it was set. */
    static boolean clearInterrupt(Goroutine g) {
        if (g.backend() == null) return Thread.interrupted();
        boolean was = g.interruptPending;
        g.interruptPending = false;
        return was;
    }

    /**
     * goready: makes a parked g runnable. Call after releasing the lock that guarded its queue. A ready
     * that reaches g before it parks (lock-free waits publish themselves first) is kept for that park.
     */
    public static void ready(Goroutine g) {
        Backend b = g.backend();
        if (b != null) {
            b.ready(g);                                           // CONT: ContG's status decides (CONT-I1)
            return;
        }
        int s = (int) STATE.getAndSet(g, READIED);
        if (s == READIED) throw new GoFatal("bad g->status in ready");   // RT-I1: readied twice
        if (s == PARKED) {                                        // a spinning waiter (WAITING) needs no unpark
            LockSupport.unpark(g.parkThread());
            Spin.woke(g);
        }
    }

    /**
     * Parks the current goroutine for good (nil channel, select {}): only an interrupt ends it, and
     * the Interrupted to throw is returned ({@code throw Park.forever(...)}).
     */
    public static Interrupted forever(WaitReason reason, Object on) {
        Goroutine g = self();
        if (park(g, reason, on, Unlocker.NONE)) throw new GoFatal("bad g->status in ready");   // nobody can see it
        abandon(g);
        return new Interrupted(reason.text());
    }

    /**
     * A preemption point (a select's default: how Go code polls). On CONT a goroutine that sysmon asked
     * to yield (it has run 10 ms) goes to the global queue tail here, as Go's would at a call. On VT,
     * where nothing asks, a virtual thread yields its carrier once 10 ms have passed (VtPreempt).
     */
    public static void preemptPoint() {
        Backend b = Go.contBackend;
        if (b != null) b.preemptPoint();
        if (Thread.currentThread().isVirtual()) VtPreempt.atPoll();
    }

    /** CONT: g is off its M waiting for a ready (synctest's durably blocked). */
    static boolean isWaiting(Goroutine g) {
        Backend b = g.backend();
        return b != null && b.isWaiting(g);
    }

    /** VT: a ready is pending for g (for a woken one: it has not run yet). */
    static boolean isReadied(Goroutine g) {
        return (int) STATE.getVolatile(g) == READIED;
    }

    /** Tests only (SpinAnswersTest): puts g's VT state word in {@code state}, as a waiter would. */
    static void setStateForTest(Goroutine g, int state) {
        STATE.setVolatile(g, state);
    }

    private static boolean done(Goroutine g) {
        if (g.backend() == null) STATE.setVolatile(g, RUNNING);
        REASON.setRelease(g, null);
        g.waitingOn = null;
        return true;
    }
}
