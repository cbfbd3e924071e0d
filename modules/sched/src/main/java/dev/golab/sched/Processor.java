package dev.golab.sched;

/*
 * Go behaviour:    a P is a scheduling context: an M must hold one to run Go code; there are exactly
 *                  GOMAXPROCS of them. Each has a local run queue, runnext, schedtick (bumped per
 *                  scheduling round that does not inherit time) and a status: _Pidle, _Prunning,
 *                  _Psyscall (runtime/runtime2.go type p; Go 1.23).
 * Model:           state is one atomic word (generation << 3 | status):
 *                  IDLE    on the idle list;                        (Go _Pidle)
 *                  SCHED   its M runs scheduler code;               (Go _Prunning, in schedule())
 *                  IN_G    its M runs a goroutine;                  (Go _Prunning / _Psyscall)
 *                  PUTTING the running goroutine is queueing a G on it (a short critical section).
 *                  sysmon may retake only IN_G → IDLE (bumping the generation), so an M that comes
 *                  back from a long run learns by a failed CAS that its P was handed off.
 * Invariants:      SCHED-I5 at most one M owns a P (the generation names the owner's tenure).
 *                  SCHED-I6 only the owner produces into runq (PUTTING excludes a concurrent retake),
 *                     which is what the shared ring's PROC-I2 requires.
 * Differs from Go: no _Pgcstop/_Pdead (no GC stop-the-world, no procresize).
 * See:             GoScheduler, Machine, Sysmon.
 */
import dev.golab.runtime.proc.LocalRunQueue;
import java.util.concurrent.atomic.AtomicLong;

final class Processor {
    static final int IDLE = 0, SCHED = 1, IN_G = 2, PUTTING = 3;

    final int id;
    final LocalRunQueue<Runnable> runq = new LocalRunQueue<>();   // shared policy: dev.golab.runtime.proc
    private final AtomicLong state = new AtomicLong(IDLE);
    volatile long schedtick;        // written by the owner only
    volatile long runs;             // every goroutine run, inherited or not (sysmon's "same run?" check)
    volatile long runStartNanos;    // when the current run began
    volatile Machine m;             // current owner, for sysmon

    Processor(int id) {
        this.id = id;
    }

    static long word(long gen, int status) {
        return gen << 3 | status;
    }

    static int status(long word) {
        return (int) (word & 7);
    }

    static long gen(long word) {
        return word >>> 3;
    }

    long word() {
        return state.get();
    }

    int status() {
        return status(state.get());
    }

    /** acquirep: a new tenure starts; returns its generation. */
    long acquire(Machine owner) {
        long g = gen(state.get()) + 1;
        m = owner;
        state.set(word(g, SCHED));
        return g;
    }

    void release() {
        m = null;
        state.set(word(gen(state.get()), IDLE));
    }

    boolean cas(long gen, int from, int to) {
        return state.compareAndSet(word(gen, from), word(gen, to));
    }

    /** sysmon's retake: only a P whose goroutine has been running in the observed tenure. */
    boolean retake(long gen) {
        return state.compareAndSet(word(gen, IN_G), word(gen + 1, IDLE));
    }
}
