package dev.golab.context;

/*
 * Go behaviour:    context.AfterFunc (Go 1.21): registers f to run in its own goroutine once ctx is
 *                  done — immediately if it already is. stop() unregisters it: true if that stopped f
 *                  from running, false if f already started or stop was already called.
 * Model:           an afterFuncCtx is a cancelCtx child of ctx with a once: whoever wins the once —
 *                  cancel (starts `go f()`) or stop (cancels the node, returns true) — decides.
 * Invariants:      AF-I1 f runs at most once. AF-I2 stop() returns true at most once, and never after f started.
 * Differs from Go: none observable.
 * See:             ContextAnswersTest (AfterFunc in benchmarks/go/oracle/data/context.json).
 */
import dev.golab.runtime.Go;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

final class AfterFuncCtx extends CancelCtx {
    private final Runnable f;
    private final AtomicBoolean once = new AtomicBoolean();

    private AfterFuncCtx(Context parent, Runnable f) {
        super(parent);
        this.f = f;
    }

    static BooleanSupplier register(Context ctx, Runnable f) {
        AfterFuncCtx a = new AfterFuncCtx(ctx, f);
        propagateCancel(ctx, a);
        return () -> {
            boolean stopped = a.once.compareAndSet(false, true);
            if (stopped) a.cancel(true, ContextError.CANCELED, null);
            return stopped;
        };
    }

    @Override
    void cancel(boolean removeFromParent, ContextError e, Throwable c) {
        super.cancel(false, e, c);
        if (removeFromParent) removeChild(parent, this);
        if (once.compareAndSet(false, true)) Go.go(f);
    }
}
