package dev.golab.xsync.patterns;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

@dev.golab.testkit.GoLeakCheck
class RetryAnswersTest {
    final VirtualClock clock = new VirtualClock();

    @Test
    @DisplayName("MS-03.07 Q: what delays does the default exponential backoff produce? (base 0.5 s ×1.5 up to 60 s, each in base·[0.5, 1.5])")
    void everyDelayLiesInItsRandomisedRangeAroundTheGrowingBase() {
        QuickTheory.qt().withFixedSeed(20261127L).withExamples(200).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            ExponentialBackoff b = new ExponentialBackoff(clock, seed);
            b.maxElapsedTime = Duration.ZERO;                             // never stop: look at 40 steps
            double base = 500e6;
            for (int i = 0; i < 40; i++) {
                long next = b.nextBackOff().toNanos();
                assertThat((double) next).as("b.NextBackOff() #%d with base %.0f ns, seed %d", i, base, seed)
                        .isBetween(base * 0.5, base * 1.5 + 1);
                base = base >= 60e9 / 1.5 ? 60e9 : Math.floor(base * 1.5);
                assertThat(b.currentInterval().toNanos()).isEqualTo((long) base);
            }
        });
    }

    @Test
    @DisplayName("MS-03.08 Q: when does retrying stop? (when the next wait would pass MaxElapsedTime; the last error is returned)")
    void retryStopsBeforeExceedingMaxElapsedTimeWithTheLastError() {
        Clock.runWith(clock, () -> {
            ExponentialBackoff b = new ExponentialBackoff(clock, 1);
            b.maxElapsedTime = Duration.ofSeconds(30);
            AtomicInteger attempt = new AtomicInteger();
            List<Duration> waits = new ArrayList<>();
            Chan<Retry.Outcome<Object>> out = Chan.make(1);
            Go.go(() -> out.send(Retry.retryNotify(Context.background(), clock, b,
                    () -> { throw new GoException("attempt " + attempt.incrementAndGet()); }, (e, d) -> waits.add(d))));
            Retry.Outcome<Object>[] got = new Retry.Outcome[1];
            while (got[0] == null) {
                await().until(() -> clock.pendingTimers() == 1 || out.len() == 1);
                if (out.len() == 1) got[0] = out.recv();
                else clock.advanceToNext();
            }
            assertThat(GoException.text(got[0].err())).isEqualTo("attempt " + got[0].attempts());
            long total = waits.stream().mapToLong(Duration::toNanos).sum();
            assertThat(total).isLessThanOrEqualTo(Duration.ofSeconds(30).toNanos());
            assertThat(waits).hasSize(got[0].attempts() - 1);            // MS-03.09: notify per failure but the last
        });
    }

    @Test
    @DisplayName("MS-03.09 / AI-07.06 Q: is notify called before each sleep, and are Permanent errors retried? (yes; no)")
    void notifyRunsBeforeEachSleepAndPermanentErrorsStopAtOnce() {
        Clock.runWith(clock, () -> {
            List<String> log = new ArrayList<>();
            AtomicInteger n = new AtomicInteger();
            Chan<Retry.Outcome<String>> out = Chan.make(1);
            Go.go(() -> out.send(Retry.retryNotify(Context.background(), clock, new ExponentialBackoff(clock, 2), () -> {
                log.add("attempt " + n.incrementAndGet());
                if (n.get() < 3) throw new GoException("429");
                return "ok";
            }, (e, d) -> log.add("notify(" + e.getMessage() + ")"))));
            for (int i = 0; i < 2; i++) {
                await().until(() -> clock.pendingTimers() == 1);
                clock.advanceToNext();
            }
            assertThat(out.recv().value()).isEqualTo("ok");
            assertThat(log).containsExactly("attempt 1", "notify(429)", "attempt 2", "notify(429)", "attempt 3");

            AtomicInteger calls = new AtomicInteger();
            Retry.Outcome<Object> perm = Retry.retryNotify(Context.background(), clock, new ExponentialBackoff(clock, 3),
                    () -> { calls.incrementAndGet(); throw Retry.permanent(new GoException("400 bad request")); }, null);
            assertThat(calls.get()).isEqualTo(1);
            assertThat(perm.err()).hasMessage("400 bad request");
        });
    }

    @Test
    @DisplayName("MS-03 correction / AI-07.07 Q: does cancelling ctx stop the retries? (yes, with ctx.Err())")
    void cancellingTheContextStopsRetryingWithCtxErr() {
        Clock.runWith(clock, () -> {
            CancelContext ctx = Context.withCancel(Context.background());
            AtomicInteger calls = new AtomicInteger();
            Chan<Retry.Outcome<Object>> out = Chan.make(1);
            Go.go(() -> out.send(Retry.retryNotify(ctx, clock, new ExponentialBackoff(clock, 4),
                    () -> { calls.incrementAndGet(); throw new GoException("busy"); }, null)));
            await().until(() -> clock.pendingTimers() == 1);
            ctx.cancel();
            Retry.Outcome<Object> o = out.recv();
            assertThat(o.err()).isSameAs(ContextError.CANCELED);
            assertThat(calls.get()).isEqualTo(1);
        });
    }
}
