package dev.golab.runtime.cont;

/*
 * Go behaviour:    a P is the right to run Go code: an M must hold one, there are GOMAXPROCS of them;
 *                  each owns runnext and a 256-slot ring, counts schedtick (bumped per scheduling
 *                  round that does not inherit time) and is _Pidle, _Prunning or _Psyscall
 *                  (runtime/runtime2.go type p; Go 1.23).
 * Model:           the queues are dev.golab.runtime.proc's (the same code the simulator runs). The
 *                  status is one atomic word, tenure generation << 3 | status:
 *                  IDLE    on the idle list;                         (Go _Pidle)
 *                  SCHED   its M runs scheduler code;                (Go _Prunning in schedule())
 *                  IN_G    its M runs a G, which may have blocked;   (Go _Prunning / _Psyscall)
 *                  PUTTING the running G is queueing onto it (go, ready): a short critical section.
 *                  sysmon retakes only IN_G → IDLE with a generation bump, so the M learns from one
 *                  failed CAS that its P was handed off while its G was blocked.
 * Invariants:      CONT-I4 at most one M owns a P: the generation names the tenure, and only the
 *                          owner moves SCHED ↔ IN_G ↔ PUTTING.
 *                  CONT-I5 only the owner produces into runq: PUTTING excludes a retake mid-put.
 * Differs from Go: no _Pgcstop/_Pdead (no stop-the-world, no procresize); "in a syscall" is not
 *                  announced by the G (no entersyscall): sysmon infers it from the carrier's state.
 * See:             ContM, ContSysmon, ContRuntime.
 */
import dev.golab.runtime.proc.LocalRunQueue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

final class ContP {
    static final int IDLE = 0, SCHED = 1, IN_G = 2, PUTTING = 3;
    private static final VarHandle WORD;

    static {
        try {
            WORD = MethodHandles.lookup().findVarHandle(ContP.class, "word", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int id;
    final LocalRunQueue<ContG> runq = new LocalRunQueue<>();
    private volatile long word;     // gen << 3 | status
    long schedtick;                 // owner only
    volatile long runs;             // every G run, inherited or not: sysmon's "same run?" check
    volatile ContM m;               // current owner, for sysmon

    ContP(int id) {
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
        return word;
    }

    int status() {
        return status(word);
    }

    /** acquirep: a new tenure starts in SCHED; returns its generation. */
    long acquire(ContM owner) {
        long g = gen(word) + 1;
        m = owner;
        word = word(g, SCHED);
        return g;
    }

    /** releasep onto the idle list (the caller holds the runtime's lock). */
    void release() {
        m = null;
        word = word(gen(word), IDLE);
    }

    /** The owner starts running a G (SCHED → IN_G; sysmon never touches SCHED, so a plain store). */
    void enterG(long gen) {
        word = word(gen, IN_G);
    }

    /** The owner's G stopped running; false when sysmon retook the P meanwhile. */
    boolean leaveG(long gen) {
        return WORD.compareAndSet(this, word(gen, IN_G), word(gen, SCHED));
    }

    /** The running G wants to queue onto its own P; false when the P was retaken (queue globally). */
    boolean beginPut(long gen) {
        return WORD.compareAndSet(this, word(gen, IN_G), word(gen, PUTTING));
    }

    void endPut(long gen) {
        word = word(gen, IN_G);     // only the owner leaves PUTTING: a plain store
    }

    /** sysmon's retake: only a P whose G has been in the same run since the last tick. */
    boolean retake(long gen) {
        return WORD.compareAndSet(this, word(gen, IN_G), word(gen + 1, IDLE));
    }
}
