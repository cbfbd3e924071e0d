package dev.golab.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import dev.golab.runtime.VirtualClock;
import dev.golab.testkit.Oracle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Time at its edges, checked against Go 1.23.5 (oracle/time.json, written by
 * benchmarks/go/oracle/timeedges): timers of the largest Duration never fire because Go clamps `when`
 * (runtime/time.go) instead of overflowing, and Stop reports what Go's Stop reports. On a
 * VirtualClock, "never" is checked by advancing past any real deadline, not by waiting.
 */
@DisplayName("STD-04 edges: huge durations saturate, Stop/Reset answer as Go 1.23 does")
class TimeEdgesAnswersTest {
    static final Map<String, Object> GO = Oracle.object("time.json");
    /** Go's largest Duration: math.MaxInt64 nanoseconds. */
    static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);
    /** Beyond Go's range: Java can say it, Go cannot; it saturates to MAX. */
    static final Duration BEYOND = Duration.ofSeconds(Long.MAX_VALUE);
    static final Duration CENTURY = Duration.ofDays(36_525);

    final VirtualClock clock = new VirtualClock();

    static Instant poll(Chan<Instant> c) {
        AtomicReference<Instant> got = new AtomicReference<>();
        Select.select(Select.recv(c, got::set), Select.otherwise(() -> {}));
        return got.get();
    }

    @Test
    @DisplayName("STD-04.02 Q: does NewTimer(maxDuration) ever fire, and what do Stop and Reset say? (never; true, then false)")
    void aTimerOfTheLargestDurationNeverFires_andStopsLikeGos() {
        Clock.runWith(clock, () -> {
            for (Duration d : new Duration[] {MAX, BEYOND}) {
                Timer t = Time.newTimer(d);
                for (int i = 0; i < 3; i++) clock.advance(CENTURY.multipliedBy(1000));
                assertThat(poll(t.c()) != null).isEqualTo(GO.get("max_timer_fired_within_20ms"));
                assertThat(t.stop()).isEqualTo(GO.get("max_timer_stop"));
                assertThat(t.stop()).isEqualTo(GO.get("max_timer_stop_again"));
                assertThat(t.reset(d)).isEqualTo(GO.get("max_timer_reset_after_stop"));
                t.stop();
            }
            assertThat(clock.pendingTimers()).as("a never-timer is not in the heap").isZero();
        });
    }

    @Test
    @DisplayName("STD-04 Q: do After, AfterFunc and NewTicker of the largest Duration fire? (never: when is clamped)")
    void afterAfterFuncAndTickerOfTheLargestDurationNeverFire() {
        Clock.runWith(clock, () -> {
            Chan<Instant> after = Time.after(BEYOND);
            AtomicBoolean ran = new AtomicBoolean();
            ClockTimer af = Time.afterFunc(MAX, () -> ran.set(true));
            Ticker tk = Time.newTicker(BEYOND);
            clock.advance(BEYOND);                             // saturates too: stops at Go's maxWhen
            assertThat(poll(after) != null).isEqualTo(GO.get("max_after_fired_within_20ms"));
            assertThat(ran.get()).isEqualTo(GO.get("max_afterfunc_fired"));
            assertThat(poll(tk.c()) != null).isEqualTo(GO.get("max_ticker_ticked_within_20ms"));
            assertThat(af.stop()).isEqualTo(GO.get("max_afterfunc_stop"));
            tk.stop();
        });
    }

    @Test
    @DisplayName("STD-04 Q: on the real clock, is a maxDuration timer ever armed? (no: it is pending but never in the heap)")
    void onTheSystemClockALargestDurationTimerIsPendingButNeverArmed() {
        ClockTimer t = Clock.system().schedule(BEYOND, () -> { throw new AssertionError("fired"); });
        assertThat(t.stop()).isTrue();
        assertThat(t.stop()).isFalse();
    }

    @Test
    @DisplayName("STD-04.02 Q: Stop on a timer that fired but was not received? (Go 1.23: true, and the value is gone)")
    void stopOfAFiredUnreceivedTimerReportsTrueAndDiscardsTheValue() {
        Clock.runWith(clock, () -> {
            Timer z = Time.newTimer(Duration.ZERO);
            clock.advance(Duration.ofMillis(5));
            assertThat(z.stop()).isEqualTo(GO.get("fired_unreceived_stop"));
            assertThat(poll(z.c()) != null).isEqualTo(GO.get("fired_unreceived_value_after_stop"));
            Timer r = Time.newTimer(Duration.ZERO);
            clock.advance(Duration.ZERO);
            assertThat(poll(r.c())).isNotNull();
            assertThat(r.stop()).isEqualTo(GO.get("received_stop"));
            Timer n = Time.newTimer(Duration.ofHours(-1));
            clock.advance(Duration.ZERO);
            assertThat(poll(n.c()) != null).isEqualTo(GO.get("negative_timer_fires_at_once"));
        });
    }
}
