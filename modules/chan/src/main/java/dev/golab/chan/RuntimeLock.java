package dev.golab.chan;

/*
 * Go behaviour:    runtime.mutex (runtime/lock_futex.go, Go 1.23): the lock of every hchan. It is held
 *                  only for a few instructions and never across a park; lock() spins actively
 *                  (procyield), then passively (osyield), and only then sleeps on a futex.
 * Model:           a test-and-test-and-set lock: CAS on acquire, release store on unlock; taken, it
 *                  runs Go's lock2 loop (dev.golab.runtime.Lock2: 4 tries 30 pauses apart, then a
 *                  yield; the first gap shorter under RL-I3). It never parks: a park/unpark pair costs more than any critical section it
 *                  guards, and on a virtual thread it would be a continuation freeze + thaw.
 *                  The lock word is the channel's first field: HchanChannel extends this class
 *                  (through HchanHead, which adds the wait queues' ends), as Go keeps `lock` inside
 *                  hchan. A hand-off writes the lock and a queue end from both sides, so they share
 *                  the channel's first cache line instead of three objects' lines.
 * Invariants:      RL-I1 mutual exclusion (CAS 0 → 1). RL-I2 unlock publishes the critical section
 *                  (release) to the next acquirer (CAS = acquire).
 *                  RL-I3 the first gap of the lock2 loop is Go's 30 pauses, except for a rendezvous
 *                  lock (an unbuffered channel) taken on a virtual thread: Lock2.HANDOFF_SPIN_CNT.
 * Differs from Go: no futex sleep phase (see Lock2). Not reentrant, no owner check (Go's neither).
 *                  RL-I3 is ours. Go's hand-off pair shares a P and rarely meets on this lock; on
 *                  virtual threads the pair runs on two carriers and meets here in 2-44 % of the
 *                  sends (a probe), each waiting out its partner's short critical section, with
 *                  nothing to batch behind it. Measured (alternating forks, HCHAN on VT, 2026-12-07):
 *                  one-way send 326-344 → 305-319 ns, ping-pong 609-634 → 585-607, select ping-pong
 *                  780-821 → 739-793, unbuffered 1 × 1 313-320 → 281-301. A buffered channel keeps
 *                  Go's gap: with 3 pauses its 1 × 1 read 40-41 ns against 37-38 (its holder batches),
 *                  and a continuation G keeps it too (its M is a platform thread): unbuffered 4 × 4 on
 *                  CONT read 508-538 ns with a short gap against 464-498.
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
        if (!STATE.compareAndSet(this, 0, 1)) Lock2.lockSlow(STATE, this, firstPauses());
    }

    /** The first gap of lock2's loop: short for a rendezvous on a virtual thread (RL-I3), else Go's 30. */
    final int firstPauses() {
        return rendezvous() && Thread.currentThread().isVirtual() ? Lock2.HANDOFF_SPIN_CNT : Lock2.ACTIVE_SPIN_CNT;
    }

    /** Every operation on this lock's object meets a partner (an unbuffered channel): no batching. */
    abstract boolean rendezvous();

    void unlock() {
        STATE.setRelease(this, 0);
    }
}
