package dev.golab.testkit;

import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

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

    /**
     * Until the goroutine's body has returned (its last defer ran). On timeout the failure carries a
     * dump, as {@code go test -timeout} prints one: g first, then up to {@value #DUMP_LIMIT} other live
     * goroutines, each as its Go-style header and Java stack.
     */
    public static void done(Goroutine g) {
        done(g, CEILING);
    }

    static void done(Goroutine g, Duration within) {
        try {
            await().atMost(within).until(g::isDone);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("goroutine " + g.id() + " did not finish within " + within + "\n" + dump(g), e);
        }
    }

    static final int DUMP_LIMIT = 32;

    /** g's header and stack, then the other live goroutines' (at most DUMP_LIMIT of them). */
    static String dump(Goroutine g) {
        List<Goroutine> others = Goroutine.live().stream().filter(o -> o != g).toList();
        StringBuilder b = new StringBuilder();
        appendGoroutine(b, g);
        others.stream().limit(DUMP_LIMIT).forEach(o -> appendGoroutine(b.append("\n"), o));
        if (others.size() > DUMP_LIMIT) b.append("\n... and ").append(others.size() - DUMP_LIMIT).append(" more goroutines");
        return b.toString();
    }

    private static void appendGoroutine(StringBuilder b, Goroutine g) {
        b.append(g);
        for (StackTraceElement e : g.stackTrace()) b.append("\n\t").append(e);
    }

    /** The stress multiplier: 1 in the default build, larger under -Pstress (golab.stress.scale). */
    public static int stressScale() {
        return Integer.getInteger("golab.stress.scale", 1);
    }
}
