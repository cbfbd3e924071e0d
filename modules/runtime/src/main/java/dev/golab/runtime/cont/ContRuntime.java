package dev.golab.runtime.cont;

/*
 * Go behaviour:    Go's runtime proper (runtime/proc.go; Go 1.23): GOMAXPROCS Ps, Ms that are OS
 *                  threads, Gs with their own stacks. `go f()` (newproc) puts the new G in runnext
 *                  of the creator's P; goready puts the readied G in runnext of the waker's P, the
 *                  old occupant moving to the ring; both then wakep(), which starts at most one
 *                  spinning M. Gosched and Gs made runnable off any P go to the global queue.
 *                  gopark switches to g0, which calls unlockf once the G is off its stack.
 * Model:           1. go/ready on one of this runtime's Ms: a swap into runnext of that M's P, then a
 *                     look at the P word for a concurrent retake (a displaced G goes to the ring under
 *                     ContP.beginPut); anywhere else: the global queue (inject).
 *                  2. park: flag parking, Continuation.yield; the M runs unlockf, then commits
 *                     RUNNING → WAITING with one CAS (ContM); a pinned yield blocks the carrier
 *                     instead (ContG.parkPinned), like a syscall.
 *                  3. Idle Ps and Ms live on lists under one lock (Go's sched.lock); wakep/startm/
 *                     stopm/handoffp as in Go. ContSysmon retakes Ps of blocked Ms.
 * Invariants:      CONT-I10 at most GOMAXPROCS Ms hold a P; at most the cap of Ms are alive (else
 *                           GoFatal "thread exhaustion").
 *                  CONT-I11 every G handed to go/ready runs (no lost wake-up): a G is queued on a P
 *                           whose M is awake, or wakep found a spinning M or started one.
 * Differs from Go: no asynchronous preemption: sysmon can hand off the P of a *blocked* M, and a G
 *                  it asks to preempt yields at its next `go` statement or select default (Go's pre-1.14
 *                  cooperative preemption, at a call); other CPU-bound code is never stopped. Blocking is
 *                  inferred from the carrier's Thread.State, so an M stuck in native I/O (RUNNABLE
 *                  to the JVM) is not handed off. No netpoller, timers or GC; GOMAXPROCS is fixed.
 * See:             ContAnswersTest, ContHandoffAnswersTest, ContPingPongBenchmark.
 */
import dev.golab.runtime.Backend;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.proc.StripedCounter;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import jdk.internal.vm.Continuation;

public final class ContRuntime implements AutoCloseable {
    /** sched.maxmcount (debug.SetMaxThreads). */
    public static final int MAX_THREADS = 10_000;
    private static volatile ContRuntime shared;

    final ContSched sched;
    private final StripedCounter live = new StripedCounter();   // Ms start and end Gs at once: no shared line
    private final ContSysmon sysmon;

    private ContRuntime(int procs, int maxThreads) {
        if (procs < 1) throw new IllegalArgumentException("gomaxprocs must be >= 1, got " + procs);
        if (maxThreads < procs) throw new IllegalArgumentException("maxThreads must be >= gomaxprocs, got " + maxThreads);
        this.sched = new ContSched(this, procs, maxThreads);
        this.sysmon = new ContSysmon(sched);
        sysmon.start();
    }

    /** A runtime with {@code gomaxprocs} Ps; Ms are daemon threads started on demand. */
    public static ContRuntime start(int gomaxprocs) {
        return start(gomaxprocs, MAX_THREADS);
    }

    /** As start(n), with Go's debug.SetMaxThreads cap on live Ms. */
    public static ContRuntime start(int gomaxprocs, int maxThreads) {
        ContSupport.ensureExported();
        return new ContRuntime(gomaxprocs, maxThreads);
    }

    /** The process-wide runtime: -Dgolab.gomaxprocs, else $GOMAXPROCS, else the CPU count. Never closed. */
    public static ContRuntime shared() {
        ContRuntime r = shared;
        if (r != null) return r;
        synchronized (ContRuntime.class) {
            if (shared == null) shared = start(ContSched.defaultProcs());
            return shared;
        }
    }

