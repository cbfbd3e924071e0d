package dev.golab.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-09 / RT-07 seen from a test: goleak-style verification that no goroutine outlives the test. */
@DisplayName("CONC-09 goroutine leaks: detected after the test, listed like a Go dump")
class GoLeakCheckAnswersTest {

    @Test
    @DisplayName("CONC-09 Q: how do you detect a goroutine leaked on a channel nobody sends to? (goleak: listed as [chan receive])")
    void leakedGoroutineIsReportedWithItsWaitReason() {
        var before = new HashSet<>(Goroutine.live());
        Chan<Integer> forgotten = Chan.make();
        Goroutine leaked = Go.go(forgotten::recv);                            // blocks forever: a leak
        List<Goroutine> leaks = GoLeakCheck.Extension.leaks(before, 100);
        assertThat(leaks).containsExactly(leaked);
        String report = GoLeakCheck.Extension.report(leaks);
        assertThat(report).startsWith("found unexpected goroutines:\ngoroutine " + leaked.id() + " [chan receive]:");
        forgotten.close();                                                    // the fix: close what you started
        assertThat(GoLeakCheck.Extension.leaks(before, 5_000)).isEmpty();
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
