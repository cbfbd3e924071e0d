package dev.golab.testkit;

/*
 * Go behaviour:    synctest.Run(f) (Go 1.24) / synctest.Test (1.25): f runs in a new goroutine inside a
 *                  bubble with a fake clock starting at 2000-01-01 UTC. Time advances only when every
 *                  goroutine in the bubble is durably blocked, and then jumps straight to the next timer.
 *                  Run returns when every bubble goroutine has exited. If all are blocked and no timer can
 *                  wake them, the bubble is deadlocked and Run panics. synctest.Wait() blocks until every
 *                  other bubble goroutine is durably blocked.
 * Model:           1. run(): start the root goroutine bound to the bubble's VirtualClock and group.
 *                  2. The calling thread drives: while members remain, if all are durably blocked then
 *                     fire the next timer (advanceToNext) or, with no timer pending, fail with Go's text.
 *                  3. A panic in the root goroutine is rethrown from run().
 * Invariants:      SYT-I1 the fake clock never moves while a member can run. SYT-I2 run() returns only after the
 *                  last member exited. SYT-I3 deadlock ⇒ GoFatal("all goroutines are asleep - deadlock!")
 *                  listing the members as a goroutine dump.
 * Differs from Go: step 2 observes states by polling (every 20 µs) instead of being told by the
 *                  scheduler; blocked goroutines are left parked (not killed) after a deadlock report.
 * See:             SynctestAnswersTest.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

public final class Synctest {
    private static final long POLL_NANOS = 20_000;
    /** Checks in a row that must see the bubble blocked before time moves (guards a racy snapshot). */
    private static final int STABLE_CHECKS = 3;

    private Synctest() {}

    /** synctest.Run: runs body in a bubble and returns when every goroutine of the bubble has exited. */
    public static void run(Runnable body) {
        SynctestBubble bubble = new SynctestBubble();
        AtomicReference<Throwable> rootFailure = new AtomicReference<>();
        try {
            Clock.runWith(bubble.clock, bubble, () -> Go.go(() -> {
                try {
                    body.run();
                } catch (Throwable t) {
                    rootFailure.set(t);
                }
            }));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        drive(bubble);
        Throwable t = rootFailure.get();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw GoPanic.of(t);
    }

    private static void drive(SynctestBubble bubble) {
        int stable = 0;
        while (!bubble.members().isEmpty()) {
            if (!bubble.allDurablyBlocked(null)) {
                stable = 0;
                LockSupport.parkNanos(POLL_NANOS);
                continue;
            }
            if (++stable < STABLE_CHECKS) {
                LockSupport.parkNanos(POLL_NANOS);
                continue;
            }
            stable = 0;
            if (!bubble.clock.advanceToNext()) {
                throw new GoFatal("all goroutines are asleep - deadlock!" + bubble.dump());
            }
        }
    }

    /** synctest.Wait: blocks the calling bubble goroutine until every other one is durably blocked. */
    public static void await() {
        Goroutine me = Goroutine.current();
        if (me == null || !(me.bubble() instanceof SynctestBubble bubble)) {
            throw new GoPanic("synctest.Wait not called from a bubble goroutine");
        }
        int stable = 0;
        while (stable < STABLE_CHECKS) {
            stable = bubble.allDurablyBlocked(me) ? stable + 1 : 0;
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** The fake time elapsed in the current bubble since its start (for assertions). */
    public static Duration elapsed() {
        Clock c = Clock.current();
        return Duration.ofNanos(c.nanoTime());
    }
}