    /** newproc: a new G running {@code body}; {@code attachment} rides along (the lab's Goroutine). */
    public ContG go(Runnable body, Object attachment) {
        ContG g = newG(body, attachment, null);
        start(g);
        return g;
    }

    /**
     * newproc1: a G that has not been queued yet (the caller may record it first; see start). It runs
     * {@code entry.run(attachment, body)} when entry is given (a lab goroutine), else body.
     */
    ContG newG(Runnable body, Object attachment, Backend.Entry entry) {
        if (body == null) throw new GoFatal("go of nil func value");
        ContG g = new ContG(this, body, attachment, entry);
        live.increment();
        g.setStatus(ContG.RUNNABLE);
        return g;
    }

    /**
     * newproc's runqput + wakep of a G from newG; then a preemption point (below): a loop of `go`
     * statements cannot bury its P's other Gs, nor pile up every G it makes before one runs.
     */
    void start(ContG g) {
        ContG cur = current();
        runqputOrInject(g, cur != null ? cur.m : currentM());
        if (cur != null) preemptPoint(cur);
    }

    /**
     * A preemption point (a `go` statement, a select's default): a G that sysmon asked to preempt (it
     * has run 10 ms) yields to the global queue tail, as Go's G would at its next call. Off a G: nothing.
     */
    public static void preemptPoint() {
        ContG cur = current();
        if (cur != null) preemptPoint(cur);
    }

    private static void preemptPoint(ContG cur) {
        ContM m = cur.m;
        if (m.preempt) {
            m.preempt = false;
            gosched(cur);                                     // gopreempt_m: to the global queue tail
        }
    }

    /**
     * The G running on this thread (a carrier M of any ContRuntime), or null. Read through the
     * carrier's mounted continuation, never Thread.currentThread(): C2 treats currentThread() as
     * constant within a compiled method, so after a park that resumed on another M it can return the
     * old carrier (measured: 96 % stale in a hot loop), while the carrier-thread read is redone.
     */
    public static ContG current() {
        return Continuation.getCurrentContinuation(ContG.SCOPE) instanceof ContStack s ? s.g() : null;
    }

    /** The M the caller runs on: the current G's, else the calling thread when it is an M (M code, no G). */
    static ContM currentM() {
        ContG g = current();
        if (g != null) return g.m;
        return Thread.currentThread() instanceof ContM m ? m : null;     // fresh: M code never parks
    }

    /**
     * gopark: the current G leaves the CPU; once it is off, its M calls {@code unlockf}. If that
     * returns false the G runs on at once and park returns false; otherwise park returns true after
     * ready(g). Must run on a ContG.
     */
    public static boolean park(BooleanSupplier unlockf) {
        ContG g = current();
        if (g == null) throw new IllegalStateException("park: not running on a ContG");
        g.unlockf = unlockf;
        g.interruptible = false;
        return yieldParking(g);
    }

    /**
     * The lab's gopark (Park on CONT): {@code unlock} runs once g is off its M; true when readied,
     * false when an interrupt came first ({@code interruptible} only; RT-I14). A ready that arrived
     * before the park (a lock-free waiter) is taken at once. g must be the current G.
     */
    public static boolean park(ContG g, Unlocker unlock, boolean interruptible) {
        if (g.takeEarlyReady()) {
            unlock.unlock();
            return true;
        }
        g.unlock = unlock;
        g.interruptible = interruptible;
        return yieldParking(g);
    }

    private static boolean yieldParking(ContG g) {
        g.parking = true;                                         // a ready from now on is kept (READIED)
        if (Continuation.yield(ContG.SCOPE)) return g.parked;     // the M commits after unlockf
        return g.parkPinned();                                    // pinned: block the M (a "syscall")
    }

    /** goready: runnext of the caller's P when the caller runs on this G's runtime, else global + wakep. */
    public static void ready(ContG g) {
        if (g.makeReady()) g.runtime.runqputOrInject(g);
    }

    /** The lab's interrupt of g (its flag already set): a G in an interruptible park wakes (RT-I14). */
    public static void interrupt(ContG g) {
        if (g.makeWaking()) g.runtime.runqputOrInject(g);
    }

