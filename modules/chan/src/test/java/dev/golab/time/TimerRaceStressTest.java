package dev.golab.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.testkit.GoAwait;
import dev.golab.testkit.Oracle;
import dev.golab.testkit.RecordCrashes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Go 1.23's promise under races: zero-duration timers fire on the real timer thread while goroutines
 * Stop and Reset them. Once Stop or Reset returns, no stale value can be received, so the idiom
 * {@code if !t.Stop() { <-t.C }} never hangs (real Go: 0 hangs in 100,000, oracle/time.json). A hang
 * here would leave a goroutine blocked: the test waits for all of them with a ceiling, never on time.
 * -Pstress multiplies the count (golab.stress.scale).
 */
@DisplayName("STD-04.02 under races: Stop/Reset racing the timer thread never leave a stale value")
class TimerRaceStressTest {
    @RegisterExtension
    final RecordCrashes crashes = new RecordCrashes();

    static boolean hasValue(Chan<Instant> c) {
        AtomicReference<Instant> got = new AtomicReference<>();
        Select.select(Select.recv(c, got::set), Select.otherwise(() -> {}));
        return got.get() != null;
    }

    @Test
    @DisplayName("STD-04.02 Q: can `if !t.Stop() { <-t.C }` hang, or Stop(true) leave a value, when the timer races? (never)")
    void stopThenDrainNeverHangs_andAStopThatWonLeavesNoValue() {
        int perGoroutine = 25_000 * GoAwait.stressScale();
        AtomicInteger staleAfterStop = new AtomicInteger();
        List<Goroutine> gs = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            gs.add(Go.go(() -> {
                for (int i = 0; i < perGoroutine; i++) {
                    Timer t = Time.newTimer(Duration.ZERO);
                    if (i % 2 == 0) t.reset(Duration.ZERO);
                    if (!t.stop()) {
                        t.c().recv();                          // must not hang: the value is there or coming
                    } else if (hasValue(t.c())) {
                        staleAfterStop.incrementAndGet();      // Go 1.23: impossible
                    }
                }
            }));
        }
        gs.forEach(GoAwait::done);
        assertThat(staleAfterStop).hasValue(0);
        assertThat(((Number) Oracle.object("time.json").get("stop_drain_idiom_hangs_of_100000")).intValue()).isZero();
        assertThat(crashes.headlines()).isEmpty();
    }

    @Test
    @DisplayName("STD-04.02 Q: after Reset returns, can the old arming still deliver? (no: only the new one)")
    void resetRacingAFiringDeliversOnlyTheNewArming() {
        int n = 20_000 * GoAwait.stressScale();
        AtomicInteger extra = new AtomicInteger();
        Goroutine g = Go.go(() -> {
            for (int i = 0; i < n; i++) {
                Timer t = Time.newTimer(Duration.ZERO);
                t.reset(Duration.ofHours(1));                  // whatever the old arming did is void now
                if (hasValue(t.c())) extra.incrementAndGet();
                t.stop();
            }
        });
        GoAwait.done(g);
        assertThat(extra).hasValue(0);
    }
}
