package dev.golab.chan;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashHandler;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test support: records goroutine crashes instead of halting the JVM (Go's default), and waits for
 * goroutines to reach a wait reason — the lab's replacement for "sleep and hope".
 */
public final class GoTest implements BeforeEachCallback, AfterEachCallback {
    static final List<Crash> CRASHES = new CopyOnWriteArrayList<>();
    private CrashHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        CRASHES.clear();
        previous = Go.setCrashHandler(CRASHES::add);
    }

    /**
     * Restores a custom handler; never Go's exit-like default, because a goroutine a test interrupted
     * may still be unwinding and would halt the test JVM.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        if (previous != CrashHandler.EXIT_LIKE_GO) Go.setCrashHandler(previous);
    }

    /** Blocks until goroutine g is parked with the given reason (or fails after 10 s). */
    public static void awaitBlocked(Goroutine g, WaitReason why) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                .until(() -> g.waitReason() == why);
    }

    /** Waits until n goroutines of the list are parked with the given reason. */
    public static void awaitBlocked(List<Goroutine> gs, WaitReason why) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                .until(() -> gs.stream().allMatch(g -> g.waitReason() == why));
    }

    /** Waits until the goroutine's body returned. */
    public static void awaitDone(Goroutine g) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                .until(() -> !g.thread().isAlive());
    }

    public static void await(java.util.concurrent.Callable<Boolean> cond) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1)).until(cond);
    }

    public static int stressScale() {
        return Integer.getInteger("golab.stress.scale", 1);
    }
}
