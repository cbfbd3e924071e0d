package dev.golab.runtime;

/**
 * Why a goroutine is blocked: the strings Go prints in a goroutine dump (`goroutine 7 [chan
 * receive]:`), from runtime/runtime2.go's waitReasonStrings (Go 1.23). Blocking code in every module
 * names one of these, so leak and deadlock reports read like Go's.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    CHAN_RECEIVE_NIL_CHAN("chan receive (nil chan)"),
    CHAN_SEND_NIL_CHAN("chan send (nil chan)"),
    SELECT("select"),
    SELECT_NO_CASES("select (no cases)"),
    SLEEP("sleep"),
    SYNC_MUTEX_LOCK("sync.Mutex.Lock"),
    SYNC_RWMUTEX_RLOCK("sync.RWMutex.RLock"),
    SYNC_RWMUTEX_LOCK("sync.RWMutex.Lock"),
    SYNC_WAITGROUP_WAIT("sync.WaitGroup.Wait"),
    SYNC_COND_WAIT("sync.Cond.Wait"),
    SEMACQUIRE("semacquire"),
    IO_WAIT("IO wait"),
    /**
     * Blocked in Java code the lab does not model (a JDK lock or queue, contended synchronized, file
     * I/O, join). Go's closest state is a goroutine in a system call: its M is blocked outside the
     * scheduler, and Go's dump shows {@code [syscall]}. It is not durable (nothing in a bubble wakes it).
     */
    SYSCALL("syscall");

    private final String text;

    WaitReason(String text) {
        this.text = text;
    }

    /** Go's text, e.g. "chan receive". */
    public String text() {
        return text;
    }

    /**
     * Durably blocked in Go 1.24 synctest's sense: only another goroutine of the bubble can wake it
     * (channels, WaitGroup, Cond, select, sleep on the bubble's clock). I/O and foreign Java blocking
     * are not durable, and neither is sync.Mutex or sync.RWMutex: Go 1.25's synctest documents that
     * "operations on a sync.Mutex or sync.RWMutex are not durably blocking" (a mutex is held briefly).
     */
    public boolean durable() {
        return switch (this) {
            case IO_WAIT, SYSCALL, SYNC_MUTEX_LOCK, SYNC_RWMUTEX_RLOCK, SYNC_RWMUTEX_LOCK -> false;
            default -> true;
        };
    }

    /**
     * Whether a waiter with this reason spins before parking its virtual thread (Spin): only where a
     * peer goroutine usually readies it within a switch's time, as in a channel hand-off or a lock
     * hand-off. A WaitGroup or Cond waiter, a sleeper and a wait that never ends park at once, as every
     * goroutine does in Go (gopark never spins; only sync.Mutex spins, before it sleeps).
     */
    boolean spins() {
        return switch (this) {
            case CHAN_RECEIVE, CHAN_SEND, SELECT, SYNC_MUTEX_LOCK, SYNC_RWMUTEX_RLOCK, SYNC_RWMUTEX_LOCK,
                 SEMACQUIRE -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
