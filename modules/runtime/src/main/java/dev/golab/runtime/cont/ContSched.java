package dev.golab.runtime.cont;

/*
 * Go behaviour:    `sched` (runtime/runtime2.go type schedt; Go 1.23): see dev.golab.runtime.proc.Schedt.
 * Model:           proc's Schedt over ContGs, ContMs and ContPs: the idle lists, wakep, startm, stopm
 *                  and handoffp are shared with sched.GoScheduler. This class adds what only the
 *                  continuation runtime has: closing (idle Ms exit instead of parking) and Go's throw()
 *                  for thread exhaustion, reported once through the crash handler.
 * Invariants:      CONT-I10 at most GOMAXPROCS Ms hold a P; live Ms ≤ maxThreads (PROC-I12).
 *                  CONT-I7 (with ContM) a P is put idle before the final re-check of every queue (PROC-I13).
 * Differs from Go: see Schedt; an M that finds no work after close() exits instead of parking.
 * See:             ContRuntime, ContM, ContSysmon, ContHandoffAnswersTest.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.proc.Schedt;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

final class ContSched extends Schedt<ContG, ContM, ContP> {
    final ContRuntime rt;
    final ContStats.Counters stats = new ContStats.Counters();
    private final AtomicBoolean fatal = new AtomicBoolean();
    private volatile boolean closed;

    ContSched(ContRuntime rt, int procs, int maxThreads) {
        super(ps(procs), maxThreads);
        this.rt = rt;
    }

    private static ContP[] ps(int procs) {
        ContP[] all = new ContP[procs];
        for (int i = 0; i < procs; i++) all[i] = new ContP(i);
        return all;
    }

    int threads() {
        return mcount();
    }

    /** Marks the runtime closed and retires the idle Ms; returns them to be woken. */
    List<ContM> close() {
        synchronized (lock) {
            closed = true;
            return drainIdleMsLocked();
        }
    }

    boolean closed() {
        return closed;
    }

    @Override
    protected ContM newM(int id) {
        return new ContM(rt, id);
    }

    @Override
    protected void handP(ContM m, ContP p, boolean spinning) {
        m.spinning = spinning;
        m.nextp = p;
    }

    @Override
    protected void threadExhaustion() {
        fatal("thread exhaustion");
    }

    @Override
    protected boolean retiring() {
        return closed;
    }

    @Override
    protected void parkM(ContM m) {
        m.parkUntilHanded();
    }

    @Override
    protected void onStopm() {
        stats.stopms.increment();
    }

    /** Go's throw(): reported once through the crash handler (default: print, exit 2). */
    void fatal(String text) {
        if (fatal.compareAndSet(false, true)) Go.crash(0, new GoFatal(text));
    }

    /** schedinit's procs: -Dgolab.gomaxprocs, else $GOMAXPROCS, else the CPU count. */
    static int defaultProcs() {
        for (String v : new String[] {System.getProperty("golab.gomaxprocs"), System.getenv("GOMAXPROCS")}) {
            try {
                if (v != null && Integer.parseInt(v.trim()) > 0) return Integer.parseInt(v.trim());
            } catch (NumberFormatException ignored) {
                // Go ignores a malformed GOMAXPROCS too
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
