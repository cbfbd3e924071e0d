package dev.golab.runtime.proc;

/*
 * Go behaviour:    `sched` (runtime/runtime2.go type schedt; Go 1.23): the global run queue, the idle P
 *                  and idle M lists under sched.lock, nmspinning and the M count against maxmcount.
 *                  wakep starts one spinning M on an idle P unless one already spins; startm reuses an
 *                  idle M or creates one (over the cap: throw("thread exhaustion")); stopm parks an M
 *                  on the idle list; handoffp gives a P taken from a blocked M to a new M when there is
 *                  work, or to a spinning one when nothing else spins or idles; findRunnable's last
 *                  steps idle the P after a final look at the global queue and, after dropping
 *                  spinning, re-check every queue (runtime/proc.go).
 * Model:           those lists and steps once, for both real schedulers: sched.GoScheduler (Ms are
 *                  carriers of virtual threads) and runtime.cont's ContSched (Ms run continuation Gs).
 *                  One Java monitor is sched.lock, held by scheduler code for a few instructions and
 *                  never across a park; nmspinning and npidle are read without it, as Go reads them
 *                  with atomics. A subclass makes its Ms, hands them a P and parks them.
 * Invariants:      PROC-I12 at most GOMAXPROCS Ms hold a P; live Ms ≤ maxmcount.
 *                  PROC-I13 a P is put idle before the final re-check of every queue, so a concurrent
 *                           wakep either sees the idle P or the re-check sees the work.
 * Differs from Go: no procresize, GC stop-the-world or netpoll wake.
 * See:             ProcP, SysmonLoop, dev.golab.sched.GoScheduler, dev.golab.runtime.cont.ContSched.
 */
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Go's schedt over Gs of type G run by M threads holding Ps of type P. */
public abstract class Schedt<G, M extends Thread, P extends ProcP<G, M>> {
    public final int procs;
    public final P[] allp;
    public final RandomOrder order;
    public final GlobalRunQueue<G> global = new GlobalRunQueue<>();
    public final PaddedInt nmspinning = new PaddedInt();          // alone on its line: wakep reads it per ready
    /** sched.lock: idle Ps, idle Ms, allm. */
    protected final Object lock = new Object();
    private final ArrayDeque<P> pidle = new ArrayDeque<>();
    private final ArrayDeque<M> midle = new ArrayDeque<>();
    private final List<M> allm = new ArrayList<>();
    private final int maxmcount;
    private final PaddedInt npidle = new PaddedInt();             // ditto: wakep's first read
    private volatile int mcount;
    private int mnext;

    protected Schedt(P[] allp, int maxmcount) {
        this.procs = allp.length;
        this.allp = allp;
        this.maxmcount = maxmcount;
        for (int i = procs - 1; i >= 0; i--) pidleput(allp[i]);
        this.order = new RandomOrder(procs);
    }

    /** A new M (not started). */
    protected abstract M newM(int id);

    /** Under the lock: hand {@code p} to {@code m} (Go's mp.nextp and mp.spinning). */
    protected abstract void handP(M m, P p, boolean spinning);

    /** More than maxmcount Ms would be needed (Go: throw("thread exhaustion")); p is idle again. */
    protected abstract void threadExhaustion();

    /** Under the lock: true once Ms that find no work should exit instead of parking. */
    protected abstract boolean retiring();

    /** stopm's wait: until startm hands m a P (or the scheduler stops). */
    protected abstract void parkM(M m);

    /** Counts an M going idle (stats). */
    protected void onStopm() {
    }

    /** wakep: one spinning M on an idle P, unless an M already spins (then this costs one read). */
    public final void wakep() {
        if (npidle.get() == 0 || nmspinning.get() != 0 || !nmspinning.compareAndSet(0, 1)) return;   // all Ps busy: one quiet read
        P p = pidleget();
        if (p == null) {
            nmspinning.decrementAndGet();
            return;
        }
        startm(p, true);
    }

    /** startm: an idle M, or a new one, runs p (spinning: it looks for work before it runs any). */
    public final void startm(P p, boolean spinning) {
        M m;
        boolean fresh = false;
        synchronized (lock) {
            m = midle.poll();
            if (m == null && allm.size() < maxmcount) {
                m = newM(mnext++);
                allm.add(m);
                mcount = allm.size();
                fresh = true;
            }
            if (m != null) {
                handP(m, p, spinning);                            // under the lock: a retiring scheduler
            } else {                                              // cannot lose an M that was handed a P
                pidleputLocked(p);
                if (spinning) nmspinning.decrementAndGet();
            }
        }
        if (m == null) threadExhaustion();
        else if (fresh) m.start();
        else LockSupport.unpark(m);
    }

    /** stopm: park the M on the idle list until startm hands it a P; false when it must exit. */
    public final boolean stopm(M m) {
        synchronized (lock) {
            if (retiring()) return false;
            midle.push(m);
        }
        onStopm();
        parkM(m);
        return true;
    }

    /** An M exits for good. */
    public final void mexit(M m) {
        synchronized (lock) {
            allm.remove(m);
            midle.remove(m);
            mcount = allm.size();
        }
    }

    /** Under the lock: takes every idle M off the list (to be woken when the scheduler retires). */
    protected final List<M> drainIdleMsLocked() {
        List<M> idle = new ArrayList<>(midle);
        midle.clear();
        return idle;
    }

    /** A snapshot of every M. */
    public final List<M> allMs() {
        synchronized (lock) {
            return new ArrayList<>(allm);
        }
    }

    public final P pidleget() {
        synchronized (lock) {
            P p = pidle.poll();
            if (p != null) npidle.set(npidle.get() - 1);               // under the lock
            return p;
        }
    }

    protected final void pidleput(P p) {
        synchronized (lock) {
            pidleputLocked(p);
        }
    }

    private void pidleputLocked(P p) {
        p.release();
        pidle.push(p);
        npidle.set(npidle.get() + 1);                               // under the lock
    }

    public final int npidle() {
        return npidle.get();
    }

    /** Ms created and not exited (lock-free read). */
    public final int mcount() {
        return mcount;
    }

    /** findRunnable's give-up step: a last look at the global queue under the lock, else idle the P. */
    public final G releaseOrGlobal(P p) {
        synchronized (lock) {
            if (global.size() > 0) {
                G g = global.get(p.runq, procs, 0);
                if (g != null) return g;
            }
            pidleputLocked(p);
            return null;
        }
    }

    /** After dropping spinning: if any P still has queued work (or the global queue), take an idle P back. */
    public final P recheckAfterSpinning() {
        boolean work = global.size() > 0;
        for (P p : allp) work |= !p.runq.isEmpty();
        return work ? pidleget() : null;
    }

    /** handoffp: a P retaken from a blocked M gets a new M when there is anything to do. */
    public final void handoffp(P p) {
        if (!p.runq.isEmpty() || global.size() > 0) {
            startm(p, false);
            return;
        }
        if (nmspinning.get() + npidle.get() == 0 && nmspinning.compareAndSet(0, 1)) {
            startm(p, true);
            return;
        }
        pidleput(p);
        if (global.size() > 0) wakep();                           // re-check after publishing the idle P
    }
}
