package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the seed's run(ctx) for a Kubernetes service (MS-07), corrected:
 *                  go func() { if err := srv.ListenAndServe(); err != http.ErrServerClosed { … } }()
 *                  ready.Store(true)
 *                  select { case <-sigCh: case <-ctx.Done(): }      // whichever comes first
 *                  ready.Store(false)                              // readiness fails at once
 *                  time.Sleep(5 * time.Second)                     // drain: the LB notices
 *                  sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
 *                  defer cancel()
 *                  return srv.Shutdown(sctx)                       // nil, or ctx's error after 30 s
 *                  ListenAndServe returning ErrServerClosed is the normal end, not a failure.
 *                  (signal.NotifyContext, Go 1.16, folds the signal into ctx.)
 * Model:           the same steps over GracefulServer and HealthChecks; signals arrive on a channel;
 *                  each step is appended to events() so the order can be asserted; all waiting is on
 *                  the goroutine's Clock.
 * Invariants:      PAT-I8 (MS-07.03) events are: trigger, not-ready, drained, shutdown — in this order,
 *                  with the drain taking DRAIN on the clock and Shutdown's deadline DEADLINE later.
 *                  PAT-I9 (MS-07.06) ErrServerClosed is never reported as a failure.
 * Differs from Go: no OS signals or sockets: a signal is a string sent on a channel.
 * See:             HealthShutdownAnswersTest.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class ShutdownSequence {
    public static final Duration DRAIN = Duration.ofSeconds(5);
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private final GracefulServer srv;
    private final HealthChecks health;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    public ShutdownSequence(GracefulServer srv, HealthChecks health) {
        this.srv = srv;
        this.health = health;
    }

    /** Serves until a signal arrives or parent is done, then shuts down; Shutdown's error, or null. */
    public Throwable run(Context parent, Chan<String> signals) {
        Chan<Throwable> served = Chan.make(1);
        Go.go(() -> served.send(srv.listenAndServe()));                 // the seed's bug: not in a goroutine
        health.setReady(true);
        event("ready");
        Select.select(
                Select.recv(signals, s -> event("signal " + s)),
                Select.recv(parent.done(), v -> event("parent ctx " + parent.err().error())));
        health.setReady(false);                                          // PAT-I8
        event("not ready");
        Clock.current().sleep(DRAIN);
        event("drained " + DRAIN.toSeconds() + "s");
        ContextError err;
        try (CancelContext ctx = Context.withTimeout(Context.background(), DEADLINE)) {
            event("shutdown, deadline in " + Duration.between(Clock.current().now(), ctx.deadline().orElseThrow()).toSeconds() + "s");
            err = srv.shutdown(ctx);
        }
        Throwable serveErr = served.recv();
        if (serveErr == GracefulServer.ERR_SERVER_CLOSED) {
            event("server closed");                                      // PAT-I9: the normal end
        } else {
            event("listen failed: " + GoException.text(serveErr));
        }
        event("shutdown returned " + (err == null ? "nil" : err.error()));
        return err;
    }

    /** What happened, in order. */
    public List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private void event(String e) {
        events.add(e);
    }
}
