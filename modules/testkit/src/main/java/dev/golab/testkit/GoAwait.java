package dev.golab.testkit;

import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waiting on states, never on time: Awaitility with fast polling (no initial delay, 1 ms interval) and
 * a generous ceiling, plus the states tests wait for most — a goroutine parked with a Go wait reason,
 * or finished. The one await helper of the project's tests.
 */
public final class GoAwait {
    private static final Duration CEILING = Duration.ofSeconds(30);

    private GoAwait() {}

    /** Awaitility, polling every millisecond from the start, failing after 30 s. */
    public static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(CEILING);
    }

    public static void until(Callable<Boolean> condition) {
        await().until(condition);
    }

    /** Until goroutine g is parked with the given reason (as a dump would show it). */
    public static void blocked(Goroutine g, WaitReason why) {
        await().until(() -> g.waitReason() == why);
    }

    /** Until every goroutine of the list is parked with the given reason. */
    public static void blocked(List<Goroutine> gs, WaitReason why) {
        await().until(() -> gs.stream().allMatch(g -> g.waitReason() == why));
    }

    /** Until the goroutine's body has returned (its last defer ran). */
    public static void done(Goroutine g) {
        await().until(g::isDone);
    }

    /** The stress multiplier: 1 in the default build, larger under -Pstress (golab.stress.scale). */
    public static int stressScale() {
        return Integer.getInteger("golab.stress.scale", 1);
    }
}
