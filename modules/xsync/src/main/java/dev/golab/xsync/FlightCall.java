package dev.golab.xsync;

/*
 * Go behaviour:    singleflight.go's call: one in-flight execution of fn for a key; val/err written once
 *                  before wg.Done and read after wg.Wait; dups and chans guarded by the group mutex.
 * Model:           a CountDownLatch stands for the WaitGroup (its countDown/await is the happens-before
 *                  edge); waiters show "sync.WaitGroup.Wait" in a goroutine dump.
 * Invariants:      I1 completed once. I2 outcome fields are read only after completion.
 * Differs from Go: panic and Goexit outcomes are separate fields (Go stores errGoexit / *panicError in err).
 * See:             SingleFlightAnswersTest.
 */

import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

final class FlightCall<V> {
    private final CountDownLatch done = new CountDownLatch(1);
    V value;
    Throwable err;
    PanicError panic;
    Throwable goexit;
    int dups;
    final List<Chan<SingleFlight.Result<V>>> chans = new ArrayList<>();

    void complete() {
        done.countDown();
    }

    /** c.wg.Wait(): the waiter shows as "sync.WaitGroup.Wait" in a goroutine dump. */
    void awaitDone() {
        Goroutine.block(WaitReason.SYNC_WAITGROUP_WAIT, this);
        try {
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;                          // Go waits are not interruptible
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        } finally {
            Goroutine.unblock();
        }
    }

    /** What Do returns to the leader (shared = dups > 0) or to a duplicate (shared = true). */
    SingleFlight.Result<V> resultFor(boolean isLeader) {
        if (!isLeader) {
            if (panic != null) throw new GoPanic(panic);
            if (goexit != null) Go.goexit();
        }
        return new SingleFlight.Result<>(value, err, !isLeader || dups > 0);
    }

    /** runtime.Goexit unwinds as an Error whose message is "runtime.Goexit" (dev.golab.runtime). */
    static boolean isGoexit(Throwable t) {
        return t instanceof Error && "runtime.Goexit".equals(t.getMessage()) && t.getClass().getName().endsWith(".Goexit");
    }

    static void blockForever() {
        Goroutine.block(WaitReason.SELECT_NO_CASES, null);
        while (true) LockSupport.park();
    }
}
