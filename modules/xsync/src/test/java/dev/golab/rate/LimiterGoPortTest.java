package dev.golab.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * x/time/rate's own rate_test.go tables, replayed on the model (Go's test names kept in the display
 * names so the two can be diffed). Times are t0 + k·d with d = 100 ms, as in Go.
 */
class LimiterGoPortTest {
    static final long D = 100_000_000L;
    final VirtualClock clock = new VirtualClock();
    final Instant t0 = clock.now();

    Instant t(int k) {
        return t0.plusNanos(k * D);
    }

    /** run(): each {t, n, ok} step of AllowN. */
    void allows(Limiter lim, Object... steps) {
        for (int i = 0; i < steps.length; i += 3) {
            int k = (Integer) steps[i], n = (Integer) steps[i + 1];
            assertThat(lim.allowN(t(k), n)).as("step %d: lim.AllowN(t%d, %d)", i / 3, k, n).isEqualTo(steps[i + 2]);
        }
    }

    /** runReserve(): reserveN(t_k, n) must give (t_act, ok), timeToAct rounded to whole d's like dSince. */
    Reservation reserve(Limiter lim, int k, int n, int act, boolean ok, long maxWait) {
        Reservation r = lim.reserveN(t(k), n, maxWait);
        assertThat(r.ok()).as("lim.reserveN(t%d, %d) ok", k, n).isEqualTo(ok);
        if (ok) assertThat(Math.round((double) Limiter.sub(r.timeToAct(), t0) / D)).as("lim.reserveN(t%d, %d) act", k, n).isEqualTo(act);
        return r;
    }

    Reservation reserve(Limiter lim, int k, int n, int act, boolean ok) {
        return reserve(lim, k, n, act, ok, Long.MAX_VALUE);
    }

