package dev.golab.sched;

/*
 * Go behaviour:    Go's G-M-P scheduler (runtime/proc.go, Go 1.23): GOMAXPROCS Ps with 256-slot
 *                  local queues and runnext; `go f()` and wake-ups go to the current P's runnext;
 *                  Gosched and Gs readied from outside any P go to the global queue; wakep starts
 *                  at most one spinning M at a time; idle Ms park; sysmon hands off the P of an M
 *                  stuck in a syscall.
 * Model:           1. Virtual threads are built with this Executor (VirtualThreadHook). The JDK calls
 *                     execute(runContinuation) on start(), unpark() and yield().
 *                  2. execute: caller mounted on one of our Ms (currentCarrierThread) → that M's P
 *                     runnext (Go's runqput(pp, gp, next=true)); the same thread re-submitting itself
 *                     from its carrier = Thread.yield = Gosched → global tail; anyone else (main,
 *                     the JDK's timer thread) → global tail. Then wakep().
 *                  3. Machine runs findRunnable/execute; Sysmon retakes Ps of blocked carriers.
 * Invariants:      SCHED-I1 never rejects, never runs a task inline (pitfalls 2–4 of SCHEDULER.md).
 *                  SCHED-I2 at most `procs` Ms hold a P. SCHED-I3 nmspinning ≥ 0, and spinning Ms
 *                     ≤ busy Ps / 2 (+1: wakep's). SCHED-I4 every queued task is run once per
 *                     submission (PROC-I3 for the queues).
 * Differs from Go: no preemption of a running virtual thread (JEP 444: no time sharing) — sysmon can
 *                  only count would-be preemptions; P count is fixed at create (no procresize);
 *                  children of goroutines inherit this scheduler (JDK behaviour); there is no
 *                  netpoller step: the JDK's poller unparks I/O waiters through execute().
 *                  The run-queue policy (rings, global queue, constants), the P, the idle lists
 *                  (GoSchedt: wakep, startm, stopm, handoffp) and sysmon are dev.golab.runtime.proc,
 *                  shared with the continuation runtime (and the queues with the simulator).
 * See:             SchedulerAnswersTest, StealingAnswersTest, HandoffAnswersTest, SkynetBenchmark.
 */
import dev.golab.runtime.Carriers;
import dev.golab.runtime.Go;
import dev.golab.runtime.Spawner;
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.PaddedInt;
import dev.golab.runtime.proc.RandomOrder;
import dev.golab.runtime.proc.RunQueuePolicy;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

public final class GoScheduler implements Executor, Spawner, AutoCloseable {
    static final int MAX_M = 10_000;                        // sched.maxmcount
    private static final int JDK_CARRIERS = Carriers.jdkParallelism();

    static {
        // a waiter on one of our Ms may spin (runtime.Spin) only if its scheduler has another P, and
        // not while a goroutine it readied waits in its own P's runnext
        if (VirtualThreadHook.supported()) {
            Carriers.install(() -> VirtualThreadHook.currentCarrier() instanceof Machine m ? m.sched.procs : JDK_CARRIERS,
                    () -> VirtualThreadHook.currentCarrier() instanceof Machine);   // execute(): runnext of the waker's P
        }
    }

    final int procs;
    final GoSchedt schedt;                                   // Go's schedt: idle Ps and Ms, wakep, handoffp
    final Processor[] allp;
    final RandomOrder stealOrder;
    final GlobalRunQueue<Runnable> global;
    final PaddedInt nmspinning;
    final SchedStats.Counters stats = new SchedStats.Counters();
    final int globalCheckInterval;
    private final ThreadFactory factory;
    private final AtomicInteger live = new AtomicInteger();
    private final Sysmon sysmon;
    private volatile boolean closed, shutdown;
    private volatile Spawner replaced;

    private GoScheduler(int procs, int globalCheckInterval) {
        if (procs < 1) throw new IllegalArgumentException("procs must be >= 1: " + procs);
        this.procs = procs;
        this.globalCheckInterval = globalCheckInterval;
        this.schedt = new GoSchedt(this, procs, MAX_M);
        this.allp = schedt.allp;
        this.stealOrder = schedt.order;
        this.global = schedt.global;
        this.nmspinning = schedt.nmspinning;
        this.factory = VirtualThreadHook.factory(this);
        this.sysmon = new Sysmon(this);
        sysmon.start();
    }

    /** A scheduler with {@code procs} Ps (GOMAXPROCS). Needs --add-opens java.base/java.lang=ALL-UNNAMED. */
    public static GoScheduler create(int procs) {
        return new GoScheduler(procs, RunQueuePolicy.GLOBAL_CHECK_INTERVAL);
    }

