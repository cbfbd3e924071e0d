package dev.golab.chan;

/*
 * Go behaviour:    runtime.mutex (runtime/lock_futex.go, Go 1.23): the lock of every hchan. It is held
 *                  only for a few instructions and never across a park; lock() spins actively
 *                  (procyield), then passively (osyield), and only then sleeps on a futex.
 * Model:           a test-and-test-and-set lock: CAS on acquire, release store on unlock; taken, it
 *                  runs Go's lock2 loop (dev.golab.runtime.Lock2: 4 tries 30 pauses apart, then a
 *                  yield). It never parks: a park/unpark pair costs more than any critical section it
 *                  guards, and on a virtual thread it would be a continuation freeze + thaw.
 *                  The lock word is the channel's first field: HchanChannel extends this class
 *                  (through HchanHead, which adds the wait queues' ends), as Go keeps `lock` inside
 *                  hchan. A hand-off writes the lock and a queue end from both sides, so they share
 *                  the channel's first cache line instead of three objects' lines.
 * Invariants:      RL-I1 mutual exclusion (CAS 0 → 1). RL-I2 unlock publishes the critical section
 *                  (release) to the next acquirer (CAS = acquire).
 * Differs from Go: no futex sleep phase (see Lock2). Not reentrant, no owner check (Go's neither).
 * See:             HchanChannel, Select (sellock), Lock2, ChanProdConsBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import dev.golab.runtime.Lock2;

abstract class RuntimeLock {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(RuntimeLock.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int state;

    void lock() {
        if (!STATE.compareAndSet(this, 0, 1)) Lock2.lockSlow(STATE, this);
    }

    void unlock() {
        STATE.setRelease(this, 0);
    }
}
