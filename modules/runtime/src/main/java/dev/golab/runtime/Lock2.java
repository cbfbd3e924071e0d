package dev.golab.runtime;

/*
 * Go behaviour:    runtime.lock2 (runtime/lock_futex.go, Go 1.23), the contended path of runtime.mutex,
 *                  the short lock under every channel, semaphore root and notify list. On more than
 *                  one CPU: active_spin (4) times, try while the key reads unlocked, then
 *                  procyield(active_spin_cnt = 30); then passive_spin (1) time, try, osyield; then
 *                  sleep on the futex until an unlock wakes it. On one CPU it skips the active spin.
 * Model:           that loop over an int word of the caller's object (0 free, 1 held), read and CASed
 *                  through the caller's VarHandle: Thread.onSpinWait is procyield's PAUSE,
 *                  Thread.yield is osyield (a virtual thread yields its carrier). The caller tries its
 *                  one CAS inline and calls lockSlow only when the lock is taken.
 *                  The long pauses are the point. Each read of a taken lock pulls its line from the
 *                  holder's core: a waiter that read it after every single pause (the chan lock until
 *                  2026-12-07) made 4 producers and 4 consumers on one buffered channel at two Ps
 *                  spend 30 % of the CPU in that loop and 9 % in sched_yield (perf), at 66-73 ns a
 *                  message on CONT; with this loop, 14-23 ns (Go: 54-67 ns; docs/handoff-log.md). It is
 *                  the reads, not the yields: that old loop with a yield only every 120 pauses read
 *                  90 ns. Pauses growing 1, 2, 4 … 30 did as well at cap 1024 and worse without a
 *                  buffer (4 x 4 unbuffered on CONT: 308-322 ns against 262-277 with Go's fixed 30).
 *                  Go's fixed gap was suspected of sending more virtual-thread one-way forks into the
 *                  host's slow mode (~500 ns a send); over 35 forks it was 6 of 15 against 4 of 20
 *                  with the old loop, and 1 of 6 each in the last interleaved batch: not shown.
 *                  A caller may shorten the first gap (lockSlow's firstPauses): an unbuffered
 *                  channel's lock on a virtual thread does (RuntimeLock, RL-I3). There every waiter
 *                  waits for its partner's few-instruction critical section, which no batch follows,
 *                  and the two run on different carriers: with Go's 30 pauses (~500 ns on this Intel)
 *                  a one-way send spent 10-20 % of its time in this loop, 300-375 ns per wait.
 * Invariants:      LK-I1 mutual exclusion: only a CAS 0 -> 1 takes the lock (acquire); the owner's
 *                  release store of 0 publishes its critical section to the next taker, whatever
 *                  the gaps.
 * Differs from Go: no futex sleep: a holder never parks inside these critical sections, so yielding
 *                  is enough; a holder descheduled by the OS costs its waiters yields. A pause's
 *                  length is the CPU's (about 25 ns per onSpinWait on this project's AMD EPYC).
 *                  Only the channel lock runs the loop; sync.Mutex's spin shares its two constants. sync's Sema root lock and Cond's list lock keep a
 *                  CAS after every pause: with lock2 there, MutexBenchmark.contended2 (two threads on
 *                  one sync.Mutex) went from 12.3-12.7 to 13.8-15.9 ns, three A/B pairs in one sitting.
 * See:             dev.golab.chan.RuntimeLock, Lock2Test, ChanProdConsBenchmark.
 */
import java.lang.invoke.VarHandle;

public final class Lock2 {
    /** Go's active_spin: spin rounds (lock2 here, sync.Mutex's runtime_canSpin too). */
    public static final int ACTIVE_SPIN = 4;
    /** Go's active_spin_cnt: procyield's pauses per round (lock2, sync.Mutex's runtime_doSpin). */
    public static final int ACTIVE_SPIN_CNT = 30;
    /** lock2's rounds before a yield: ACTIVE_SPIN, or 0 on one CPU (Go's ncpu > 1 rule). */
    static final int ROUNDS = Runtime.getRuntime().availableProcessors() > 1 ? ACTIVE_SPIN : 0;

    /**
     * The first gap of a rendezvous lock taken on a virtual thread (header: an unbuffered channel's
     * waiter waits for its partner's short critical section, which no batching can follow).
     */
    public static final int HANDOFF_SPIN_CNT = Integer.getInteger("golab.lock2.handoffPauses", 3);

    private Lock2() {}

    /** lock2's contended loop: returns once this caller's CAS took {@code word} of {@code owner} from 0 to 1. */
    public static void lockSlow(VarHandle word, Object owner) {
        lockSlow(word, owner, ACTIVE_SPIN_CNT);
    }

    /** lock2's loop whose first gap is {@code firstPauses} pauses instead of ACTIVE_SPIN_CNT. */
    public static void lockSlow(VarHandle word, Object owner, int firstPauses) {
        while (true) {
            for (int round = 0; round < ROUNDS; round++) {
                if (tryAcquire(word, owner)) return;
                int pauses = round == 0 ? firstPauses : ACTIVE_SPIN_CNT;
                for (int i = 0; i < pauses; i++) Thread.onSpinWait();           // procyield(30), or less
            }
            if (tryAcquire(word, owner)) return;
            Thread.yield();                                                     // osyield
        }
    }

    /** Test, then test-and-set: a taken lock is only read, never CASed. */
    private static boolean tryAcquire(VarHandle word, Object owner) {
        return (int) word.getVolatile(owner) == 0 && word.compareAndSet(owner, 0, 1);
    }
}
