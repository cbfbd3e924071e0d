package dev.golab.chan;

import dev.golab.testkit.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-09 / RT-07 seen from a test: goleak-style verification that no goroutine outlives the test. */
@DisplayName("CONC-09 goroutine leaks: detected after the test, listed like a Go dump")
class GoLeakCheckAnswersTest {

    @Test
    @DisplayName("CONC-09.05 Q: how do you detect a goroutine leaked on a channel nobody sends to? (verifyNone fails, listing [chan receive]; passes once fixed)")
    void leakedGoroutineIsReportedWithItsWaitReason() {
        GoLeaks before = GoLeaks.snapshot();
        Chan<Integer> forgotten = Chan.make();
        Goroutine leaked = Go.go(forgotten::recv);                            // blocks forever: a leak
        assertThatThrownBy(() -> before.verifyNone(Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("found unexpected goroutines:\ngoroutine " + leaked.id() + " [chan receive]:")
                .hasMessageContaining("HchanChannel");                        // the Java stack follows the header
        assertThat(before.extra()).containsExactly(leaked);
        forgotten.close();                                                    // the fix: close what you started
        before.verifyNone(Duration.ofSeconds(5));
        assertThat(before.extra()).isEmpty();
    }

    @Test
    @GoLeakCheck
    @DisplayName("CONC-09 Q: does a goroutine that finishes within the grace period count as a leak? (no)")
    void goroutineThatExitsIsNotALeak() {
        Chan<Integer> done = Chan.make();
        Go.go(() -> done.send(1));
        assertThat(done.recv()).isEqualTo(1);
    }
}
