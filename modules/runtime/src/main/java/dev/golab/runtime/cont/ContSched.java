package dev.golab.runtime.cont;

/*
 * Go behaviour:    `sched` (runtime/runtime2.go type schedt; Go 1.23): the global run queue, the idle
 *                  P and idle M lists under sched.lock, nmspinning, the M count against maxmcount.
 *                  wakep starts one spinning M on an idle P unless one already spins; startm reuses an
 *                  idle M or creates one (over the cap: throw("thread exhaustion")); stopm parks an M
 *                  on the idle list; handoffp gives a P taken from a blocked M to a new M when there
 *                  is work, or a spinning one when nothing else spins or idles (proc.go).
 * Model:           the same lists under one Java monitor (held only by carrier and sysmon code, for
 *                  a few instructions, never across a park); nmspinning and npidle are read without
 *                  the lock, as Go reads them with atomics.
 * Invariants:      CONT-I10 at most GOMAXPROCS Ms hold a P; live Ms ≤ maxThreads.
 *                  CONT-I7 (with ContM) a P is put idle before the final re-check of every queue.
 * Differs from Go: no procresize, no GC stop-the-world, no netpoll wake; an M that finds no work after
 *                  close() exits instead of parking.
 * See:             ContRuntime, ContM, ContSysmon, ContHandoffAnswersTest.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.RandomOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

final class ContSched {
    final ContRuntime rt;
    final int procs;
    final ContP[] allp;
    final RandomOrder order;
    final GlobalRunQueue<ContG> global = new GlobalRunQueue<>();
    final AtomicInteger nmspinning = new AtomicInteger();
    final ContStats.Counters stats = new ContStats.Counters();
    private final int maxThreads;
    private final Object lock = new Object();                     // sched.lock: idle Ps, idle Ms, allm
    private final ArrayDeque<ContP> pidle = new ArrayDeque<>();
    private final ArrayDeque<ContM> midle = new ArrayDeque<>();
    private final List<ContM> allm = new ArrayList<>();
    private volatile int npidle;
    private int mnext;
    private final AtomicBoolean fatal = new AtomicBoolean();
    private volatile boolean closed;

    ContSched(ContRuntime rt, int procs, int maxThreads) {
        this.rt = rt;
        this.procs = procs;
        this.maxThreads = maxThreads;
        this.allp = new ContP[procs];
        for (int i = 0; i < procs; i++) allp[i] = new ContP(i);
        for (int i = procs - 1; i >= 0; i--) pidleput(allp[i]);
        this.order = new RandomOrder(procs);
    }

    int threads() {
        synchronized (lock) {
            return allm.size();
        }
    }

    /** Marks the runtime closed and retires the idle Ms; returns them to be woken. */
    List<ContM> close() {
        synchronized (lock) {
            closed = true;
            List<ContM> idle = new ArrayList<>(midle);
            midle.clear();
            return idle;
        }
    }


    /** wakep: one spinning M on an idle P, unless an M already spins (then this costs one read). */
    void wakep() {
        if (nmspinning.get() != 0 || npidle == 0 || !nmspinning.compareAndSet(0, 1)) return;
        ContP p = pidleget();
        if (p == null) {
            nmspinning.decrementAndGet();
            return;
        }
        startm(p, true);
    }

    void startm(ContP p, boolean spinning) {
        ContM m;
        boolean fresh = false;
        synchronized (lock) {
            m = midle.poll();
            if (m == null) {
                if (allm.size() >= maxThreads) {
                    pidleputLocked(p);
                    if (spinning) nmspinning.decrementAndGet();
                    m = null;
                } else {
                    m = new ContM(rt, mnext++);
                    allm.add(m);
                    fresh = true;
                }
            }
            if (m != null) {                                      // under the lock: close() cannot
                m.spinning = spinning;                            // retire an M that was handed a P
                m.nextp = p;
            }
        }
        if (m == null) {
            fatal("thread exhaustion");
            return;
        }
        if (fresh) m.start();
        else LockSupport.unpark(m);
    }

    /** stopm: park the M on the idle list until startm hands it a P; false when it must exit. */
    boolean stopm(ContM m) {
        synchronized (lock) {
            if (closed) return false;
            midle.push(m);
        }
        stats.stopms.increment();
        m.parkUntilHanded();
        return true;
    }

    void mexit(ContM m) {
        synchronized (lock) {
            allm.remove(m);
            midle.remove(m);
        }
    }

    ContP pidleget() {
        synchronized (lock) {
            ContP p = pidle.poll();
            if (p != null) npidle--;
            return p;
        }
    }

    private void pidleput(ContP p) {
        synchronized (lock) {
            pidleputLocked(p);
        }
    }

    private void pidleputLocked(ContP p) {
        p.release();
        pidle.push(p);
        npidle++;
    }

    int npidle() {
        return npidle;
    }

    boolean closed() {
        return closed;
    }

    /** findRunnable's give-up step: a last look at the global queue under the lock, else idle the P. */
    ContG releaseOrGlobal(ContP p) {
        synchronized (lock) {
            if (global.size() > 0) {
                ContG g = global.get(p.runq, procs, 0);
                if (g != null) return g;
            }
            pidleputLocked(p);
            return null;
        }
    }

    /** After dropping spinning: if any P still has queued work (or the global queue), take an idle P back. */
    ContP recheckAfterSpinning() {
        boolean work = global.size() > 0;
        for (ContP p : allp) work |= !p.runq.isEmpty();
        return work ? pidleget() : null;
    }

    /** handoffp: a P retaken from a blocked M gets a new M when there is anything to do. */
    void handoffp(ContP p) {
        if (!p.runq.isEmpty() || global.size() > 0) {
            startm(p, false);
            return;
        }
        if (nmspinning.get() + npidle == 0 && nmspinning.compareAndSet(0, 1)) {
            startm(p, true);
            return;
        }
        pidleput(p);
        if (global.size() > 0) wakep();                           // re-check after publishing the idle P
    }

    /** Go's throw(): reported once through the crash handler (default: print, exit 2). */
    void fatal(String text) {
        if (fatal.compareAndSet(false, true)) Go.crash(0, new GoFatal(text));
    }
}
