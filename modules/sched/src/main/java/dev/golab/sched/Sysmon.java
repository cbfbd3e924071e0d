package dev.golab.sched;

/*
 * Go behaviour:    sysmon runs on its own M without a P. It sleeps 20 µs, doubling after 50 idle
 *                  rounds up to 10 ms, and resets to 20 µs whenever retake acted. retake: (a) a P
 *                  whose G has run for 10 ms (forcePreemptNS) is preempted; (b) a P in a syscall for
 *                  at least one sysmon tick is handed off (handoffp) unless its queue is empty, some
 *                  M spins or a P is idle, and the syscall is younger than 10 ms
 *                  (runtime/proc.go sysmon, retake; Go 1.23).
 * Model:           the same loop on a platform daemon thread. A P is "in a syscall" when its carrier
 *                  thread is not RUNNABLE during a goroutine run: the virtual thread is pinned while
 *                  blocking (class initialisation, a native frame), so it holds the carrier like a
 *                  blocking syscall holds an M. A RUNNABLE carrier that has run one G for 10 ms is
 *                  where Go would preempt: we count it (preemptRequests) and cannot act.
 * Invariants:      SCHED-I9 only IN_G Ps observed in the same run on two ticks are retaken.
 *                  SCHED-I10 a retake is a generation-checked CAS, so the old M learns it lost the P.
 * Differs from Go: no preemption (JEP 444); a carrier blocked in JNI I/O looks RUNNABLE, so it is
 *                  not handed off; all-idle sleeps are bounded at 10 ms instead of a note wait.
 * See:             HandoffAnswersTest, PreemptionAnswersTest.
 */
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

final class Sysmon extends Thread {
    static final long MIN_DELAY_NS = TimeUnit.MICROSECONDS.toNanos(20);
    static final long MAX_DELAY_NS = TimeUnit.MILLISECONDS.toNanos(10);
    static final long FORCE_PREEMPT_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final GoScheduler sched;
    private final long[] seenRuns, seenAt;
    private final boolean[] noted;

    Sysmon(GoScheduler sched) {
        super("golab-sysmon");
        this.sched = sched;
        setDaemon(true);
        int n = sched.allp.length;
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
        while (!sched.isShutdown()) {
            LockSupport.parkNanos(sched.npidle() == sched.procs ? MAX_DELAY_NS : delay);
            if (retake(System.nanoTime())) idle = 0;
            else idle++;
            delay = nextDelay(delay, idle);
        }
    }

    private boolean retake(long now) {
        boolean acted = false;
        for (Processor p : sched.allp) {
            long w = p.word();
            if (Processor.status(w) != Processor.IN_G) continue;
            long runs = p.runs;
            if (runs != seenRuns[p.id]) {                  // a new run since the last tick
                seenRuns[p.id] = runs;
                seenAt[p.id] = now;
                noted[p.id] = false;
                continue;
            }
            Machine m = p.m;
            if (m == null) continue;
            long ran = now - seenAt[p.id];
            if (m.getState() == Thread.State.RUNNABLE) {    // running Go code: Go would preempt here
                if (ran >= FORCE_PREEMPT_NS && !noted[p.id]) {
                    noted[p.id] = true;
                    sched.stats.preemptRequests.increment();
                }
                continue;
            }
            boolean otherCapacity = sched.nmspinning.get() + sched.npidle() > 0;
            if (p.runq.isEmpty() && otherCapacity && ran < FORCE_PREEMPT_NS) continue;
            if (p.retake(Processor.gen(w))) {
                sched.stats.handoffs.increment();
                sched.handoffp(p);
                acted = true;
            }
        }
        return acted;
    }
}
