package dev.golab.runtime.cont;

/*
 * Go behaviour:    a G is a goroutine's stack plus its status word (runtime/runtime2.go type g,
 *                  _Grunnable, _Grunning, _Gsyscall, _Gwaiting, _Gdead; Go 1.23). gopark moves a
 *                  running G to _Gwaiting and switches to g0; goready moves _Gwaiting to _Grunnable
 *                  and anything else is `throw("bad g->status in ready")`.
 * Model:           a raw jdk.internal.vm.Continuation is the stack (ContStack, held rather than
 *                  inherited so that code using ContG compiles without the --add-exports flag):
 *                  run() mounts it on the calling carrier (the M) until it yields or ends;
 *                  Continuation.yield is the switch to g0.
 *                  The status word is one int, changed by CAS where two threads may race:
 *                  RUNNABLE  queued somewhere (runnext, a ring, the global queue);
 *                  RUNNING   mounted on an M, or leaving it for a park (the plain flag `parking`,
 *                            set by the G before it yields: the M commits RUNNING → WAITING after
 *                            unlockf with one CAS, as park_m's one casgstatus does);
 *                  READIED   a ready() is pending: it arrived while parking (the M runs the G again
 *                            after unlockf) or while RUNNING (a lock-free waiter published itself
 *                            before parking: its next park returns at once);
 *                  WAITING   off-CPU, parked, waiting for ready();
 *                  WAKING    an interrupt took it out of an interruptible park and queued it (or its
 *                            M runs it again): park returns false, unless a ready() lands first
 *                            (WAKING → READIED), which the G then takes as the park's result;
 *                  SYSCALL   the yield was pinned: the G waits on its carrier, blocking the M;
 *                  GOSCHED   gosched() was called; the M queues it globally once it is off-CPU, and
 *                            it stays GOSCHED in the queue (a ready() meanwhile: READIED, kept);
 *                  DONE      the body returned or threw;
 *                  SCAN      a WAITING G whose stack is being read (Go's _Gscan|_Gwaiting): ready()
 *                            spins until the reader puts it back to WAITING, as casgstatus does.
 * Invariants:      CONT-I1 ready() succeeds only from WAITING, SYSCALL or a parking RUNNING; any other status
 *                          is Go's fatal "bad g->status in ready" (a double ready is a bug).
 *                  CONT-I2 unlockf runs exactly once per park, after the G is off-CPU (or, pinned,
 *                          before it blocks its carrier), never concurrently with the G's own code.
 *                  CONT-I3 a G is queued at most once: only the CAS to RUNNABLE (or the M that saw
 *                          READIED) may queue it.
 *                  CONT-I4 a stack is read only while its G is SCAN, so never while it is mounted.
 *                  CONT-I5 one status word per G: the lab's Park protocol (early ready, interrupt)
 *                          is this word, not a second one beside it. A park costs one CAS (the M's
 *                          commit), a ready one: as many as Go's casgstatus calls.
 * Differs from Go: for a lab goroutine (Park), a ready() racing with a park whose unlockf does not
 *                  hold the readier off (a lock-free waiter), even one arriving while it still runs,
 *                  is kept (READIED) instead of being the caller's bug; a bare ContG keeps Go's fatal.
 *                  A pinned yield (native frame, Continuation.pin, class initialisation) cannot leave
 *                  the carrier: the G blocks its M like a syscall and sysmon hands the P off. The
 *                  stack (continuation) is made at the first run, not at `go`, and dropped at the end.
 * See:             ContRuntime, ContM, ContAnswersTest.
 */
import dev.golab.runtime.Backend;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.Goids;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Unlocker;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

public final class ContG {
    static final ContinuationScope SCOPE = new ContinuationScope("golab-g");
    static final int RUNNABLE = 0, RUNNING = 1, READIED = 2, WAITING = 3, SYSCALL = 4,
            GOSCHED = 5, DONE = 6, SCAN = 7, WAKING = 8;
    private static final String[] NAMES = {"runnable", "running", "readied", "waiting",
        "syscall", "gosched", "done", "waiting", "runnable"};
    private static final StackTraceElement[] NO_FRAMES = {};
    private static final VarHandle STATUS;

