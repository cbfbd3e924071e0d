package dev.golab.chan;

/*
 * Go behaviour:    runtime.mutex (runtime/lock_futex.go, Go 1.23): the lock of every hchan. It is held
 *                  only for a few instructions and never across a park; lock() spins actively
 *                  (procyield), then passively (osyield), and only then sleeps on a futex.
 * Model:           a test-and-test-and-set lock: CAS on acquire, release store on unlock. Taken: Go's
 *                  lock2 loop. ACTIVE_SPIN (4) times, try while it reads free, then pause
 *                  ACTIVE_SPIN_CNT (30) Thread.onSpinWait (procyield(30)); with one CPU, no active
 *                  spin (Go's ncpu > 1 rule). Then one more try and Thread.yield() (osyield; a virtual
 *                  thread yields its carrier), and again. It never parks: a park/unpark pair costs
 *                  more than any critical section it guards, and on a virtual thread it would be a
 *                  continuation freeze + thaw.
 *                  Why the long pauses: each read of a taken lock pulls its line from the holder's
 *                  core. Until 2026-12-07 the waiter read it after every single onSpinWait and
 *                  yielded every 32; with 4 producers and 4 consumers on one buffered channel at two
 *                  Ps, 30 % of the CPU went to lockSlow and 9 % to sched_yield (perf), and a message
 *                  cost 66-73 ns on CONT (Go: 54-67). With Go's loop: 14-23 ns (docs/handoff.md).
 * Invariants:      RL-I1 mutual exclusion (CAS 0 → 1). RL-I2 unlock publishes the critical section
 *                  (release) to the next acquirer (CAS = acquire).
 * Differs from Go: no futex sleep phase: a holder is never parked inside the critical section, so
 *                  yielding is enough; a holder preempted by the OS costs the spinners yields.
 *                  onSpinWait is the x86 PAUSE Go's procyield loops on, so the pauses match in kind;
 *                  their length is the CPU's (about 25 ns each on this project's AMD EPYC).
 *                  Not reentrant, no owner check (Go's neither).
 * See:             HchanChannel, Select (sellock), ChanSyncBenchmark.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import dev.golab.runtime.Unlocker;

final class RuntimeLock implements Unlocker {
    private static final int ACTIVE_SPIN_CNT = 30;                                     // Go's active_spin_cnt
    private static final int ACTIVE_SPIN = Runtime.getRuntime().availableProcessors() > 1 ? 4 : 0;   // active_spin
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
        while (true) {
            for (int round = 0; round < ACTIVE_SPIN; round++) {
                if (state == 0 && STATE.compareAndSet(this, 0, 1)) return;
                for (int i = 0; i < ACTIVE_SPIN_CNT; i++) Thread.onSpinWait();   // procyield
            }
            if (state == 0 && STATE.compareAndSet(this, 0, 1)) return;
            Thread.yield();                                                     // osyield
        }
    }

    @Override
    public void unlock() {
        STATE.setRelease(this, 0);
    }
}
