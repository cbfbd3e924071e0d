package dev.golab.xsync.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.context.Context;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.GoException;
import dev.golab.xsync.patterns.Interceptors.Code;
import dev.golab.xsync.patterns.Interceptors.StatusError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterceptorAnswersTest {
    final List<String> trace = new ArrayList<>();
    final Context bg = Context.background();

    Interceptors.Unary named(String n) {
        return (ctx, req, method, next) -> {
            trace.add(n + "-before");
            Object resp = next.handle(ctx, req);
            trace.add(n + "-after");
            return resp;
        };
    }

    @Test
    @DisplayName("MS-02.01 Q: in ChainUnaryInterceptor(A, B, C), which runs first? (A is outermost)")
    void firstInterceptorIsOutermost() throws Exception {
        Interceptors.Handler h = Interceptors.chain((ctx, req) -> { trace.add("handler"); return "ok"; }, named("A"), named("B"), named("C"));
        h.handle(bg, "req");
        assertThat(trace).containsExactly("A-before", "B-before", "C-before", "handler", "C-after", "B-after", "A-after");
    }

    @Test
    @DisplayName("MS-02.02 Q: what does the logging interceptor record and return? (latency + error; the response unchanged)")
    void loggingMeasuresLatencyRecordsTheErrorAndPassesResultsThrough() throws Exception {
        VirtualClock clock = new VirtualClock();
        List<Interceptors.LogEntry> log = new ArrayList<>();
        GoException boom = new GoException("boom");
        Interceptors.Handler ok = Interceptors.chain((ctx, req) -> { clock.advance(Duration.ofMillis(42)); return "resp"; },
                Interceptors.logging(clock, log::add));
        assertThat(ok.handle(bg, "r")).isEqualTo("resp");
        Interceptors.Handler bad = Interceptors.chain((ctx, req) -> { throw boom; }, Interceptors.logging(clock, log::add));
        assertThatThrownBy(() -> bad.handle(bg, "r")).isSameAs(boom);
        assertThat(log).containsExactly(new Interceptors.LogEntry(Duration.ofMillis(42), null), new Interceptors.LogEntry(Duration.ZERO, boom));
    }

    @Test
    @DisplayName("MS-02.03/04 Q: what does auth do without a token, and how does the handler see the claims? (Unauthenticated, no call; ctx.Value)")
    void authRejectsWithoutCallingTheHandlerAndPassesClaimsThroughContext() throws Exception {
        List<Object> seenClaims = new ArrayList<>();
        Interceptors.Handler h = Interceptors.chain((ctx, req) -> { seenClaims.add(ctx.value(new Interceptors.ClaimsKey())); return "ok"; },
                Interceptors.auth(token -> token.equals("good") ? "user=ann" : null));
        assertThatThrownBy(() -> h.handle(bg, "r")).isInstanceOfSatisfying(StatusError.class,
                e -> assertThat(e.code).isEqualTo(Code.UNAUTHENTICATED));
        assertThatThrownBy(() -> h.handle(Interceptors.withIncoming(bg, Map.of("authorization", "Basic x")), "r"))
                .hasMessage("rpc error: code = Unauthenticated desc = missing token");
        assertThat(seenClaims).isEmpty();
        h.handle(Interceptors.withIncoming(bg, Map.of("authorization", "Bearer good")), "r");
        assertThat(seenClaims).containsExactly("user=ann");
    }

    @Test
    @DisplayName("MS-02.05 Q: what does the recovery interceptor do with a handler panic? (codes.Internal; later requests still work)")
    void recoveryTurnsAPanicIntoInternalAndTheServerKeepsServing() throws Exception {
        Interceptors.Handler h = Interceptors.chain((ctx, req) -> {
            if (req.equals("bad")) throw new GoPanic("nil map write");
            return "fine";
        }, Interceptors.recovery());
        assertThatThrownBy(() -> h.handle(bg, "bad")).isInstanceOfSatisfying(StatusError.class,
                e -> assertThat(e.code).isEqualTo(Code.INTERNAL)).hasMessageContaining("panic: nil map write");
        assertThat(h.handle(bg, "good")).isEqualTo("fine");
    }

    @Test
    @DisplayName("MS-02.06 Q: what does a stream interceptor wrap? (the whole stream handler, seeing its final error)")
    void streamInterceptorWrapsTheWholeStreamAndSeesItsFinalError() throws Exception {
        List<Throwable> seen = new ArrayList<>();
        GoException eof = new GoException("stream broke after 3 messages");
        Interceptors.StreamHandler h = Interceptors.chainStream(ctx -> {
            for (int i = 0; i < 3; i++) trace.add("msg " + i);
            return eof;
        }, "/chat.Stream", (ctx, method, next) -> {
            trace.add("open " + method);
            Throwable err = next.handle(ctx);
            seen.add(err);
            return err;
        });
        assertThat(h.handle(bg)).isSameAs(eof);
        assertThat(trace).containsExactly("open /chat.Stream", "msg 0", "msg 1", "msg 2");
        assertThat(seen).containsExactly(eof);
    }

    @Test
    @DisplayName("MS-02.07 Q: when does the client interceptor add metadata? (before the invoker, so the server sees it)")
    void clientInterceptorAppendsOutgoingMetadataBeforeTheInvoker() throws Exception {
        Interceptors.Handler invoker = (ctx, req) -> Interceptors.outgoing(ctx).get("authorization");   // what goes on the wire
        Interceptors.Handler client = Interceptors.chain(invoker, Interceptors.clientAuth("t0k"));
        assertThat(client.handle(bg, "r")).isEqualTo("Bearer t0k");
    }
}
