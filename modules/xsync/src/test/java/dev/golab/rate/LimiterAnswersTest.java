package dev.golab.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static dev.golab.testkit.GoAwait.await;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@dev.golab.testkit.GoLeakCheck
class LimiterAnswersTest {
    final VirtualClock clock = new VirtualClock();

    @Test
    @DisplayName("CONC-12.01 Q: how many immediate Allow() calls does NewLimiter(r, b) admit? (b: it starts full)")
    void newLimiterStartsFullSoBurstImmediateAllowsSucceed() {
        Limiter lim = new Limiter(10, 5, clock);
        int admitted = 0;
        for (int i = 0; i < 8; i++) if (lim.allow()) admitted++;
        assertThat(admitted).isEqualTo(5);
    }

    @Test
    @DisplayName("CONC-12.02 Q: what does Allow() do when no token is available? (false at once, nothing taken)")
    void allowReturnsFalseImmediatelyWithoutTakingATokenWhenEmpty() {
        Limiter lim = new Limiter(1, 1, clock);
        assertThat(lim.allow()).isTrue();
        double before = lim.tokens();
        assertThat(lim.allow()).isFalse();
        assertThat(lim.tokens()).isEqualTo(before);
    }

    @Test
    @DisplayName("CONC-12.03 Q: after the burst is spent, when does Allow() succeed again? (after 1/r)")
    void afterTheBurstTheNextAllowNeedsOneOverRSeconds() {
        Limiter lim = new Limiter(10, 2, clock);
        assertThat(lim.allow() && lim.allow()).isTrue();
        clock.advance(Duration.ofMillis(99));
        assertThat(lim.allow()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(lim.allow()).isTrue();
        assertThat(lim.allow()).isFalse();
    }

    @Test
    @DisplayName("CONC-12.04 Q: how long does Wait(ctx) block, and what if ctx is cancelled meanwhile?")
    void waitBlocksUntilATokenAndReturnsCtxErrGivingTheReservationBackOnCancel() {
        Clock.runWith(clock, () -> {
            Limiter lim = new Limiter(10, 1, clock);
            assertThat(lim.allow()).isTrue();
            Chan<Object> result = Chan.make(1);
            Go.go(() -> result.send(String.valueOf(lim.await(Context.background()))));
            await().until(() -> clock.pendingTimers() == 1);            // the waiter booked a token at +100ms
            clock.advance(Duration.ofMillis(100));
            assertThat(result.recv()).isEqualTo("null");                // Wait returned nil

            CancelContext ctx = Context.withCancel(Context.background());
            Go.go(() -> result.send(lim.await(ctx)));
            await().until(() -> clock.pendingTimers() == 1);
            assertThat(lim.tokens()).isEqualTo(-1.0, within(1e-9));     // in debt for the booked token
            ctx.cancel();
            assertThat(result.recv()).isSameAs(ContextError.CANCELED);
            assertThat(lim.tokens()).isEqualTo(0.0, within(1e-9));      // r.Cancel() gave it back
        });
    }

    @Test
    @DisplayName("CONC-12.06 Q: does exhausting one client's bucket affect another's? (no: one bucket per key)")
    void eachKeyHasItsOwnBucket() {
        KeyedLimiter<String> perIp = new KeyedLimiter<>(1, 2, Duration.ofMinutes(3), clock);
        assertThat(perIp.allow("10.0.0.1") && perIp.allow("10.0.0.1")).isTrue();
        assertThat(perIp.allow("10.0.0.1")).isFalse();
        assertThat(perIp.allow("10.0.0.2")).isTrue();
    }

    @Test
    @DisplayName("CONC-12 correction Q: under concurrent first requests from one IP, how many limiters are created? (one)")
    void concurrentFirstRequestsCreateExactlyOneLimiterPerKey() throws InterruptedException {
        for (int round = 0; round < 20 * Integer.getInteger("golab.stress.scale", 1); round++) {
            KeyedLimiter<String> perIp = new KeyedLimiter<>(1, 3, Duration.ofMinutes(3), clock);
            int n = 16;
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(n);
            AtomicInteger admitted = new AtomicInteger();
            for (int i = 0; i < n; i++) {
                Go.go(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    if (perIp.allow("1.2.3.4")) admitted.incrementAndGet();
                    finished.countDown();
                });
            }
            start.countDown();
            finished.await();
            assertThat(perIp.created()).isEqualTo(1);
            assertThat(admitted.get()).isEqualTo(3);                    // a racy map would grant extra burst
        }
    }

    @Test
    @DisplayName("CONC-12 correction Q: does the per-IP map grow without bound? (idle keys are evicted)")
    void idleKeysAreEvictedAndComeBackWithAFullBucket() {
        KeyedLimiter<String> perIp = new KeyedLimiter<>(1, 1, Duration.ofMinutes(3), clock);
        perIp.allow("a");
        clock.advance(Duration.ofMinutes(2));
        perIp.allow("b");
        clock.advance(Duration.ofMinutes(2));
        assertThat(perIp.evictIdle()).isEqualTo(1);
        assertThat(perIp.size()).isEqualTo(1);
        assertThat(perIp.created() - perIp.evicted()).isEqualTo(perIp.size());
    }

    @Test
    @DisplayName("CONC-12.07 Q: what does a ticker-based limiter (10/s) admit, and does a slow receiver get a burst? (one per tick; no)")
    void tickerLimiterAdmitsOnePerTickAndASlowReceiverLosesTicks() {
        Clock.runWith(clock, () -> {
            dev.golab.time.Ticker ticker = dev.golab.time.Time.newTicker(Duration.ofMillis(100));
            int admitted = 0;
            for (int i = 0; i < 10; i++) {                               // a fast receiver: one request per tick
                clock.advance(Duration.ofMillis(100));
                if (tryTick(ticker)) admitted++;
                if (tryTick(ticker)) admitted++;                          // a second request in the same tick waits
            }
            assertThat(admitted).isEqualTo(10);
            clock.advance(Duration.ofSeconds(1));                         // a slow receiver: ten ticks pass unread
            assertThat(tryTick(ticker)).isTrue();
            assertThat(tryTick(ticker)).as("missed ticks are dropped, not saved up").isFalse();
            ticker.stop();
        });
    }

