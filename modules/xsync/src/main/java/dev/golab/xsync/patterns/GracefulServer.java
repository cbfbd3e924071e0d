package dev.golab.xsync.patterns;

/*
 * Go behaviour:    net/http.Server (server.go, Go 1.23): ListenAndServe serves each request in its own
 *                  goroutine with a request context derived from the connection's; the context is
 *                  cancelled when the client goes away or ServeHTTP returns. Shutdown(ctx) closes the
 *                  listeners (ListenAndServe returns ErrServerClosed at once), then waits for active
 *                  requests to finish: nil if they do, ctx.Err() if ctx ends first (requests keep
 *                  running). The seed's `log.Fatal(srv.ListenAndServe())` before the shutdown code is
 *                  a bug: ListenAndServe must run in its own goroutine.
 * Model:           requests arrive on a channel (the "listener"); the accept loop selects on it and on
 *                  a quit channel. An in-flight counter closes a `drained` channel when it reaches zero
 *                  after shutdown began; Shutdown selects on drained and ctx.done().
 * Invariants:      GS-I1 no request is accepted after Shutdown begins. GS-I2 Shutdown returns nil only when
 *                  no request is in flight. GS-I3 with a request timeout, a ctx-honouring handler holds its
 *                  goroutine at most that long (STD-01.03).
 * Differs from Go: no sockets; Go polls idle connections on a ticker, here a channel is closed.
 * See:             ShutdownAnswersTest (STD-01.01-04).
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import dev.golab.xsync.GoException;
import java.time.Duration;

public final class GracefulServer {
    /** http.ErrServerClosed. */
    public static final GoException ERR_SERVER_CLOSED = new GoException("http: Server closed");

    /** A request: the client's context, a path, and where the response goes. */
    public record Request(Context ctx, String path, Chan<String> reply) {}

    @FunctionalInterface
    public interface Handler {
        String serve(Context reqCtx, Request r) throws Exception;
    }

    private final Handler handler;
    private final Duration requestTimeout;                          // 0 = none (Go's zero WriteTimeout)
    private final Chan<Request> listener = Chan.make();
    private final Chan<Void> quit = Chan.make();
    private final Chan<Void> drained = Chan.make();
    private int inFlight;
    private boolean shuttingDown;

    public GracefulServer(Handler handler) {
        this(handler, Duration.ZERO);
    }

    /**
     * A server whose request contexts end after requestTimeout (http.TimeoutHandler / WriteTimeout):
     * a slow peer or handler holds its goroutine at most that long if the handler honours ctx.
     */
    public GracefulServer(Handler handler, Duration requestTimeout) {
        this.handler = handler;
        this.requestTimeout = requestTimeout;
    }

    /** A client call: blocks until the server accepts it; false once the server stopped accepting. */
    public boolean offer(Request r) {
        boolean[] accepted = {false};
        Select.select(Select.send(listener, r, () -> accepted[0] = true), Select.recv(quit, v -> {}));
        return accepted[0];
    }

    /** ListenAndServe: accepts until Shutdown; always returns ErrServerClosed after it. */
    public Throwable listenAndServe() {
        while (true) {
            boolean[] stop = {false};
            Select.select(
                    Select.recv(listener, this::accept),
                    Select.recv(quit, v -> stop[0] = true));
            if (stop[0]) return ERR_SERVER_CLOSED;
        }
    }

    private void accept(Request r) {
        synchronized (this) {
            if (shuttingDown) {                                      // raced with Shutdown: refuse (GS-I1)
                Go.go(() -> r.reply().send("503 " + ERR_SERVER_CLOSED.error()));
                return;
            }
            inFlight++;
        }
        Go.go(() -> {
            CancelContext reqCtx = requestTimeout.isZero()         // cancelled when the client goes or we return
                    ? Context.withCancel(r.ctx())
                    : Context.withTimeout(r.ctx(), requestTimeout);
            try {
                r.reply().send(handler.serve(reqCtx, r));
            } catch (Exception e) {
                r.reply().send("500 " + GoException.text(e));
            } finally {
                reqCtx.cancel();
                finishOne();
            }
        });
    }

    private synchronized void finishOne() {
        if (--inFlight == 0 && shuttingDown) drained.close();
    }

    /** Shutdown(ctx): stop accepting, then wait for in-flight requests or ctx. */
    public ContextError shutdown(Context ctx) {
        synchronized (this) {
            if (!shuttingDown) {
                shuttingDown = true;
                quit.close();
                if (inFlight == 0) drained.close();
            }
        }
        ContextError[] out = {null};
        Select.select(Select.recv(drained, v -> {}), Select.recv(ctx.done(), v -> out[0] = ctx.err()));
        return out[0];
    }

    public synchronized int inFlight() {
        return inFlight;
    }
}
