package dev.golab.runtime.cont;

/*
 * Go behaviour:    sysmon runs on its own M without a P. It sleeps 20 µs, doubling after 50 idle
 *                  rounds up to 10 ms, and resets to 20 µs whenever retake acted. retake: (a) a G
 *                  that has run for 10 ms (forcePreemptNS) is preempted; (b) a P in a syscall for at
 *                  least one tick is handed off (handoffp) unless its queue is empty, some M spins or
 *                  a P is idle, and the syscall is younger than 10 ms (runtime/proc.go sysmon, retake;
 *                  Go 1.23).
 * Model:           the same loop on a platform daemon thread. A P is "in a syscall" when its G has
 *                  been in the same run for a tick and the carrier M is not RUNNABLE: the G called a
 *                  blocking JDK method (a BlockingQueue, a latch, contended synchronized, Object.wait)
 *                  or parked pinned, so it holds the M as a blocking syscall does. A RUNNABLE M that
 *                  has run one G for 10 ms is where Go would preempt: it is counted, nothing more.
 * Invariants:      CONT-I12 only IN_G Ps seen in the same run on two ticks are retaken.
 *                  CONT-I13 a retake is a generation-checked CAS, so the old M learns it lost the P.
 * Differs from Go: no preemption (a continuation cannot be stopped from outside); an M blocked in
 *                  native I/O looks RUNNABLE and is not handed off; all-idle sleeps are bounded at
 *                  10 ms instead of waiting on a note; there is no netpoll or forced GC.
 * See:             ContHandoffAnswersTest, ContRuntime.
 */
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

final class ContSysmon extends Thread {
    static final long MIN_DELAY_NS = TimeUnit.MICROSECONDS.toNanos(20);
    static final long MAX_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(10);
    static final long FORCE_PREEMPT_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ContSched rt;
    private final long[] seenRuns, seenAt;
    private final boolean[] noted;

    ContSysmon(ContSched rt) {
        super("golab-cont-sysmon");
        this.rt = rt;
        setDaemon(true);
        int n = rt.allp.length;
        seenRuns = new long[n];
        seenAt = new long[n];
        noted = new boolean[n];
    }

    /** Go's backoff: 20 µs while busy; after 50 idle rounds double each round, capped at 10 ms. */
    static long nextDelay(long delay, int idle) {
        if (idle == 0) return MIN_DELAY_NS;
        if (idle > 50) delay *= 2;
        return Math.min(delay, MAX_DELAY_NS);
    }

    @Override
    public void run() {
        long delay = MIN_DELAY_NS;
        int idle = 0;
        while (true) {
            boolean allIdle = rt.npidle() == rt.procs;
            if (rt.closed() && allIdle) return;
            LockSupport.parkNanos(allIdle ? MAX_DELAY_NS : delay);
            if (retake(System.nanoTime())) idle = 0;
            else idle++;
            delay = nextDelay(delay, idle);
        }
    }

    private boolean retake(long now) {
        boolean acted = false;
        for (ContP p : rt.allp) {
            long w = p.word();
            if (ContP.status(w) != ContP.IN_G) continue;
            long runs = p.runs;
            if (runs != seenRuns[p.id]) {                     // a new run since the last tick
                seenRuns[p.id] = runs;
                seenAt[p.id] = now;
                noted[p.id] = false;
                continue;
            }
            ContM m = p.m;
            if (m == null) continue;
            long ran = now - seenAt[p.id];
            if (m.getState() == Thread.State.RUNNABLE) {       // running Java code: Go would preempt here
                if (ran >= FORCE_PREEMPT_NS && !noted[p.id]) {
                    noted[p.id] = true;
                    rt.stats.preemptRequests.increment();
                }
                continue;
            }
            boolean otherCapacity = rt.nmspinning.get() + rt.npidle() > 0;
            if (p.runq.isEmpty() && otherCapacity && ran < FORCE_PREEMPT_NS) continue;
            if (p.retake(ContP.gen(w))) {
                rt.stats.handoffs.increment();
                rt.handoffp(p);
                acted = true;
            }
        }
        return acted;
    }
}
