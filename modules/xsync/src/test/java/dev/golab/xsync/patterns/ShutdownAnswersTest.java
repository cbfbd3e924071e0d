package dev.golab.xsync.patterns;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ShutdownAnswersTest {
    final VirtualClock clock = new VirtualClock();
    final Chan<Void> release = Chan.make();
    final GracefulServer srv = new GracefulServer((ctx, r) -> {
        release.recv();
        return "200 " + r.path();
    });

    Chan<Throwable> serveInBackground() {
        Chan<Throwable> served = Chan.make(1);
        Go.go(() -> served.send(srv.listenAndServe()));                 // the seed's bug: this must be a goroutine
        return served;
    }

    Chan<String> request(String path) {
        Chan<String> reply = Chan.make(1);
        Go.go(() -> srv.offer(new GracefulServer.Request(Context.background(), path, reply)));
        return reply;
    }

    @Test
    @DisplayName("STD-01.01 / 01.02 Q: what does Shutdown(ctx) do with requests in flight, and what does ListenAndServe return? (waits, nil if they finish in time; ErrServerClosed at once)")
    void shutdownWaitsForInFlightRequestsAndReturnsNil() {
        Chan<Throwable> served = serveInBackground();
        Chan<String> a = request("/a");
        await().until(() -> srv.inFlight() == 1);
        Chan<ContextError> result = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> {
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30))) {
                result.send(srv.shutdown(ctx));
            }
        }));
        assertThat(served.recv()).isSameAs(GracefulServer.ERR_SERVER_CLOSED);   // STD-01.02: at once
        assertThat(srv.offer(new GracefulServer.Request(Context.background(), "/late", Chan.make(1)))).isFalse();
        release.close();
        assertThat(a.recv()).isEqualTo("200 /a");
        assertThat(result.recv()).isNull();
    }

    @Test
    @DisplayName("STD-01.01 Q: and if they do not finish before the deadline? (Shutdown returns ctx.Err())")
    void shutdownReturnsCtxErrWhenTheDeadlinePassesFirst() {
        serveInBackground();
        request("/slow");
        await().until(() -> srv.inFlight() == 1);
        Chan<ContextError> result = Chan.make(1);
        Clock.runWith(clock, () -> Go.go(() -> {
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(30))) {
                result.send(srv.shutdown(ctx));
            }
        }));
        await().until(() -> clock.pendingTimers() == 1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(result.recv()).isSameAs(ContextError.DEADLINE_EXCEEDED);
        assertThat(srv.inFlight()).isEqualTo(1);                          // the request keeps running
        release.close();
    }

    @Test
    @DisplayName("STD-01.04 Q: does cancelling the request cancel the downstream calls it started? (yes, via r.Context())")
    void cancellingTheRequestContextCancelsDownstreamCalls() {
        Chan<ContextError> downstream = Chan.make(1);
        GracefulServer s = new GracefulServer((reqCtx, r) -> {
            reqCtx.done().recvOk();                                       // store.Get(r.Context(), id) blocks on ctx
            downstream.send(reqCtx.err());
            return "499";
        });
        Go.go(s::listenAndServe);
        CancelContext client = Context.withCancel(Context.background());
        Chan<String> reply = Chan.make(1);
        Go.go(() -> s.offer(new GracefulServer.Request(client, "/user/7", reply)));
        await().until(() -> s.inFlight() == 1);
        client.cancel();                                                   // the client went away
        assertThat(downstream.recv()).isSameAs(ContextError.CANCELED);
        assertThat(reply.recv()).isEqualTo("499");
        s.shutdown(Context.background());
    }

    @Test
    @DisplayName("STD-01.03 Q: what bounds how long a slow peer holds a request goroutine? (the server's timeout on the request ctx)")
    void requestTimeoutBoundsHowLongASlowRequestHoldsItsGoroutine() {
        Chan<ContextError> handlerSaw = Chan.make(1);
        GracefulServer s = new GracefulServer((reqCtx, r) -> {
            reqCtx.done().recvOk();                                       // a slow peer: never finishes on its own
            handlerSaw.send(reqCtx.err());
            return "503 timeout";
        }, Duration.ofSeconds(5));
        Clock.runWith(clock, () -> Go.go(s::listenAndServe));            // request goroutines inherit the virtual clock
        Chan<String> reply = Chan.make(1);
        Go.go(() -> s.offer(new GracefulServer.Request(Context.background(), "/slow", reply)));
        await().until(() -> s.inFlight() == 1 && clock.pendingTimers() == 1);
        clock.advance(Duration.ofMillis(4999));
        assertThat(s.inFlight()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(handlerSaw.recv()).isSameAs(ContextError.DEADLINE_EXCEEDED);
        assertThat(reply.recv()).isEqualTo("503 timeout");
        await().until(() -> s.inFlight() == 0);
        assertThat(s.shutdown(Context.background())).isNull();
    }

    @Test
    @DisplayName("AI-07 batching Q: when is a batch flushed? (when full, or maxWait after its first item; close flushes the rest)")
    void batchesFlushWhenFullOrAfterMaxWaitAndOnClose() {
        Chan<java.util.List<Integer>> flushed = Chan.make(10);
        Batcher<Integer> batcher = new Batcher<>(3, Duration.ofMillis(50), clock, flushed::send);
        for (int i = 1; i <= 4; i++) batcher.submit(i);
        assertThat(flushed.recv()).containsExactly(1, 2, 3);             // full
        assertThat(flushed.len()).isZero();
        await().until(() -> clock.pendingTimers() == 1);               // item 4 armed its batch's timer
        clock.advance(Duration.ofMillis(50));
        assertThat(flushed.recv()).containsExactly(4);                   // timer
        batcher.submit(5);
        batcher.close();
        assertThat(flushed.recv()).containsExactly(5);                   // close
    }
}
