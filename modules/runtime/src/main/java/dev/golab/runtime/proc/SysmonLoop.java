package dev.golab.runtime.proc;

/*
 * Go behaviour:    sysmon runs on its own M without a P. It sleeps 20 µs, doubling after 50 idle
 *                  rounds up to 10 ms, and resets to 20 µs whenever retake acted. retake: (a) a G that
 *                  has run for 10 ms (forcePreemptNS) is preempted; (b) a P in a syscall for at least
 *                  one tick is handed off (handoffp) unless its queue is empty, some M spins or a P is
 *                  idle, and the syscall is younger than 10 ms (runtime/proc.go sysmon, retake; Go 1.23).
 * Model:           the loop and retake once, for both real schedulers (sched.Sysmon over virtual-thread
 *                  carriers, cont.ContSysmon over continuation Ms). A P is "in a syscall" when its G has
 *                  been in the same run for a tick and its M thread is not RUNNABLE: the G called a
 *                  blocking JDK method (a BlockingQueue, a latch, contended synchronized, Object.wait)
 *                  or parked pinned, so it holds the M as a blocking syscall does. A RUNNABLE M that
 *                  has run one G for 10 ms is where Go would preempt: the scheduler is told (sched
 *                  counts it; cont flags the M, and the G yields at its next `go` statement or
 *                  select default).
 * Invariants:      PROC-I10 only IN_G Ps seen in the same run on two ticks are retaken.
 *                  PROC-I11 a retake is a generation-checked CAS (ProcP.retake), so the old M learns
 *                           that it lost the P.
 * Differs from Go: no asynchronous preemption (a virtual thread or continuation cannot be stopped from
 *                  outside); an M blocked in native I/O looks RUNNABLE and is not handed off; all-idle
 *                  sleeps are bounded at 10 ms instead of waiting on a note; no netpoll or forced GC.
 * See:             ProcP, dev.golab.sched.HandoffAnswersTest, dev.golab.runtime.cont.ContHandoffAnswersTest.
 */
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** sysmon over the Ps {@code allp}; a scheduler supplies its counters and its handoffp. */
public abstract class SysmonLoop<P extends ProcP<?, ?>> extends Thread {
    public static final long MIN_DELAY_NS = TimeUnit.MICROSECONDS.toNanos(20);
    public static final long MAX_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(10);
    public static final long FORCE_PREEMPT_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final P[] allp;
    private final long[] seenRuns, seenAt;
    private final boolean[] noted;

    protected SysmonLoop(String name, P[] allp) {
        super(name);
        setDaemon(true);
        this.allp = allp;
        seenRuns = new long[allp.length];
        seenAt = new long[allp.length];
        noted = new boolean[allp.length];
    }

    /** Go's backoff: 20 µs while busy; after 50 idle rounds double each round, capped at 10 ms. */
    public static long nextDelay(long delay, int idle) {
        if (idle == 0) return MIN_DELAY_NS;
        if (idle > 50) delay *= 2;
        return Math.min(delay, MAX_DELAY_NS);
    }

    /** True when sysmon should end (checked before every sleep). */
    protected abstract boolean finished(boolean allIdle);

    protected abstract int npidle();

    protected abstract int nmspinning();

    /**
     * The G running on p has run for forcePreemptNS: Go would preempt it (gp.preempt). The JVM cannot
     * stop it; a scheduler counts the request and may flag p's M, so the G yields at its next check.
     */
    protected abstract void preemptRequested(P p);

    /** The P was retaken from an M blocked in a "syscall": give it to another M (handoffp). */
    protected abstract void handoff(P p);

    @Override
    public final void run() {
        long delay = MIN_DELAY_NS;
        int idle = 0;
        while (true) {
            boolean allIdle = npidle() == allp.length;
            if (finished(allIdle)) return;
            LockSupport.parkNanos(allIdle ? MAX_DELAY_NS : delay);
            if (retake(System.nanoTime())) idle = 0;
            else idle++;
            delay = nextDelay(delay, idle);
        }
    }

    private boolean retake(long now) {
        boolean acted = false;
        for (P p : allp) {
            long w = p.word();
            if (ProcP.status(w) != ProcP.IN_G) continue;
            long runs = p.runs;
            if (runs != seenRuns[p.id]) {                     // a new run since the last tick
                seenRuns[p.id] = runs;
                seenAt[p.id] = now;
                noted[p.id] = false;
                continue;
            }
            Thread m = p.m;
            if (m == null) continue;
            long ran = now - seenAt[p.id];
            if (m.getState() == Thread.State.RUNNABLE) {       // running Java code: Go would preempt here
                if (ran >= FORCE_PREEMPT_NS && !noted[p.id]) {
                    noted[p.id] = true;
                    preemptRequested(p);
                }
                continue;
            }
            boolean otherCapacity = nmspinning() + npidle() > 0;
            if (p.runq.isEmpty() && otherCapacity && ran < FORCE_PREEMPT_NS) continue;
            if (p.retake(ProcP.gen(w))) {
                handoff(p);
                acted = true;
            }
        }
        return acted;
    }
}
