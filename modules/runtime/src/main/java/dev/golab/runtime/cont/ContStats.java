package dev.golab.runtime.cont;

/*
 * Go behaviour:    GODEBUG=schedtrace=1000 prints gomaxprocs, idleprocs, threads, spinningthreads and
 *                  the global runqueue (runtime/proc.go schedtrace; Go 1.23).
 * Model:           a snapshot of ContRuntime's counters, cheap enough to read from a G: steals,
 *                  spills, sysmon's hand-offs and the preemptions it would have made.
 * Invariants:      CONT-I9 counters only grow; threads ≤ the runtime's M cap.
 * Differs from Go: Go counts no steals or would-be preemptions; these make the policy visible.
 * See:             ContRuntime.stats(), ContAnswersTest.
 */
import java.util.concurrent.atomic.LongAdder;

public record ContStats(int procs, int threads, int idleProcs, int spinning, int globalQueue, long live,
                        long steals, long spills, long handoffs, long preemptRequests, long stopms) {

    @Override
    public String toString() {
        return "SCHED gomaxprocs=" + procs + " idleprocs=" + idleProcs + " threads=" + threads
                + " spinningthreads=" + spinning + " runqueue=" + globalQueue + " | gs=" + live
                + " steals=" + steals + " spills=" + spills + " handoffs=" + handoffs
                + " preemptRequests=" + preemptRequests + " stopms=" + stopms;
    }

    /** The live counters behind a snapshot. */
    static final class Counters {
        final LongAdder steals = new LongAdder();
        final LongAdder spills = new LongAdder();
        final LongAdder handoffs = new LongAdder();
        final LongAdder preemptRequests = new LongAdder();
        final LongAdder stopms = new LongAdder();
    }
}