    @Test
    @DisplayName("CONC-12 Q (Go's TestEvery): which Limit is one event per interval?")
    void everyMatchesGo() {
        long[] intervals = {0, -1, 1, 1_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000L, 2_000_000_000L, 2_500_000_000L, 4_000_000_000L, 10_000_000_000L, Long.MAX_VALUE};
        double[] limits = {Limiter.INF, Limiter.INF, 1e9, 1e6, 1e3, 100, 10, 1, 0.5, 0.4, 0.25, 0.1, 1e9 / (double) Long.MAX_VALUE};
        for (int i = 0; i < intervals.length; i++) {
            double lim = Limiter.every(Duration.ofNanos(intervals[i]));
            assertThat(lim / limits[i]).as("Every(%dns)", intervals[i]).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    @DisplayName("CONC-12 Q (Go's TestLimiterBurst1, TestLimiterBurst3, TestLimiterJumpBackwards, TestZeroLimit)")
    void allowTablesMatchGo() {
        allows(new Limiter(10, 1, clock), 0, 1, true, 0, 1, false, 0, 1, false, 1, 1, true, 1, 1, false, 1, 1, false,
                2, 2, false, 2, 1, true, 2, 1, false);
        allows(new Limiter(10, 3, clock), 0, 2, true, 0, 2, false, 0, 1, true, 0, 1, false, 1, 4, false, 2, 1, true,
                3, 1, true, 4, 1, true, 4, 1, true, 4, 1, false, 4, 1, false, 9, 3, true, 9, 0, true);
        allows(new Limiter(10, 3, clock), 1, 1, true, 0, 1, true, 0, 1, true, 0, 1, false, 0, 1, false, 1, 1, true,
                1, 1, false, 1, 1, false, 2, 1, true, 2, 1, false, 2, 1, false);
        assertThat(new Limiter(0.7692307692307693, 1, clock).allow()).isTrue();      // TestLimiter_noTruncationErrors
        Limiter zero = new Limiter(0, 1, clock);
        assertThat(zero.allow()).isTrue();
        assertThat(zero.allow()).isFalse();
    }

    @Test
    @DisplayName("CONC-12.08 Q (Go's TestSimpleReserve, TestMix, TestReserveMax, TestReserveJumpBack)")
    void reserveTablesMatchGo() {
        Limiter a = new Limiter(10, 2, clock);
        reserve(a, 0, 2, 0, true);
        reserve(a, 0, 2, 2, true);
        reserve(a, 3, 2, 4, true);

        Limiter mix = new Limiter(10, 2, clock);
        reserve(mix, 0, 3, 1, false);
        reserve(mix, 0, 2, 0, true);
        allows(mix, 1, 2, false);
        reserve(mix, 1, 2, 2, true);
        allows(mix, 1, 1, false, 3, 1, true);

        Limiter max = new Limiter(10, 2, clock);
        reserve(max, 0, 2, 0, true, D);
        reserve(max, 0, 1, 1, true, D);
        reserve(max, 0, 1, 2, false, D);

        Limiter back = new Limiter(10, 2, clock);
        reserve(back, 1, 2, 1, true);
        reserve(back, 0, 1, 1, true);
        reserve(back, 2, 2, 3, true);
    }

    @Test
    @DisplayName("CONC-12.08 Q (Go's TestCancelInvalid/Last/TooLate/0Tokens/1Token/Multi, TestReserveJumpBackCancel)")
    void cancelTablesMatchGo() {
        Limiter inv = new Limiter(10, 2, clock);
        reserve(inv, 0, 2, 0, true);
        reserve(inv, 0, 3, 3, false).cancelAt(t(0));
        reserve(inv, 0, 2, 2, true);

        Limiter last = new Limiter(10, 2, clock);
        reserve(last, 0, 2, 0, true);
        reserve(last, 0, 2, 2, true).cancelAt(t(1));
        reserve(last, 1, 2, 2, true);

        Limiter late = new Limiter(10, 2, clock);
        reserve(late, 0, 2, 0, true);
        reserve(late, 0, 2, 2, true).cancelAt(t(3));
        reserve(late, 3, 2, 4, true);

        Limiter zeroBack = new Limiter(10, 2, clock);
        reserve(zeroBack, 0, 2, 0, true);
        Reservation r0 = reserve(zeroBack, 0, 1, 1, true);
        reserve(zeroBack, 0, 1, 2, true);
        r0.cancelAt(t(0));
        reserve(zeroBack, 0, 1, 3, true);

        Limiter one = new Limiter(10, 2, clock);
        reserve(one, 0, 2, 0, true);
        Reservation r1 = reserve(one, 0, 2, 2, true);
        reserve(one, 0, 1, 3, true);
        r1.cancelAt(t(2));
        reserve(one, 2, 2, 4, true);

        Limiter multi = new Limiter(10, 4, clock);
        reserve(multi, 0, 4, 0, true);
        Reservation rA = reserve(multi, 0, 3, 3, true);
        reserve(multi, 0, 1, 4, true);
        Reservation rC = reserve(multi, 0, 1, 5, true);
        rC.cancelAt(t(1));
        rA.cancelAt(t(1));
        reserve(multi, 1, 3, 5, true);

        Limiter jb = new Limiter(10, 2, clock);
        reserve(jb, 1, 2, 1, true);
        Reservation r = reserve(jb, 1, 2, 3, true);
        reserve(jb, 1, 1, 4, true);
        r.cancelAt(t(0));
        reserve(jb, 1, 2, 4, true);
    }

    @Test
    @DisplayName("CONC-12 Q (Go's TestReserveSetLimit, TestReserveSetBurst, TestReserveSetLimitCancel)")
    void setLimitAndBurstTablesMatchGo() {
        Limiter sl = new Limiter(5, 2, clock);
        reserve(sl, 0, 2, 0, true);
        reserve(sl, 0, 2, 4, true);
        sl.setLimitAt(t(2), 10);
        reserve(sl, 2, 1, 4, true);

        Limiter sb = new Limiter(5, 2, clock);
        reserve(sb, 0, 2, 0, true);
        reserve(sb, 0, 2, 4, true);
        sb.setBurstAt(t(3), 4);
        reserve(sb, 0, 4, 9, true);

        Limiter slc = new Limiter(5, 2, clock);
        reserve(slc, 0, 2, 0, true);
        Reservation r = reserve(slc, 0, 2, 4, true);
        slc.setLimitAt(t(2), 10);
        r.cancelAt(t(2));
        reserve(slc, 2, 2, 3, true);
    }

    @Test
    @DisplayName("CONC-12.04/A1 Q (Go's TestWaitSimple, TestWaitTimeout, TestWaitInf) on the virtual clock")
    void waitTablesMatchGo() {
        dev.golab.runtime.Clock.runWith(clock, () -> {
            Limiter lim = new Limiter(10, 3, clock);
            CancelContext cancelled = Context.withCancel(Context.background());
            cancelled.cancel();
            assertThat(lim.awaitN(cancelled, 1)).isNotNull();                     // already-cancelled
            assertThat(lim.awaitN(Context.background(), 4)).isNotNull();           // exceed-burst-error
            assertThat(lim.awaitN(Context.background(), 2)).isNull();              // act-now
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofNanos(D))) {
                assertThat(lim.awaitN(ctx, 3)).isNotNull();                        // w-timeout-err: needs 2d, has d
            }
            assertThat(new Limiter(Limiter.INF, 0, clock).awaitN(Context.background(), 3)).isNull();   // exceed-burst-no-error
        });
    }
}