    /** Gosched: the current G goes to the global queue tail and its M schedules. Off a G: Thread.yield. */
    public static void gosched() {
        ContG g = current();
        if (g == null) Thread.yield();
        else gosched(g);
    }

    private static void gosched(ContG g) {
        if (!g.casStatus(ContG.RUNNING, ContG.GOSCHED)) return;   // a ready is pending (READIED): run on
        g.yielding = true;
        if (!Continuation.yield(ContG.SCOPE)) {                   // pinned: cannot leave
            g.yielding = false;
            g.casStatus(ContG.GOSCHED, ContG.RUNNING);            // else READIED: keep the pending ready
        }
    }

    /** The id of the P the caller's M holds, or -1 (not on this runtime, or running without a P). */
    public int currentP() {
        ContM m = currentM();
        return m != null && m.rt == this && m.p != null ? m.p.id : -1;
    }

    public int gomaxprocs() {
        return sched.procs;
    }

    /** Gs started here that have not ended (parked ones included). */
    public long liveGs() {
        return live.sum();
    }

    public ContStats stats() {
        ContStats.Counters c = sched.stats;
        return new ContStats(sched.procs, sched.threads(), sched.npidle(), sched.nmspinning.get(),
                sched.global.size(), live.sum(), c.steals.sum(), c.spills.sum(), c.handoffs.sum(),
                c.preemptRequests.sum(), c.stopms.sum());
    }

    /** Ms exit once they find no work; running Gs finish, parked ones stay parked. Never rejects go(). */
    @Override
    public void close() {
        sched.close().forEach(LockSupport::unpark);
        LockSupport.unpark(sysmon);
    }

    // ---- runqput / inject ------------------------------------------------------------------

    private void runqputOrInject(ContG g) {
        runqputOrInject(g, currentM());
    }

    private void runqputOrInject(ContG g, ContM m) {
        if (m != null && m.rt == this && m.p != null) {
            ContP pp = m.p;
            long gen = m.gen;
            long w = pp.word();
            if (w == ContP.word(gen, ContP.SCHED)) {              // the M itself (unlockf): never retaken
                runqput(pp, g);
                return;
            }
            if (w == ContP.word(gen, ContP.IN_G)) {
                runqputFromG(pp, gen, g);
                return;
            }
        }
        inject(g);
    }

    /**
     * runqput(next) by a running G, whose P sysmon may retake at any moment (the G might be blocked
     * for all sysmon knows). The runnext swap is atomic, so it needs no ownership; the P word is read
     * after it (the swap fences): either that read sees the retake and takes g back to the global
     * queue, or sysmon's handoffp, which reads the queue after its CAS, sees g (CONT-I11). Only a
     * displaced G needs the ring, which only the owner may fill (PROC-I9): that costs the PUTTING CAS.
     * A hand-off (runnext empty) thus pays one swap, as Go's runqput pays one CAS (RunnextRetakeStress).
     */
    private void runqputFromG(ContP pp, long gen, ContG g) {
        ContG old = pp.runq.swapRunnext(g);
        if (pp.word() != ContP.word(gen, ContP.IN_G) && pp.runq.withdrawRunnext(g)) {
            global(g);                                        // retaken meanwhile: g must not strand on it
        }
        if (old != null) {
            if (pp.beginPut(gen)) {
                if (pp.runq.putTail(old, sched.global)) sched.stats.spills.increment();
                pp.endPut(gen);
            } else {
                global(old);
            }
        }
        sched.wakep();
    }

    private void global(ContG g) {
        sched.global.put(g);
    }

    private void runqput(ContP pp, ContG g) {
        if (pp.runq.put(g, true, sched.global)) sched.stats.spills.increment();
        sched.wakep();
    }

    /** globrunqput + wakep: a G made runnable off any P (or by Gosched). */
    void inject(ContG g) {
        sched.global.put(g);
        sched.wakep();
    }

    void gdone(ContG g, Throwable crashed) {
        live.decrement();
        if (crashed != null) Go.crash(g.attachment() instanceof Goroutine gr ? gr.id() : g.id(), crashed);
    }
}
