package dev.golab.xsync.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.GoException;
import dev.golab.xsync.patterns.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CircuitBreakerAnswersTest {
    final VirtualClock clock = new VirtualClock();
    final AtomicInteger called = new AtomicInteger();
    final CircuitBreaker cb = new CircuitBreaker(new CircuitBreaker.Settings(3, Duration.ofSeconds(10), Duration.ofSeconds(30),
            c -> c.consecutiveFailures() > 5), clock);

    void fail() {
        try {
            cb.execute(() -> { called.incrementAndGet(); throw new GoException("down"); });
        } catch (Exception expected) {
            // the call's own error (or the breaker's)
        }
    }

    void succeed() throws Exception {
        cb.execute(() -> called.incrementAndGet());
    }

    void trip() {
        for (int i = 0; i < 6; i++) fail();
    }

    @Test
    @DisplayName("MS-03.01 Q: when does a closed breaker trip? (6th consecutive failure; a success resets the streak)")
    void tripsOnTheSixthConsecutiveFailureAndASuccessResetsTheStreak() throws Exception {
        for (int i = 0; i < 5; i++) fail();
        succeed();
        for (int i = 0; i < 5; i++) fail();
        assertThat(cb.state()).isEqualTo(State.CLOSED);
        assertThat(cb.counts().totalFailures()).isEqualTo(10);
        fail();
        assertThat(cb.state()).isEqualTo(State.OPEN);
    }

    @Test
    @DisplayName("MS-03.02 Q: what does Execute do while open? (ErrOpenState at once; fn never called)")
    void openBreakerRejectsWithoutCallingFn() {
        trip();
        int before = called.get();
        assertThatThrownBy(this::succeed).isSameAs(CircuitBreaker.ERR_OPEN_STATE).hasMessage("circuit breaker is open");
        assertThat(called.get()).isEqualTo(before);
    }

    @Test
    @DisplayName("MS-03.03 Q: when does an open breaker become half-open? (the first request after Timeout)")
    void afterTheTimeoutTheNextRequestFindsItHalfOpen() {
        trip();
        clock.advance(Duration.ofSeconds(30));
        assertThat(cb.state()).isEqualTo(State.OPEN);                    // expiry.Before(now): strictly after
        clock.advance(Duration.ofNanos(1));
        assertThat(cb.state()).isEqualTo(State.HALF_OPEN);
    }

    @Test
    @DisplayName("MS-03.04 Q: how many requests pass while half-open? (MaxRequests; extras get ErrTooManyRequests)")
    void halfOpenAdmitsAtMostMaxRequests() {
        trip();
        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 3; i++) cb.allow();                           // three in flight
        assertThatThrownBy(cb::allow).isSameAs(CircuitBreaker.ERR_TOO_MANY_REQUESTS);
    }

    @Test
    @DisplayName("MS-03.05 Q: what closes or re-opens a half-open breaker? (MaxRequests successes; any failure)")
    void halfOpenClosesAfterMaxRequestsSuccessesAndReopensOnAnyFailure() throws Exception {
        trip();
        clock.advance(Duration.ofSeconds(31));
        succeed();
        succeed();
        assertThat(cb.state()).isEqualTo(State.HALF_OPEN);
        succeed();
        assertThat(cb.state()).isEqualTo(State.CLOSED);
        trip();
        clock.advance(Duration.ofSeconds(31));
        succeed();
        fail();
        assertThat(cb.state()).isEqualTo(State.OPEN);
        clock.advance(Duration.ofSeconds(30));
        assertThat(cb.state()).as("a new 30 s timeout started at the failure").isEqualTo(State.OPEN);
    }

    @Test
    @DisplayName("MS-03.06 Q: can failures spread over intervals trip a closed breaker? (no: counts clear every Interval)")
    void countsClearEveryIntervalSoSpreadFailuresNeverTrip() {
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 4; i++) fail();
            clock.advance(Duration.ofSeconds(10) .plusNanos(1));
        }
        assertThat(cb.state()).isEqualTo(State.CLOSED);
        assertThat(cb.counts().requests()).isZero();
    }

    @Test
    @DisplayName("MS-03.A1 Q: is a result from before a state change counted? (no: an older generation is ignored)")
    void aResultFromAnOlderGenerationIsIgnored() {
        CircuitBreaker.Permit slow = cb.allow();                         // generation 1
        trip();                                                          // → OPEN, generation 2
        clock.advance(Duration.ofSeconds(31));                           // → HALF_OPEN, generation 3
        assertThat(cb.state()).isEqualTo(State.HALF_OPEN);
        slow.done(false);                                                // would re-open if counted
        assertThat(cb.state()).isEqualTo(State.HALF_OPEN);
        assertThat(cb.counts().totalFailures()).isZero();
    }
}