    /** A variant whose fairness check runs every {@code interval}th schedtick (Integer.MAX_VALUE ≈ never). */
    static GoScheduler withGlobalCheckInterval(int procs, int interval) {
        return new GoScheduler(procs, interval);
    }

    /** Creates a scheduler and makes Go.go spawn onto it until close(). */
    public static GoScheduler install(int procs) {
        return install(create(procs));
    }

    /** Makes Go.go spawn onto {@code s} until s.close(); returns s. */
    public static GoScheduler install(GoScheduler s) {
        s.replaced = Go.setSpawner(s);
        return s;
    }

    /** Whether the JDK hook is reachable in this JVM. */
    public static boolean supported() {
        return VirtualThreadHook.supported();
    }

    /** `go f()` without Go's registry: starts a virtual thread on this scheduler. */
    public Thread go(Runnable f) {
        Thread t = newThread(f);
        t.start();
        return t;
    }

    /** Spawner: an unstarted virtual thread on this scheduler (Go.go starts it). */
    @Override
    public Thread newThread(Runnable task) {
        live.incrementAndGet();
        return factory.newThread(() -> {
            try {
                task.run();
            } finally {
                if (live.decrementAndGet() == 0 && closed) shutdown();
            }
        });
    }

    @Override
    public int procs() {
        return procs;
    }

    /** Goroutines started on this scheduler that have not ended. */
    public int live() {
        return live.get();
    }

    /** Called by the JDK with a virtual thread's runContinuation: that thread is runnable. */
    @Override
    public void execute(Runnable task) {
        stats.executes.increment();
        if (shutdown) {                                     // never reject (pitfall 4): a platform carrier
            Thread.ofPlatform().daemon().start(task);
            return;
        }
        if (VirtualThreadHook.currentCarrier() instanceof Machine m && m.sched == this) {
            if (task == m.current) {                        // Thread.yield from its own carrier: Gosched
                stats.yields.increment();
                globalPut(task);
                return;
            }
            Processor pp = m.p;
            long gen = m.gen;
            if (pp != null && pp.cas(gen, Processor.IN_G, Processor.PUTTING)) {
                boolean spilled = pp.runq.put(task, true, global);
                pp.cas(gen, Processor.PUTTING, Processor.IN_G);
                if (spilled) stats.spills.increment();
                SchedEvents.ready(pp.id);
                wakep();
                return;
            }
        }
        globalPut(task);
    }

    private void globalPut(Runnable task) {
        global.put(task);
        SchedEvents.global(global.size());
        wakep();
    }

    /** wakep: start one spinning M on an idle P, unless an M is already spinning (proc.Schedt). */
    void wakep() {
        schedt.wakep();
    }

    void stopm(Machine m) {
        schedt.stopm(m);
    }

    Processor pidleget() {
        return schedt.pidleget();
    }

    int npidle() {
        return schedt.npidle();
    }

    Runnable releaseOrGlobal(Processor p) {
        return schedt.releaseOrGlobal(p);
    }

    Processor recheckAfterSpinning() {
        return schedt.recheckAfterSpinning();
    }

    void handoffp(Processor p) {
        schedt.handoffp(p);
    }

    boolean isShutdown() {
        return shutdown;
    }

    /** GODEBUG=schedtrace-like snapshot of the counters. */
    public SchedStats stats() {
        // lock-free: a goroutine polling stats() must never block its carrier (sysmon would see a
        // blocked carrier and hand its P off, as for a syscall)
        return new SchedStats(procs, schedt.mcount(), schedt.npidle(), nmspinning.get(), global.size(),
                stats.executes.sum(), stats.runnextHits.sum(), stats.globalPolls.sum(), stats.globalBatches.sum(),
                stats.steals.sum(), stats.stolen.sum(), stats.spills.sum(), stats.yields.sum(), stats.parks.sum(),
                stats.handoffs.sum(), stats.preemptRequests.sum());
    }

    /** The P whose M the caller runs on (a goroutine of this scheduler), or -1. */
    int currentP() {
        return VirtualThreadHook.currentCarrier() instanceof Machine m && m.sched == this && m.p != null ? m.p.id : -1;
    }

    /** schedtick of P {@code id} (tests: fairness is measured in scheduling rounds). */
    long schedtick(int id) {
        return allp[id].schedtick;
    }

    /**
     * Uninstalls (if installed) and stops the Ms once every goroutine started here has ended. Never
     * rejects: a leaked goroutine that wakes later still runs (pitfall 4).
     */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (Go.spawner() == this && replaced != null) Go.setSpawner(replaced);
        if (live.get() == 0) shutdown();
    }

    private void shutdown() {
        shutdown = true;
        sysmon.interrupt();
        schedt.allMs().forEach(LockSupport::unpark);
    }
}
