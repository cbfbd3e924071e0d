package dev.golab.xsync.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Awaitility with fast polling (1 ms, no initial delay): the tests wait on states, never on time. */
public final class Wait {
    private Wait() {}

    public static ConditionFactory await() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(30));
    }

    public static void until(Callable<Boolean> condition) {
        await().until(condition);
    }
}
