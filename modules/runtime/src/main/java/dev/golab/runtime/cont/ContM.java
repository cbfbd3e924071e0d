package dev.golab.runtime.cont;

/*
 * Go behaviour:    an M is an OS thread that holds a P while it runs Go code and loops in
 *                  schedule() → findRunnable() → execute() (runtime/proc.go; Go 1.23). findRunnable:
 *                  1 every 61st schedtick one G from the global queue; 2 runnext, then the ring;
 *                  3 a global batch; 4 steal (only a spinning M, or while spinning Ms are fewer than
 *                  half the busy Ps): 4 passes over the other Ps in random order, runnext in the
 *                  last; 5 give up the P, drop spinning, re-check every queue, stopm. gopark's
 *                  park_m runs on g0 after the G is off its stack: it calls unlockf and, if that
 *                  returns false, runs the G again at once (execute(gp, true)).
 * Model:           the same loop on a platform daemon thread. execute() calls the G's
 *                  Continuation.run(), which returns when the G parks, calls gosched or ends; then
 *                  the M does park_m's work (unlockf, requeue) on its own stack, which is g0's role.
 *                  Before giving up its P a spinning M keeps polling for SPIN_NS, so a ready() that
 *                  follows shortly finds an M already spinning and wakep costs one read. It yields the
 *                  CPU between polls (sched_yield): the OS often puts the spinning M on the CPU of the
 *                  M that runs the work, and a PAUSE loop there took that M's time (a one-way send at
 *                  two Ps: ~233 ns with PAUSE, ~202 with yield, one P ~181; docs/handoff-log.md).
 * Invariants:      CONT-I6 a G runs only on an M (never nested: run() is called from this loop only).
 *                  CONT-I7 an M that finds nothing releases its P before its final re-check, so a
 *                          concurrent wakep either sees the idle P or the re-check sees the work.
 * Differs from Go: no netpoll, GC or timer steps; the bounded spin before stopm, which yields the CPU
 *                  between polls, is ours (Go spins only through findRunnable's passes); an M whose P
 *                  was retaken finishes running its G without a P (the G's frames are on this
 *                  carrier's continuation; Go's exitsyscall would queue it globally before the G runs on).
 * See:             ContRuntime, ContP, ContSysmon, ContAnswersTest.
 */
import dev.golab.runtime.Goids;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.RunQueuePolicy;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

final class ContM extends Thread {
    static final long SPIN_NS = Long.getLong("golab.cont.spinNanos", 50_000);

    final ContRuntime rt;
    final ContSched sched;
    volatile ContP nextp;           // handed over by startm (Go's mp.nextp)
    volatile boolean spinning;
    volatile boolean preempt;       // sysmon: the G running here has run 10 ms (Go's gp.preempt)
    ContP p;                        // held P (this thread only)
    long gen;                       // tenure on p
    private boolean exiting;        // the runtime is closed and this M found no work
    private boolean inheritTime;    // findRunnable's second result (runqget's inheritTime)
    private long goidcache;         // newproc1's id cache: the next id to hand out (this thread only)
    private long goidcacheend;      // one past the last reserved id

    ContM(ContRuntime rt, int id) {
        super("golab-cont-M" + id);
        this.rt = rt;
        this.sched = rt.sched;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (!exiting) {
            if (p == null && !takeNextp()) continue;
            ContG next = findRunnable();
            if (next == null) continue;                 // gave up the P and was parked: loop
            if (spinning) resetSpinning();
            execute(next, inheritTime);
        }
        sched.mexit(this);
    }

    private boolean takeNextp() {
        ContP handed = nextp;
        if (handed == null) {
            if (!sched.stopm(this)) exiting = true;
            return false;
        }
        nextp = null;
        p = handed;
        gen = handed.acquire(this);
        return true;
    }

    private void resetSpinning() {
        spinning = false;
        sched.nmspinning.decrementAndGet();
        sched.wakep();                                     // work discovery cascades one M at a time
    }

    /** execute + park_m: run g until it parks for good, gosched()s or ends. */
    private void execute(ContG g, boolean inheritTime) {
        while (true) {
            ContP pp = p;
            if (pp != null) {
                pp.countRun(inheritTime);
                pp.enterG(gen);
            }
            g.m = this;
            if (preempt) preempt = false;               // a request was for the G before this run
            running(g);
            Throwable crashed = null;
            try {
                g.stack().run();                        // until the G yields or ends
            } catch (Throwable t) {
                crashed = t;
            }
            if (pp != null && !pp.leaveG(gen)) p = null; // retaken while the G was blocked (a "syscall")
            if (crashed != null || g.stack.isDone()) {
                g.setStatus(ContG.DONE);
                g.stack = null;                         // a user may keep the Goroutine, not its stack
                rt.gdone(g, crashed);
                return;
            }
            if (!afterYield(g)) return;
            inheritTime = true;                         // park_m's execute(gp, true)
            if (p == null) {                            // exitsyscall without a P: the G goes global
                if (!g.yielding && g.statusWord() != ContG.WAKING) {   // those are queued as they are
                    g.setStatus(ContG.RUNNABLE);
                }
                rt.inject(g);
                return;
            }
        }
    }

