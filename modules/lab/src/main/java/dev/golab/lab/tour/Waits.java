package dev.golab.lab.tour;

import dev.golab.runtime.Goroutine;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Bounded waits for tour behaviours that must observe another goroutine's state (parked in chan send,
 * finished): Awaitility polls every millisecond and gives up after {@link #TIMEOUT}, so a broken model
 * fails the behaviour with a one-line reason instead of hanging the tour.
 */
final class Waits {
    /** Far above any healthy wait (microseconds); a loaded 2-core CI box stays well inside it. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Waits() {}

    /** Waits until {@code condition} holds; throws IllegalStateException naming {@code what} after TIMEOUT. */
    static void until(String what, Callable<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .pollInSameThread().until(condition);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("tour: gave up after " + TIMEOUT.toSeconds() + " s waiting for " + what, e);
        }
    }

    /** Waits until goroutine {@code g} has ended (on either backend: VT or CONT). */
    static void ended(String what, Goroutine g) {
        until(what, g::isDone);                    // done: its body, defers and crash report are over
    }
}
