package dev.golab.sched;

/*
 * Go behaviour:    `sched` (runtime/runtime2.go type schedt; Go 1.23): see dev.golab.runtime.proc.Schedt.
 * Model:           proc's Schedt over GoScheduler's Processors and Machine carriers (the same idle
 *                  lists, wakep, startm, stopm and handoffp the continuation runtime uses). A Machine
 *                  never retires while the scheduler runs; shutdown wakes every M (GoScheduler).
 * Invariants:      SCHED-I2 at most `procs` Ms hold a P (PROC-I12).
 * Differs from Go: see Schedt.
 * See:             GoScheduler, Machine, Sysmon.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.proc.Schedt;

final class GoSchedt extends Schedt<Runnable, Machine, Processor> {
    private final GoScheduler sched;

    GoSchedt(GoScheduler sched, int procs, int maxmcount) {
        super(ps(procs), maxmcount);
        this.sched = sched;
    }

    private static Processor[] ps(int procs) {
        Processor[] all = new Processor[procs];
        for (int i = 0; i < procs; i++) all[i] = new Processor(i);
        return all;
    }

    @Override
    protected Machine newM(int id) {
        return new Machine(sched, id);
    }

    @Override
    protected void handP(Machine m, Processor p, boolean spinning) {
        m.spinning = spinning;
        m.nextp = p;
    }

    @Override
    protected void threadExhaustion() {
        throw new GoFatal("thread exhaustion");
    }

    @Override
    protected boolean retiring() {
        return false;
    }

    @Override
    protected void parkM(Machine m) {
        m.parkUntilHanded();
    }

    @Override
    protected void onStopm() {
        sched.stats.parks.increment();
    }
}
