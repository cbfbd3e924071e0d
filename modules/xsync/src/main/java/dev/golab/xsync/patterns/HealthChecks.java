package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the seed's health endpoints (MS-07), as Kubernetes probes use them:
 *                  /healthz (liveness) answers 200 for as long as the process serves;
 *                  /readyz (readiness) answers 503 until an atomic `ready` flag is set, then pings the
 *                  dependency with a 2 s timeout derived from the request's context: 200 if the ping
 *                  succeeds in time, 503 if it fails or times out. Shutdown clears `ready` first, so
 *                  the load balancer stops sending traffic before the server stops accepting it.
 * Model:           1. ready is an AtomicBoolean (Go: atomic.Bool)
 *                  2. readyz: !ready → 503; else ctx := WithTimeout(r.Context(), 2s); err := ping(ctx)
 *                  3. routes(app) serves both paths and passes every other path to app
 * Invariants:      PAT-I6 (MS-07.01) healthz never depends on ready or on the dependency.
 *                  PAT-I7 (MS-07.02) readyz is 200 only when ready and the ping returned nil within 2 s.
 * Differs from Go: responses are "code text" strings, not an http.ResponseWriter; the ping is a
 *                  function of a Context (db.PingContext honours ctx the same way).
 * See:             HealthShutdownAnswersTest.
 */
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

public final class HealthChecks {
    /** The seed's readiness ping timeout. */
    public static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    private final AtomicBoolean ready = new AtomicBoolean();
    private final Function<Context, Throwable> ping;

    /** ping(ctx) returns null when the dependency answered, else its error (ctx.err() on timeout). */
    public HealthChecks(Function<Context, Throwable> ping) {
        this.ping = ping;
    }

    public void setReady(boolean v) {
        ready.set(v);
    }

    public boolean ready() {
        return ready.get();
    }

    /** GET /healthz (PAT-I6). */
    public String healthz() {
        return "200 ok";
    }

    /** GET /readyz (PAT-I7). */
    public String readyz(Context reqCtx) {
        if (!ready.get()) return "503 not ready";
        try (CancelContext ctx = Context.withTimeout(reqCtx, PING_TIMEOUT)) {
            Throwable err = ping.apply(ctx);
            return err == null ? "200 ready" : "503 " + GoException.text(err);
        }
    }

    /** A mux: /healthz and /readyz here, everything else to app. */
    public GracefulServer.Handler routes(GracefulServer.Handler app) {
        return (ctx, r) -> switch (r.path()) {
            case "/healthz" -> healthz();
            case "/readyz" -> readyz(ctx);
            default -> app.serve(ctx, r);
        };
    }
}
