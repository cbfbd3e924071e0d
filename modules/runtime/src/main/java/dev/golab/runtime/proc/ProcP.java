package dev.golab.runtime.proc;

/*
 * Go behaviour:    a P is the right to run Go code: an M must hold one, there are GOMAXPROCS of them;
 *                  each owns runnext and a 256-slot ring, counts schedtick (bumped per scheduling round
 *                  that does not inherit time) and is _Pidle, _Prunning or _Psyscall
 *                  (runtime/runtime2.go type p; Go 1.23).
 * Model:           the P both real schedulers use (sched.GoScheduler's Processor for virtual threads,
 *                  runtime.cont's ContP for continuations). The status is one atomic word, tenure
 *                  generation << 3 | status:
 *                  IDLE    on the idle list;                         (Go _Pidle)
 *                  SCHED   its M runs scheduler code;                (Go _Prunning in schedule())
 *                  IN_G    its M runs a G, which may have blocked;   (Go _Prunning / _Psyscall)
 *                  PUTTING the running G is queueing onto it (go, ready): a short critical section.
 *                  sysmon retakes only IN_G → IDLE with a generation bump, so the M learns from one
 *                  failed CAS that its P was handed off while its G was blocked (SysmonLoop).
 * Invariants:      PROC-I8 at most one M owns a P: the generation names the tenure, and only the owner
 *                          moves SCHED ↔ IN_G ↔ PUTTING.
 *                  PROC-I9 only the owner produces into the ring: PUTTING excludes a retake mid-put,
 *                          which is what the ring's PROC-I2 needs (runnext is an atomic swap: a G may
 *                          swap into it without PUTTING and check the word afterwards, ContRuntime).
 * Differs from Go: no _Pgcstop/_Pdead (no stop-the-world, no procresize); "in a syscall" is not
 *                  announced by the G (no entersyscall): sysmon infers it from the carrier's state.
 * See:             SysmonLoop, dev.golab.runtime.cont.ContM, dev.golab.sched.Machine.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A P of G entries owned by M threads. */
public class ProcP<G, M extends Thread> {
    public static final int IDLE = 0, SCHED = 1, IN_G = 2, PUTTING = 3;
    private static final VarHandle WORD, SCHEDTICK, RUNS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            WORD = l.findVarHandle(ProcP.class, "word", long.class);
            SCHEDTICK = l.findVarHandle(ProcP.class, "schedtick", long.class);
            RUNS = l.findVarHandle(ProcP.class, "runs", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public final int id;
    public final LocalRunQueue<G> runq = new LocalRunQueue<>();
    private volatile long word;             // gen << 3 | status
    public volatile long schedtick;         // written by the owner only (read by tests and stats)
    public volatile long runs;              // every G run, inherited or not: sysmon's "same run?" check
    public volatile M m;                    // current owner, for sysmon

    public ProcP(int id) {
        this.id = id;
    }

    public static long word(long gen, int status) {
        return gen << 3 | status;
    }

    public static int status(long word) {
        return (int) (word & 7);
    }

    public static long gen(long word) {
        return word >>> 3;
    }

    public final long word() {
        return word;
    }

    public final int status() {
        return status(word);
    }

    /** acquirep: a new tenure starts in SCHED; returns its generation. */
    public final long acquire(M owner) {
        long g = gen(word) + 1;
        m = owner;
        word = word(g, SCHED);
        return g;
    }

    /** releasep onto the idle list (the caller holds its scheduler's lock). */
    public final void release() {
        m = null;
        word = word(gen(word), IDLE);
    }

    /** The owner moves its own tenure from one status to another; false when sysmon retook the P. */
    public final boolean cas(long gen, int from, int to) {
        return WORD.compareAndSet(this, word(gen, from), word(gen, to));
    }

    /**
     * execute's bookkeeping by the owner: schedtick (unless the G inherits the time slice) and runs.
     * Release stores: only the owner writes them, readers (sysmon, tests) need no fence from it.
     */
    public final void countRun(boolean inheritTime) {
        if (!inheritTime) SCHEDTICK.setRelease(this, schedtick + 1);
        RUNS.setRelease(this, runs + 1);
    }

    /** The owner starts running a G (SCHED → IN_G; sysmon never touches SCHED, so a release store). */
    public final void enterG(long gen) {
        WORD.setRelease(this, word(gen, IN_G));
    }

    /** The owner's G stopped running; false when sysmon retook the P meanwhile. */
    public final boolean leaveG(long gen) {
        return cas(gen, IN_G, SCHED);
    }

    /** The running G wants to queue onto its own P; false when the P was retaken (queue globally). */
    public final boolean beginPut(long gen) {
        return cas(gen, IN_G, PUTTING);
    }

    /** Only the owner leaves PUTTING (sysmon retakes IN_G only): a release store. */
    public final void endPut(long gen) {
        WORD.setRelease(this, word(gen, IN_G));
    }

    /** sysmon's retake: IN_G of this tenure → IDLE of the next one. */
    public final boolean retake(long gen) {
        return WORD.compareAndSet(this, word(gen, IN_G), word(gen + 1, IDLE));
    }
}
