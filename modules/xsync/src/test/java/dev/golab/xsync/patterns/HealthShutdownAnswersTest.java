package dev.golab.xsync.patterns;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MS-07 Q: how do you implement health checks and graceful shutdown?")
class HealthShutdownAnswersTest {
    final VirtualClock clock = new VirtualClock();
    final Chan<Void> release = Chan.make();                              // app requests block until closed
    final HealthChecks health = new HealthChecks(ctx -> null);
    final GracefulServer srv = new GracefulServer(health.routes((ctx, r) -> {
        release.recvOk();
        return "200 " + r.path();
    }));
    final ShutdownSequence seq = new ShutdownSequence(srv, health);
    final Chan<String> signals = Chan.make(1);

    /** run(ctx) in a goroutine on the virtual clock; its result arrives on the returned channel. */
    Chan<Throwable> start(Context parent) {
        Chan<Throwable> result = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> result.send(seq.run(parent, signals))));
        await().until(health::ready);
        return result;
    }

    Chan<String> get(String path) {
        Chan<String> reply = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> {
            if (!srv.offer(new GracefulServer.Request(Context.background(), path, reply))) reply.send("refused");
        }));
        return reply;
    }

    @Test
    @DisplayName("MS-07.01 liveness (/healthz) is 200 for as long as the process serves, ready or not (PAT-I6)")
    void livenessIs200WhileServing() {
        start(Context.background());
        assertThat(get("/healthz").recv()).isEqualTo("200 ok");
        signals.send("SIGTERM");
        await().until(() -> clock.pendingTimers() == 1);               // draining: not ready, still serving
        assertThat(health.ready()).isFalse();
        assertThat(get("/healthz").recv()).isEqualTo("200 ok");
        clock.advance(ShutdownSequence.DRAIN);
    }

    @Test
    @DisplayName("MS-07.02 readiness (/readyz) is 503 until ready, then 200 if the ping answers within 2 s and 503 if not (PAT-I7)")
    void readinessFollowsTheFlagAndThePing() {
        Chan<Void> slowDependency = Chan.make();
        HealthChecks h = new HealthChecks(ctx -> {
            pingContext(ctx, slowDependency);
            return ctx.err();
        });
        assertThat(h.readyz(Context.background())).isEqualTo("503 not ready");
        h.setReady(true);
        Chan<String> r = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> r.send(h.readyz(Context.background()))));
        await().until(() -> clock.pendingTimers() == 1);                // the 2 s ping deadline
        clock.advance(Duration.ofMillis(1999));
        assertThat(r.len()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(r.recv()).isEqualTo("503 context deadline exceeded");
        slowDependency.close();                                          // the dependency answers now
        assertThat(h.readyz(Context.background())).isEqualTo("200 ready");
    }

    /** db.PingContext: returns when the dependency answers or ctx is done. */
    static void pingContext(Context ctx, Chan<Void> answered) {
        Select.select(Select.recv(answered, v -> { }), Select.recv(ctx.done(), v -> { }));
    }

    @Test
    @DisplayName("MS-07.03 shutdown is ordered: signal, ready=false at once, a 5 s drain, then Shutdown with a 30 s deadline (PAT-I8)")
    void shutdownRunsInTheSeedsOrderOnTheClock() {
        Chan<Throwable> result = start(Context.background());
        signals.send("SIGTERM");
        await().until(() -> clock.pendingTimers() == 1);
        assertThat(get("/readyz").recv()).isEqualTo("503 not ready");   // readiness fails before the drain ends
        clock.advance(Duration.ofMillis(4999));
        assertThat(seq.events()).containsExactly("ready", "signal SIGTERM", "not ready");
        clock.advance(Duration.ofMillis(1));
        assertThat(result.recv()).isNull();
        assertThat(seq.events()).containsExactly("ready", "signal SIGTERM", "not ready", "drained 5s",
                "shutdown, deadline in 30s", "server closed", "shutdown returned nil");
    }

    @Test
    @DisplayName("MS-07.04 requests in flight when shutdown starts complete; after Shutdown begins no new request is accepted")
    void inFlightRequestsCompleteAndLateOnesAreRefused() {
        Chan<Throwable> result = start(Context.background());
        Chan<String> early = get("/work");
        await().until(() -> srv.inFlight() == 1);
        signals.send("SIGTERM");
        await().until(() -> clock.pendingTimers() == 1);
        Chan<String> duringDrain = get("/drain");                        // still accepted: only readiness changed
        await().until(() -> srv.inFlight() == 2);
        clock.advance(ShutdownSequence.DRAIN);
        await().until(() -> seq.events().contains("shutdown, deadline in 30s"));
        assertThat(get("/late").recv()).isEqualTo("refused");
        release.close();
        assertThat(List.of(early.recv(), duringDrain.recv())).containsExactly("200 /work", "200 /drain");
        assertThat(result.recv()).isNull();
    }

    @Test
    @DisplayName("MS-07.05 if in-flight work outlives the 30 s deadline, Shutdown returns the context's error")
    void shutdownReturnsTheContextErrorAfterTheDeadline() {
        Chan<Throwable> result = start(Context.background());
        get("/stuck");
        await().until(() -> srv.inFlight() == 1);
        signals.send("SIGTERM");
        await().until(() -> clock.pendingTimers() == 1);
        clock.advance(ShutdownSequence.DRAIN);
        await().until(() -> seq.events().contains("shutdown, deadline in 30s") && clock.pendingTimers() == 1);
        clock.advance(ShutdownSequence.DEADLINE);
        assertThat(result.recv()).isSameAs(ContextError.DEADLINE_EXCEEDED);
        assertThat(seq.events()).endsWith("server closed", "shutdown returned context deadline exceeded");
        release.close();
    }

    @Test
    @DisplayName("MS-07.06 ListenAndServe returning ErrServerClosed is the normal exit, not logged as a failure (PAT-I9)")
    void errServerClosedIsANormalExit() {
        Chan<Throwable> result = start(Context.background());
        signals.send("SIGINT");
        await().until(() -> clock.pendingTimers() == 1);
        clock.advance(ShutdownSequence.DRAIN);
        assertThat(result.recv()).isNull();
        assertThat(seq.events()).contains("server closed").noneMatch(e -> e.startsWith("listen failed"));
    }

    @Test
    @DisplayName("MS-07.07 shutdown starts on whichever comes first: an OS signal or the parent context being cancelled")
    void eitherASignalOrTheParentContextTriggersShutdown() {
        CancelContext parent = Context.withCancel(Context.background());
        Chan<Throwable> result = start(parent);
        parent.cancel();
        await().until(() -> clock.pendingTimers() == 1);
        clock.advance(ShutdownSequence.DRAIN);
        assertThat(result.recv()).isNull();
        assertThat(seq.events()).startsWith("ready", "parent ctx context canceled", "not ready");

        ShutdownSequence bySignal = new ShutdownSequence(new GracefulServer(health.routes((c, r) -> "200")), health);
        Chan<Throwable> second = Chan.make(1);
        Chan<String> sig = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> second.send(bySignal.run(Context.background(), sig))));
        sig.send("SIGTERM");
        await().until(() -> clock.pendingTimers() == 1);
        clock.advance(ShutdownSequence.DRAIN);
        assertThat(second.recv()).isNull();
        assertThat(bySignal.events()).startsWith("ready", "signal SIGTERM", "not ready");
    }
}