    /**
     * execute's casgstatus(_Grunnable, _Grunning), and the park's result for the G to read when it
     * resumes: a G woken by an interrupt (WAKING) gets false, unless a ready() won (READIED).
     */
    private static void running(ContG g) {
        if (g.yielding) {                               // back from gosched: a ready meanwhile stays pending
            g.yielding = false;
            g.casStatus(ContG.GOSCHED, ContG.RUNNING);
            return;
        }
        switch (g.statusWord()) {
            case ContG.WAKING -> {
                if (g.casStatus(ContG.WAKING, ContG.RUNNING)) {
                    g.parked = false;
                    return;
                }
                g.parked = true;                        // READIED over WAKING: the ready wins
            }
            case ContG.READIED -> g.parked = true;      // readied while parking
            default -> { }                              // RUNNABLE (parked set at its commit) or RUNNING
        }
        g.parking = false;                              // ordered before the release store below
        g.publishRunning();
    }

    /** park_m / gosched_m, on the M's stack. Returns true when g must run again at once. */
    private boolean afterYield(ContG g) {
        if (g.yielding) {
            rt.inject(g);                               // Gosched: global tail (still GOSCHED), then wakep
            return false;
        }
        BooleanSupplier f = g.unlockf;
        Unlocker u = g.unlock;
        g.unlockf = null;
        g.unlock = null;
        boolean ok = true;
        try {
            if (u != null) u.unlock();
            else if (f != null) ok = f.getAsBoolean();
        } catch (Throwable t) {                         // Go: a panic on g0 is fatal; the G is lost
            g.setStatus(ContG.DONE);
            rt.gdone(g, t);
            return false;
        }
        if (!ok) {
            g.parked = false;                           // unlockf said no: resume as if never parked
            g.setStatus(ContG.RUNNING);
            return true;
        }
        g.parked = true;
        if (!g.casStatus(ContG.RUNNING, ContG.WAITING)) return true;   // READIED during the switch: run it now
        // RT-I14: interrupt() writes its flag before it reads the status, this wrote the status before
        // it reads the flag: one of the two sees the other, and one CAS decides who wakes the G.
        return g.interruptPending() && g.casStatus(ContG.WAITING, ContG.WAKING);
    }

    /** newproc1's goid from this M's cache (Go's pp.goidcache): one shared add per Goids.BATCH. */
    long newGoid() {
        if (goidcache == goidcacheend) {
            goidcache = Goids.reserve();
            goidcacheend = goidcache + Goids.BATCH;
        }
        return goidcache++;
    }

    /** findRunnable: the next G, with inheritTime set; null when the M gave up its P and slept. */
    private ContG findRunnable() {
        inheritTime = false;
        ContP pp = p;
        GlobalRunQueue<ContG> global = sched.global;
        long spinSince = 0;
        while (true) {
            if (RunQueuePolicy.checkGlobalFirst(pp.schedtick, RunQueuePolicy.GLOBAL_CHECK_INTERVAL)
                    && global.size() > 0) {
                ContG g = global.get(pp.runq, sched.procs, 1);
                if (g != null) return g;
            }
            ContG local = pp.runq.takeRunnext();
            if (local != null) {
                inheritTime = true;
                return local;
            }
            local = pp.runq.takeRing();
            if (local != null) return local;
            if (global.size() > 0) {
                ContG g = global.get(pp.runq, sched.procs, 0);
                if (g != null) return g;
            }
            if (spinning || 2 * sched.nmspinning.get() < sched.procs - sched.npidle()) {
                if (!spinning) {
                    spinning = true;
                    sched.nmspinning.incrementAndGet();
                }
                ContG stolen = stealWork(pp);
                if (stolen != null) return stolen;
                long now = System.nanoTime();
                if (spinSince == 0) spinSince = now;
                if (now - spinSince < SPIN_NS && !sched.closed()) {
                    Thread.yield();                     // bounded spin: stay visible to wakep, but let
                    continue;                           // an M that shares this CPU run (header)
                }
            }
            ContG g = sched.releaseOrGlobal(pp);           // give up the P: the delicate dance
            if (g != null) return g;
            p = null;
            if (spinning) {
                spinning = false;
                sched.nmspinning.decrementAndGet();
                ContP again = sched.recheckAfterSpinning();
                if (again != null) {
                    p = pp = again;
                    gen = again.acquire(this);
                    spinning = true;
                    sched.nmspinning.incrementAndGet();
                    spinSince = 0;
                    continue;
                }
            }
            if (!sched.stopm(this)) exiting = true;
            return null;
        }
    }

    /** stealWork: 4 passes over the other Ps in random order; runnext only in the last pass. */
    private ContG stealWork(ContP pp) {
        ContP[] all = sched.allp;
        int n = all.length;
        for (int pass = 0; pass < RunQueuePolicy.STEAL_TRIES; pass++) {
            boolean last = pass == RunQueuePolicy.STEAL_TRIES - 1;
            int r = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
            int pos = sched.order.start(r), inc = sched.order.stride(r);
            for (int i = 0; i < n; i++, pos = (pos + inc) % n) {
                ContP victim = all[pos];
                if (victim == pp) continue;
                int st = victim.status();
                if (st == ContP.IDLE) continue;
                boolean running = st == ContP.IN_G || st == ContP.PUTTING;
                ContG g = pp.runq.stealFrom(victim.runq, last, running);
                if (g != null) {
                    sched.stats.steals.increment();
                    return g;
                }
            }
            if (sched.global.size() > 0) return null;     // findRunnable takes it in order
        }
        return null;
    }

    /** stopm's wait: until startm hands this M a P or the runtime stops. */
    void parkUntilHanded() {
        while (nextp == null && !sched.closed()) LockSupport.park(this);
    }
}
