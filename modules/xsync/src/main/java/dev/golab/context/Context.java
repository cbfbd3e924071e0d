package dev.golab.context;

/*
 * Go behaviour:    context.Context (context.go, Go 1.23): an immutable tree of contexts. Background/TODO
 *                  are roots that are never cancelled (Done() == nil). WithCancel / WithDeadline /
 *                  WithTimeout / WithCancelCause / WithDeadlineCause / WithTimeoutCause / AfterFunc add
 *                  a cancellable node that registers with its nearest cancellable ancestor; cancelling
 *                  a node closes its Done channel, sets Err (Canceled or DeadlineExceeded) and Cause, and
 *                  cancels its descendants — never its parent or siblings. WithValue adds a key/value
 *                  node; WithoutCancel keeps values but cuts cancellation.
 * Model:           one class per Go type (EmptyCtx, CancelCtx, TimerCtx, ValueCtx, WithoutCancelCtx,
 *                  AfterFuncCtx); the factory methods below are context.go's exported functions. A
 *                  CancelContext is the context and its CancelFunc together.
 * Invariants:      CT-I1 Err() == null iff Done() is not closed. CT-I2 cancellation reaches exactly the
 *                  subtree (ContextPropertiesTest). CT-I3 a child's deadline is never after its parent's.
 *                  CT-I4 deadlines are Clock timers: no thread per context.
 * Differs from Go: done() is a golab Chan<Void>; Err() is typed ContextError. A custom Context parent
 *                  that is not one of ours is watched by a goroutine, as in Go (no afterFuncer path).
 * See:             ContextAnswersTest, ContextPropertiesTest, ContextBenchmark.
 */
import dev.golab.chan.Chan;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

public interface Context {
    /** Deadline(): the time when work done for this context should be cancelled, if any. */
    Optional<Instant> deadline();

    /** Done(): closed when this context is cancelled; {@code Chan.nil()} if it can never be. */
    Chan<Void> done();

    /** Err(): null while not done, else CANCELED or DEADLINE_EXCEEDED. */
    ContextError err();

    /** Value(key): the value of the nearest ancestor holding key (same type and equal), else null. */
    Object value(Object key);

    /** context.Background(). */
    static Context background() {
        return EmptyCtx.BACKGROUND;
    }

    /** context.TODO(). */
    static Context todo() {
        return EmptyCtx.TODO;
    }

    /** context.WithCancel(parent). */
    static CancelContext withCancel(Context parent) {
        return CancelCtx.withCancel(requireParent(parent));
    }

    /** context.WithCancelCause(parent). */
    static CancelCauseContext withCancelCause(Context parent) {
        return CancelCtx.withCancel(requireParent(parent));
    }

    /** context.WithDeadline(parent, d) on the current Clock. */
    static CancelContext withDeadline(Context parent, Instant d) {
        return TimerCtx.withDeadlineCause(requireParent(parent), d, null, Clock.current());
    }

    /** context.WithDeadlineCause(parent, d, cause): cause is reported when the deadline passes. */
    static CancelContext withDeadlineCause(Context parent, Instant d, Throwable cause) {
        return TimerCtx.withDeadlineCause(requireParent(parent), d, cause, Clock.current());
    }

    /** context.WithTimeout(parent, timeout) = WithDeadline(parent, Now().Add(timeout)). */
    static CancelContext withTimeout(Context parent, Duration timeout) {
        Clock clock = Clock.current();
        return TimerCtx.withDeadlineCause(requireParent(parent), clock.now().plus(Clock.saturate(timeout)), null, clock);
    }

    /** context.WithTimeoutCause(parent, timeout, cause). */
    static CancelContext withTimeoutCause(Context parent, Duration timeout, Throwable cause) {
        Clock clock = Clock.current();
        return TimerCtx.withDeadlineCause(requireParent(parent), clock.now().plus(Clock.saturate(timeout)), cause, clock);
    }

    /** context.WithValue(parent, key, val). A nil key panics "nil key", as in Go. */
    static Context withValue(Context parent, Object key, Object val) {
        requireParent(parent);
        if (key == null) throw new GoPanic("nil key");
        return new ValueCtx(parent, key, val);
    }

    /** context.WithoutCancel(parent): values pass through; never done, no deadline. */
    static Context withoutCancel(Context parent) {
        return new WithoutCancelCtx(requireParent(parent));
    }

    /** context.Cause(ctx): the cause of the nearest cancelled ancestor; Err() if none recorded. */
    static Throwable cause(Context ctx) {
        return CancelCtx.cause(ctx);
    }

    /**
     * context.AfterFunc(ctx, f): runs f in its own goroutine once ctx is done (at once if it already
     * is). stop() returns true if it stopped f from being run, false if f already started or was stopped.
     */
    static BooleanSupplier afterFunc(Context ctx, Runnable f) {
        return AfterFuncCtx.register(ctx, f);
    }

    private static Context requireParent(Context parent) {
        if (parent == null) throw new GoPanic("cannot create context from nil parent");
        return parent;
    }
}
