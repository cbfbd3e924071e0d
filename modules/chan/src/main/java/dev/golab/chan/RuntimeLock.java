package dev.golab.chan;

/*
 * Go behaviour:    runtime.mutex (runtime/lock_futex.go, Go 1.23): the lock of every hchan. It is held
 *                  only for a few instructions and never across a park; lock() spins actively
 *                  (procyield), then passively (osyield), and only then sleeps on a futex.
 * Model:           a test-and-test-and-set lock: CAS on acquire, release store on unlock; while it is
 *                  taken, spin with Thread.onSpinWait and every SPINS tries Thread.yield() (a virtual
 *                  thread yields its carrier to other virtual threads — Go's osyield). It never parks:
 *                  a park/unpark pair costs more than any critical section it guards, and on a
 *                  virtual thread it would be a continuation freeze + thaw.
 * Invariants:      RL-I1 mutual exclusion (CAS 0 → 1). RL-I2 unlock publishes the critical section
 *                  (release) to the next acquirer (CAS = acquire).
 * Differs from Go: no futex sleep phase: a holder is never parked inside the critical section, so
 *                  yielding is enough; a holder preempted by the OS costs the spinners yields.
 *                  Not reentrant, no owner check (Go's neither).
 * See:             HchanChannel, Select (sellock), ChanSyncBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import dev.golab.runtime.Unlocker;

final class RuntimeLock implements Unlocker {
    private static final int SPINS = 32;
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
        if (!STATE.compareAndSet(this, 0, 1)) lockSlow();
    }

    private void lockSlow() {
        for (int spins = 0; ; ) {
            if (state == 0 && STATE.compareAndSet(this, 0, 1)) return;
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                spins = 0;
                Thread.yield();
            }
        }
    }

    @Override
    public void unlock() {
        STATE.setRelease(this, 0);
    }
}
