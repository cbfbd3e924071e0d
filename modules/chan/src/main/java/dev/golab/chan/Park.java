package dev.golab.chan;

/*
 * Go behaviour:    gopark(…, waitReason…) / goready: a goroutine sleeps with a reason a dump shows
 *                  ("chan receive", "select (no cases)") until another goroutine makes it runnable.
 * Model:           LockSupport.park in a loop on a volatile flag the waker sets before unpark.
 *                  Goroutine.block/unblock bracket the wait so leak/deadlock detectors see the reason.
 * Invariants:      I1 a park never returns to the caller before the flag is set (spurious wake-ups
 *                  loop). I2 the interrupt status is never swallowed.
 * Differs from Go: interruption is Java's; forever() throws Interrupted, the others report it.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.locks.LockSupport;

final class Park {
    private Park() {}

    /** Blocks the caller forever (nil channel ops, empty select); only an interrupt ends it. */
    static Interrupted forever(WaitReason why, Object on) {
        Goroutine.block(why, on);
        try {
            while (!Thread.currentThread().isInterrupted()) LockSupport.park(on);
        } finally {
            Goroutine.unblock();
        }
        return new Interrupted(why.text());
    }
}