    /** select { case <-ticker.C: return true; default: return false }. */
    private static boolean tryTick(dev.golab.time.Ticker t) {
        boolean[] got = {false};
        dev.golab.chan.Select.select(dev.golab.chan.Select.recv(t.c(), v -> got[0] = true), dev.golab.chan.Select.otherwise(() -> {}));
        return got[0];
    }

    @Test
    @DisplayName("CONC-12.08 Q: what does Reserve() return, and what does Cancel() do? (a delay; tokens come back)")
    void reserveReturnsTheDelayAndCancelRestoresTheTokens() {
        Limiter lim = new Limiter(2, 1, clock);
        Reservation first = lim.reserve();
        Reservation second = lim.reserve();
        assertThat(first.delay()).isZero();
        assertThat(second.delay()).isEqualTo(Duration.ofMillis(500));
        second.cancel();
        assertThat(lim.tokens()).isEqualTo(0.0, within(1e-9));
        assertThat(lim.reserveN(clock.now(), 2).ok()).isFalse();      // n > burst: never OK
        assertThat(lim.reserveN(clock.now(), 2).delay()).isEqualTo(Limiter.INF_DURATION);
    }

    @Test
    @DisplayName("CONC-12.A1 Q: does Wait fail fast when the wait would pass ctx's deadline, or n exceeds the burst?")
    void waitFailsImmediatelyPastTheDeadlineOrAboveTheBurstWithoutTakingTokens() {
        Clock.runWith(clock, () -> {
            Limiter lim = new Limiter(1, 3, clock);
            for (int i = 0; i < 3; i++) lim.allow();
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofMillis(500))) {
                Throwable err = lim.await(ctx);                          // needs 1s, has 0.5s: no waiting at all
                assertThat(GoException.text(err)).isEqualTo("rate: Wait(n=1) would exceed context deadline");
                assertThat(lim.tokens()).isEqualTo(0.0, within(1e-9));
            }
            assertThat(GoException.text(lim.awaitN(Context.background(), 5))).isEqualTo("rate: Wait(n=5) exceeds limiter's burst 3");
            assertThat(clock.pendingTimers()).isZero();
        });
    }

    @Test
    @DisplayName("CONC-12 Q: what do Every, Inf and a zero Limit mean? (interval→rate; all events; burst once)")
    void everyInfAndZeroLimitFollowXTimeRate() {
        assertThat(Limiter.every(Duration.ofMillis(100))).isEqualTo(10.0, within(1e-9));
        assertThat(Limiter.every(Duration.ofMinutes(1).dividedBy(50))).isEqualTo(50 / 60.0, within(1e-9));   // AI-07 fix
        assertThat(Limiter.every(Duration.ZERO)).isEqualTo(Limiter.INF);
        Limiter inf = new Limiter(Limiter.INF, 0, clock);
        for (int i = 0; i < 100; i++) assertThat(inf.allow()).isTrue();
        Limiter zero = new Limiter(0, 2, clock);
        assertThat(zero.allow() && zero.allow()).isTrue();
        clock.advance(Duration.ofDays(1));
        assertThat(zero.allow()).isFalse();
    }

    @Test
    @DisplayName("CONC-12 Q: what do SetLimit and SetBurst do to tokens already earned? (kept, counted at the old rate)")
    void setLimitAndSetBurstFirstAdvanceTokensAtTheOldRate() {
        Limiter lim = new Limiter(1, 10, clock);
        for (int i = 0; i < 10; i++) lim.allow();
        clock.advance(Duration.ofSeconds(2));
        lim.setLimit(100);
        assertThat(lim.tokens()).isEqualTo(2.0, within(1e-9));
        clock.advance(Duration.ofMillis(10));
        assertThat(lim.tokens()).isEqualTo(3.0, within(1e-9));
        lim.setBurst(1);
        assertThat(lim.tokens()).isEqualTo(1.0, within(1e-9));
        assertThat(lim.burst()).isEqualTo(1);
    }

    @Test
    @DisplayName("CONC-12 Q (Go's TestSimultaneousRequests): 15 concurrent Allow() on limit 1, burst 5 — how many pass?")
    void simultaneousRequestsAdmitExactlyTheBurst() throws InterruptedException {
        Limiter lim = new Limiter(1, 5, clock);
        AtomicInteger ok = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(15);
        for (int i = 0; i < 15; i++) Go.go(() -> {
            if (lim.allow()) ok.incrementAndGet();
            done.countDown();
        });
        done.await();
        assertThat(ok.get()).isEqualTo(5);
    }

    @Test
    @DisplayName("Differs from Go Q: which clock does a limiter read? (the Clock current when it was built; Go reads time.Now())")
    void aLimiterKeepsTheClockItWasBuiltOnUnlikeGoWhichReadsTimeNow() {
        Limiter[] built = {null};
        Clock.runWith(clock, () -> built[0] = new Limiter(1, 1));
        Limiter onVirtual = built[0];
        assertThat(onVirtual.clock()).isSameAs(clock);
        assertThat(onVirtual.allow()).isTrue();
        assertThat(onVirtual.allow()).isFalse();                          // called outside runWith: still virtual time
        clock.advance(Duration.ofSeconds(1));
        assertThat(onVirtual.allow()).isTrue();
    }
}