    static {
        try {
            STATUS = MethodHandles.lookup().findVarHandle(ContG.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final ContRuntime runtime;
    ContStack stack;                  // made by the M at the first run (stack()), dropped at the end
    private Runnable body;            // until the stack is made: a queued G holds no continuation
    private Backend.Entry entry;
    private final Object attachment;
    private final boolean lab;        // a lab goroutine (Park): an early ready is kept, not fatal
    private final long id;
    private volatile int status;
    BooleanSupplier unlockf;          // written by the G before it yields, read by its M after (same thread)
    Unlocker unlock;                  // the lab's unlockf (Park): never refuses, allocation-free
    boolean interruptible;            // this park ends on an interrupt (written before the G yields)
    boolean parking;                  // RUNNING is a park in progress (G sets, its M clears; unlockf orders it)
    boolean yielding;                 // off-CPU for gosched, not a park (written by the G before it yields)
    boolean parked;                   // park()'s result: written by the M before it resumes the G
    ContM m;                          // the M running it: set by that M before each run (same thread)
    volatile Thread carrier;          // the M blocked by a pinned park (SYSCALL)
    volatile Continuation.Pinned pinnedBy;  // written by ContStack.onPinned

    ContG(ContRuntime runtime, Runnable body, Object attachment, Backend.Entry entry) {
        this.body = body;
        this.entry = entry;
        this.runtime = runtime;
        this.attachment = attachment;
        this.lab = attachment instanceof Goroutine;
        this.id = attachment instanceof Goroutine gr ? gr.id() : Goids.next();
    }

    /**
     * The G's continuation, made by its M at the first run. Go's newproc1 gives a G its stack at once
     * (from the P's free list, else a new one); here a queued G is this object and its function only,
     * so a burst of `go` statements queues small objects, which a young collection copies cheaply.
     */
    ContStack stack() {
        ContStack s = stack;
        if (s == null) {
            stack = s = new ContStack(this, body, entry);
            body = null;
            entry = null;
        }
        return s;
    }

    /** What go() was given to carry (the lab's Goroutine, a test's label); may be null. */
    public Object attachment() {
        return attachment;
    }

    /** Its goid: the lab Goroutine's id, else a fresh one from Goids (unique among both). */
    public long id() {
        return id;
    }

    /** The status name, for dumps and tests: runnable, running, waiting, syscall, done, … */
    public String status() {
        return NAMES[status];
    }

    /** Why the last yield could not leave the carrier (NATIVE, MONITOR, CRITICAL_SECTION, …), or null. */
    public String pinnedBy() {
        Continuation.Pinned p = pinnedBy;
        return p == null ? null : p.name();
    }

    /** The body returned or threw. */
    public boolean isDone() {
        return status == DONE;
    }

    int statusWord() {
        return status;
    }

    void setStatus(int s) {
        status = s;
    }

    /** The M's RUNNABLE/READIED/WAKING → RUNNING: a release store (only the M moves a G out of those). */
    void publishRunning() {
        STATUS.setRelease(this, RUNNING);
    }

    boolean casStatus(int from, int to) {
        return STATUS.compareAndSet(this, from, to);
    }

    /** goready's status change; true when the caller must queue the G (CONT-I3). */
    boolean makeReady() {
        while (true) {
            switch (status) {
                case WAITING -> {
                    if (casStatus(WAITING, RUNNABLE)) return true;
                }
                case RUNNING -> {
                    if (!lab && !parking) throw new GoFatal("bad g->status in ready");
                    if (casStatus(RUNNING, READIED)) return false;      // parking: its M runs it again after
                }                                                        // unlockf; early: its next park takes it
                case WAKING -> {
                    if (casStatus(WAKING, READIED)) return false;       // already queued by the interrupt
                }
                case GOSCHED -> {
                    if (!lab) throw new GoFatal("bad g->status in ready");
                    if (casStatus(GOSCHED, READIED)) return false;      // early, and queued by gosched
                }
                case SYSCALL -> {
                    if (casStatus(SYSCALL, RUNNING)) {
                        LockSupport.unpark(carrier);                     // it never left its M
                        return false;
                    }
                }
                case SCAN -> Thread.onSpinWait();                        // a dump is reading its stack
                default -> throw new GoFatal("bad g->status in ready");  // CONT-I1
            }
        }
    }

    /**
     * The interrupt's status change (the flag is already set): a G waiting in an interruptible park is
     * moved to WAKING; true when the caller must queue it. A G still parking sees the flag in its
     * commit; one running, queued or in an uninterruptible park is left alone.
     */
    boolean makeWaking() {
        while (true) {
            switch (status) {
                case WAITING -> {
                    if (!interruptible) return false;
                    if (casStatus(WAITING, WAKING)) return true;
                }
                case SYSCALL -> {
                    if (!interruptible) return false;
                    if (casStatus(SYSCALL, WAKING)) {
                        LockSupport.unpark(carrier);
                        return false;
                    }
                }
                case SCAN -> Thread.onSpinWait();
                default -> {
                    return false;
                }
            }
        }
    }

    /** The lab goroutine's interrupt flag, for an interruptible park's commit (RT-I14). */
    boolean interruptPending() {
        return interruptible && attachment instanceof Goroutine gr && gr.interruptPending();
    }

    /** A ready() is pending for this running G (early ready): take it, the G runs on. */
    boolean takeEarlyReady() {
        if (status != READIED) return false;
        status = RUNNING;
        return true;
    }

    /** Parked, off its M, waiting for ready(): what synctest calls durably blocked. */
    public boolean isWaiting() {
        int s = status;
        return s == WAITING || s == SCAN;
    }

    /**
     * The M running this G's code, or null when it is not running: a reader from another thread uses
     * the M's thread state to tell a G blocked in a JDK call (Go's _Gsyscall) from one computing.
     */
    public Thread runningOn() {
        return status == RUNNING ? m : null;          // status first: its M wrote m before it
    }

    /**
     * The G's frames, innermost first, for dumps and leak reports. A parked G's stack is read under the
     * SCAN status (CONT-I4), as Go's traceback suspends a G with the _Gscan bit; a G blocked on its M
     * (SYSCALL) shows its carrier's stack; a G that is running, queued or done shows none (Go prints
     * "stack unavailable" for a G running on another thread).
     */
    public StackTraceElement[] stackTrace() {
        if (casStatus(WAITING, SCAN)) {
            try {
                return stack.frames();
            } finally {
                setStatus(WAITING);
            }
        }
        Thread c = carrier;
        return status == SYSCALL && c != null ? c.getStackTrace() : NO_FRAMES;
    }

    /**
     * The pinned half of park(): the yield could not unmount, so the G waits on its carrier. unlockf
     * runs first, on this thread, which cannot touch the G's state again until it is readied.
     */
    boolean parkPinned() {
        BooleanSupplier f = unlockf;
        Unlocker u = unlock;
        unlockf = null;
        unlock = null;
        if (u != null) u.unlock();
        else if (f != null && !f.getAsBoolean()) {
            parking = false;
            status = RUNNING;
            return false;
        }
        carrier = m;                                                    // never Thread.currentThread(): see ContRuntime.current
        if (!casStatus(RUNNING, SYSCALL)) {                             // READIED while unlocking
            parking = false;
            status = RUNNING;
            return true;
        }
        parking = false;                                                // after the CAS: a readier saw a park
        if (interruptPending()) casStatus(SYSCALL, WAKING);             // RT-I14: the flag came first
        int s;
        while ((s = status) == SYSCALL) LockSupport.park(this);
        if (s == WAKING && casStatus(WAKING, RUNNING)) return false;    // interrupted
        status = RUNNING;                                               // readied (perhaps over WAKING)
        return true;
    }

    @Override
    public String toString() {
        return "ContG#" + id + "[" + status() + "]";
    }
}
