package dev.golab.xsync;

/*
 * Go behaviour:    golang.org/x/sync/errgroup.Group, x/sync v0.16.0 (June 2025, after the revert of
 *                  panic propagation: golang/go#53757 was implemented in v0.15.0's CL and reverted,
 *                  #74275 declined). Go(f) starts f in a goroutine, blocking first while the group is
 *                  at its limit (sem <- token{}); TryGo does a non-blocking send instead. Wait waits for
 *                  every f, cancels the WithContext context with the first error as its cause, and
 *                  returns that first error (later ones are dropped). SetLimit(n) while goroutines are
 *                  active panics "errgroup: modify limit while N goroutines in the group are still
 *                  active"; n < 0 removes the limit. A panic in f is NOT recovered: it crashes the
 *                  process (Go's default for an unrecovered goroutine panic).
 * Model:           1. sem: a golab Chan of capacity n (null = no limit); a send takes a slot, the
 *                     goroutine's exit receives it back.
 *                  2. wg: dev.golab.sync.WaitGroup (add before `go`, done after f — also when f panics, because
 *                     Go runs `defer g.done()` while the panic unwinds).
 *                  3. errOnce: a CAS on the first error; with a context, cancel(err) at that moment.
 * Invariants:      EG-I1 active goroutines <= limit (ErrGroupAnswersTest CONC-07.04). EG-I2 await() returns
 *                  the first error recorded, never a later one. EG-I3 the context is done after await().
 * Differs from Go: f is a Callable; an exception it throws is its error (a GoPanic is a panic and
 *                  goes to Go.setCrashHandler, like Go's crash).
 * See:             ErrGroupAnswersTest, ErrGroupBenchmark.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.CancelCauseContext;
import dev.golab.context.Context;
import dev.golab.sync.WaitGroup;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

public final class ErrGroup {
    private final CancelCauseContext ctx;            // null for the zero Group
    private final WaitGroup wg = new WaitGroup();
    private final AtomicReference<Throwable> err = new AtomicReference<>();
    private volatile Chan<Object> sem;

    /** The zero Group: no limit, no cancellation. */
    public ErrGroup() {
        this.ctx = null;
    }

    private ErrGroup(CancelCauseContext ctx) {
        this.ctx = ctx;
    }

    /** errgroup.WithContext(ctx): the group and a derived context, read with {@link #context()}. */
    public static ErrGroup withContext(Context parent) {
        return new ErrGroup(Context.withCancelCause(parent));
    }

    /** The derived context of WithContext (null for the zero Group). */
    public Context context() {
        return ctx;
    }

    /** Go(f): runs f in a new goroutine; blocks while the group is at its limit. */
    public void go(Callable<?> f) {
        Chan<Object> s = sem;
        if (s != null) s.send(Boolean.TRUE);                  // sem <- token{}: blocks at the limit
        start(s, f);
    }

    /** TryGo(f): starts f only if below the limit; false (and f not run) otherwise. */
    public boolean tryGo(Callable<?> f) {
        Chan<Object> s = sem;
        if (s != null) {
            boolean[] sent = {false};
            Select.select(Select.send(s, Boolean.TRUE, () -> sent[0] = true), Select.otherwise(() -> {}));
            if (!sent[0]) return false;
        }
        start(s, f);
        return true;
    }

    private void start(Chan<Object> s, Callable<?> f) {
        wg.add(1);
        Go.go(() -> {
            try {
                f.call();
            } catch (Throwable t) {
                if (t instanceof Error e) throw e;              // a fatal error / Goexit: not an error value
                if (t instanceof GoPanic p) throw p;            // a panic crashes, as in Go (not recovered)
                if (err.compareAndSet(null, t) && ctx != null) ctx.cancel(t);
            } finally {
                if (s != null) s.recv();                       // <-g.sem
                wg.done();
            }
        });
    }

    /** SetLimit(n): at most n active goroutines; n < 0 means no limit. Panics while any are active. */
    public void setLimit(int n) {
        if (n < 0) {
            sem = null;
            return;
        }
        Chan<Object> s = sem;
        if (s != null && s.len() != 0) {
            throw new GoPanic(new GoException(
                    "errgroup: modify limit while " + s.len() + " goroutines in the group are still active"));
        }
        sem = Chan.make(n);
    }

    /** Wait(): blocks until every f returned; cancels the context; returns the first error or null. */
    public Throwable await() {
        wg.await();
        Throwable first = err.get();
        if (ctx != null) ctx.cancel(first);
        return first;
    }
}
