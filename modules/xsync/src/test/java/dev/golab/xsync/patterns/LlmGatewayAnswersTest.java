package dev.golab.xsync.patterns;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.rate.Limiter;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LlmGatewayAnswersTest {
    final VirtualClock clock = new VirtualClock();
    final AtomicInteger apiHits = new AtomicInteger();
    final Chan<Void> apiGate = Chan.make(1000);

    LlmGateway gateway(Limiter lim, Function<String, String> api) {
        return new LlmGateway(lim, api, clock, Duration.ofHours(1), 7);
    }

    @Test
    @DisplayName("AI-07.01 Q: what gates every call, and what happens when ctx is done or the deadline cannot be met? (no API call)")
    void limiterWaitGatesCallsAndFailsWithoutCallingTheApi() {
        Clock.runWith(clock, () -> {
            LlmGateway g = gateway(new Limiter(Limiter.every(Duration.ofMinutes(1).dividedBy(50)), 1, clock), p -> "t" + apiHits.incrementAndGet());
            CancelContext done = Context.withCancel(Context.background());
            done.cancel();
            assertThatThrownBy(() -> g.complete(done, "a")).isSameAs(ContextError.CANCELED);
            assertThat(g.apiCalls()).isZero();
            try {
                assertThat(g.complete(Context.background(), "b")).isEqualTo("t1");   // takes the only token
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
            try (CancelContext tight = Context.withTimeout(Context.background(), Duration.ofMillis(100))) {
                assertThatThrownBy(() -> g.complete(tight, "c")).hasMessage("rate: Wait(n=1) would exceed context deadline");
            }
            assertThat(g.apiCalls()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("AI-07.02 Q: what is the cache key? (hex SHA-256 of the prompt)")
    void cacheKeyIsHexSha256OfThePrompt() {
        assertThat(LlmGateway.cacheKey("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(LlmGateway.cacheKey("hello")).isEqualTo(LlmGateway.cacheKey("hello")).isNotEqualTo(LlmGateway.cacheKey("hello!"));
    }

    @Test
    @DisplayName("AI-07.03/05 Q: does a cache hit call the API, and how long does an entry live? (no, counts cache_hit; 1 h)")
    void cacheHitsSkipTheApiUntilTheTtlExpires() throws Throwable {
        LlmGateway g = gateway(new Limiter(Limiter.INF, 0, clock), p -> "t" + apiHits.incrementAndGet());
        assertThat(g.complete(Context.background(), "q")).isEqualTo("t1");
        assertThat(g.complete(Context.background(), "q")).isEqualTo("t1");
        assertThat(g.cacheHits()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(g.complete(Context.background(), "q")).isEqualTo("t2");
        assertThat(g.apiCalls()).isEqualTo(2);
    }

    @Test
    @DisplayName("AI-07.04 Q: how many API calls do concurrent identical prompts make on a miss? (one, via singleflight)")
    void concurrentIdenticalMissesMakeOneApiCall() {
        LlmGateway g = gateway(new Limiter(Limiter.INF, 0, clock), p -> { apiGate.recv(); return "t" + apiHits.incrementAndGet(); });
        Chan<String> answers = Chan.make(100);
        for (int i = 0; i < 100; i++) Go.go(() -> {
            try {
                answers.send(g.complete(Context.background(), "same prompt"));
            } catch (Throwable t) {
                answers.send("error " + t);
            }
        });
        await().until(() -> g.apiCalls() == 1);
        apiGate.send(null);
        for (int i = 0; i < 100; i++) assertThat(answers.recv()).isEqualTo("t1");
        assertThat(apiHits.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("AI-07.06/07 Q: which errors are retried and until when? (429 with backoff up to 60 s; others once)")
    void only429IsRetriedUntilMaxElapsedTime() {
        Clock.runWith(clock, () -> {
            LlmGateway g = gateway(new Limiter(Limiter.INF, 0, clock), p -> {
                apiHits.incrementAndGet();
                throw new LlmGateway.ApiError(p.equals("busy") ? 429 : 400);
            });
            assertThatThrownBy(() -> g.complete(Context.background(), "bad")).hasMessage("api error: status 400");
            assertThat(apiHits.get()).isEqualTo(1);                        // Permanent: a single attempt

            Chan<Throwable> out = Chan.make(1);
            Go.go(() -> {
                try {
                    g.complete(Context.background(), "busy");
                } catch (Throwable t) {
                    out.send(t);
                }
            });
            Throwable[] err = {null};
            while (err[0] == null) {
                await().until(() -> clock.pendingTimers() == 1 || out.len() == 1);
                if (out.len() == 1) err[0] = out.recv();
                else clock.advanceToNext();
            }
            assertThat(err[0]).hasMessage("api error: status 429");
            assertThat(apiHits.get()).isGreaterThan(3);
            assertThat(clock.now()).isBefore(VirtualClock.EPOCH.plusSeconds(61));
        });
    }
}
