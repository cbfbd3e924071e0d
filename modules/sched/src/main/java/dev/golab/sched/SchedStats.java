package dev.golab.sched;

/*
 * Go behaviour:    GODEBUG=schedtrace=1000 prints gomaxprocs, idleprocs, threads, spinningthreads,
 *                  runqueue (global) and each P's local queue (runtime/proc.go schedtrace; Go 1.23).
 * Model:           a snapshot of GoScheduler's counters: how each policy rule fired.
 * Invariants:      SCHED-I13 counters only grow. SCHED-I14 steals ≤ stolen (a steal takes ≥ 1 G).
 * Differs from Go: Go has no counters for runnext hits or steals; these exist to make the policy
 *                  visible in tests and benchmarks.
 * See:             GoScheduler.stats(), SchedulerAnswersTest.
 */
import java.util.concurrent.atomic.LongAdder;

public record SchedStats(int procs, int threads, int idleProcs, int spinning, int globalQueue,
                         long executes, long runnextHits, long globalPolls, long globalBatches, long steals,
                         long stolen, long spills, long yields, long parks, long handoffs, long preemptRequests) {

    @Override
    public String toString() {
        return "SCHED gomaxprocs=" + procs + " idleprocs=" + idleProcs + " threads=" + threads
                + " spinningthreads=" + spinning + " runqueue=" + globalQueue
                + " | executes=" + executes + " runnext=" + runnextHits + " global61=" + globalPolls
                + " globalBatches=" + globalBatches + " steals=" + steals + " stolen=" + stolen
                + " spills=" + spills + " yields=" + yields + " parks=" + parks + " handoffs=" + handoffs
                + " preemptRequests=" + preemptRequests;
    }

    /** The live counters behind a snapshot. */
    static final class Counters {
        final LongAdder executes = new LongAdder();
        final LongAdder runnextHits = new LongAdder();
        final LongAdder globalPolls = new LongAdder();
        final LongAdder globalBatches = new LongAdder();
        final LongAdder steals = new LongAdder();
        final LongAdder stolen = new LongAdder();
        final LongAdder spills = new LongAdder();
        final LongAdder yields = new LongAdder();
        final LongAdder parks = new LongAdder();
        final LongAdder handoffs = new LongAdder();
        final LongAdder preemptRequests = new LongAdder();
        final LongAdder taskErrors = new LongAdder();
    }
}
