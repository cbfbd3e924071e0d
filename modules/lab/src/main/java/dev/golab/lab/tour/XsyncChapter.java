package dev.golab.lab.tour;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.rate.Limiter;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.ErrGroup;
import dev.golab.xsync.GoException;
import dev.golab.xsync.SingleFlight;
import dev.golab.xsync.patterns.CircuitBreaker;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Context, errgroup, singleflight and rate limiting — run live on dev.golab.context / xsync / rate. */
public final class XsyncChapter implements Chapter {
    @Override
    public String name() {
        return "xsync";
    }

    @Override
    public String title() {
        return "context, errgroup, singleflight, rate.Limiter, circuit breaker";
    }

    @Override
    public void run(TourOut out) {
        thunderingHerd(out);
        contextTree(out);
        errgroupFirstError(out);
        limiterBurst(out);
        breakerTrips(out);
    }

    /** CONC-11.07: 1,000 concurrent cache misses for one key, one backend call. */
    private static void thunderingHerd(TourOut out) {
        SingleFlight<String> group = new SingleFlight<>();
        AtomicInteger backendCalls = new AtomicInteger(), sharedTrue = new AtomicInteger();
        Chan<Void> backendReply = Chan.make();
        int callers = 1_000;
        CountDownLatch served = new CountDownLatch(callers);
        for (int i = 0; i < callers; i++) {
            Go.go(() -> {
                SingleFlight.Result<String> r = group.execute("user:42", () -> {
                    backendCalls.incrementAndGet();
                    backendReply.recv();                              // the slow database query
                    return "ann";
                });
                if (r.shared()) sharedTrue.incrementAndGet();
                served.countDown();
            });
        }
        Waits.until("999 callers to join the flight", () -> group.duplicates("user:42") == callers - 1);   // the herd has gathered
        backendReply.close();
        Waits.until("every caller to be served", () -> served.getCount() == 0);
        String model = "backend calls: " + backendCalls.get() + ", callers served: " + (callers - served.getCount())
                + ", shared=true for " + sharedTrue.get();
        out.behaviour("CONC-11.07", "How many backend calls do 1,000 concurrent misses for one key cause with singleflight?",
                "backend calls: 1, callers served: 1000, shared=true for 1000 (the caller that ran fn included)",
                model, model.equals("backend calls: 1, callers served: 1000, shared=true for 1000"));
    }

    /** CONC-04.03 + String(): cancellation flows down only. */
    private static void contextTree(TourOut out) {
        CancelContext parent = Context.withCancel(Context.background());
        CancelContext child = Context.withCancel(parent);
        CancelContext grandchild = Context.withCancel(child);
        CancelContext sibling = Context.withCancel(parent);
        child.cancel();
        String model = "parent=" + parent.err() + ", child=" + child.err() + ", grandchild=" + grandchild.err()
                + ", sibling=" + sibling.err();
        String go = "parent=null, child=context canceled, grandchild=context canceled, sibling=null";
        out.behaviour("CONC-04.03", "Cancelling a child: which contexts are done?", go.replace("null", "<nil>"),
                model.replace("null", "<nil>"), model.equals(go));
        parent.cancel();
        CancelContext chain = Context.withCancel(Context.withValue(Context.background(), "a", "1"));
        String s = Context.withValue(chain, "b", "2").toString();
        out.behaviour("CONC-04", "What does fmt.Sprint(ctx) print for WithValue→WithCancel→WithValue?",
                "context.Background.WithValue(a, 1).WithCancel.WithValue(b, 2)", s,
                s.equals("context.Background.WithValue(a, 1).WithCancel.WithValue(b, 2)"));
        chain.cancel();
    }

    /** CONC-07.01/03: first error wins and cancels the group's context. */
    private static void errgroupFirstError(TourOut out) {
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        // b fails only once a's error has cancelled ctx, so "first" is a fact, not a race between two
        // goroutines that fail at nearly the same moment.
        g.go(() -> { throw new GoException("fetch a: timeout"); });
        g.go(() -> { ctx.done().recvOk(); throw new GoException("fetch b: refused"); });   // a later error: dropped
        g.go(() -> { ctx.done().recvOk(); return null; });            // a sibling that stops on cancellation
        Throwable err = g.await();
        String model = "Wait() = " + GoException.text(err) + "; Cause(ctx) = " + GoException.text(Context.cause(ctx));
        out.behaviour("CONC-07.01", "Two tasks fail: what does Wait return, and what cancels the siblings?",
                "Wait() = fetch a: timeout; Cause(ctx) = fetch a: timeout", model,
                model.equals("Wait() = fetch a: timeout; Cause(ctx) = fetch a: timeout"));
    }

    /** CONC-12.01/03: the bucket starts full; then one token per 1/r (virtual clock). */
    private static void limiterBurst(TourOut out) {
        VirtualClock clock = new VirtualClock();
        Limiter lim = new Limiter(10, 5, clock);
        int first = 0;
        for (int i = 0; i < 8; i++) if (lim.allow()) first++;
        clock.advance(Duration.ofMillis(100));
        int after = 0;
        for (int i = 0; i < 3; i++) if (lim.allow()) after++;
        String[] waitErr = {""};
        Clock.runWith(clock, () -> {
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofMillis(50))) {
                waitErr[0] = GoException.text(lim.await(ctx));
            }
        });
        String model = "8 x Allow(): " + first + " ok; after 100ms: " + after + " ok; Wait(50ms ctx): " + waitErr[0];
        String go = "8 x Allow(): 5 ok; after 100ms: 1 ok; Wait(50ms ctx): rate: Wait(n=1) would exceed context deadline";
        out.behaviour("CONC-12.01", "rate.NewLimiter(10, 5): how many immediate Allows, one more after 100 ms, and Wait with too little time?",
                go, model, model.equals(go));
    }

    /** MS-03.01/02: the breaker opens on the 6th consecutive failure and then rejects without calling. */
    private static void breakerTrips(TourOut out) {
        VirtualClock clock = new VirtualClock();
        CircuitBreaker cb = new CircuitBreaker(CircuitBreaker.Settings.defaults(), clock);
        AtomicInteger calls = new AtomicInteger();
        String last = "";
        for (int i = 0; i < 8; i++) {
            try {
                cb.execute(() -> { calls.incrementAndGet(); throw new GoException("down"); });
            } catch (Exception e) {
                last = GoException.text(e);
            }
        }
        String model = "calls made: " + calls.get() + ", state: " + cb.state() + ", last error: " + last;
        String go = "calls made: 6, state: OPEN, last error: circuit breaker is open";
        out.behaviour("MS-03.01", "gobreaker defaults: 8 failing calls — how many reach the backend?", go, model, model.equals(go));
    }
}
