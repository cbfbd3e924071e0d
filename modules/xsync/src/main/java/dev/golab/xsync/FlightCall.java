package dev.golab.xsync;

/*
 * Go behaviour:    singleflight.go's call: one in-flight execution of fn for a key; val/err written once
 *                  before wg.Done and read after wg.Wait; dups and chans guarded by the group mutex.
 * Model:           a dev.golab.sync.WaitGroup of one (its Done/Wait is the happens-before edge);
 *                  waiters show "sync.WaitGroup.Wait" in a goroutine dump.
 * Invariants:      SF-I1 completed once. SF-I2 outcome fields are read only after completion.
 * Differs from Go: panic and Goexit outcomes are separate fields (Go stores errGoexit / *panicError in err).
 * See:             SingleFlightAnswersTest.
 */

import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;
import dev.golab.sync.WaitGroup;
import java.util.ArrayList;
import java.util.List;

final class FlightCall<V> {
    private final WaitGroup wg = new WaitGroup();
    V value;
    Throwable err;
    PanicError panic;
    Throwable goexit;
    int dups;
    final List<Chan<SingleFlight.Result<V>>> chans = new ArrayList<>();

    FlightCall() {
        wg.add(1);
    }

    void complete() {
        wg.done();
    }

    /** c.wg.Wait(): the waiter shows as "sync.WaitGroup.Wait" in a goroutine dump. */
    void awaitDone() {
        wg.await();
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

    /** Go's {@code select {}}: parks for good (only an interrupt ends it, with Interrupted). */
    static void blockForever() {
        throw Park.forever(WaitReason.SELECT_NO_CASES, null);
    }
}
