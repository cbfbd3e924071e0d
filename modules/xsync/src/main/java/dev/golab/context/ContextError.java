package dev.golab.context;

/*
 * Go behaviour:    context.Canceled (an *errors.errorString "context canceled") and
 *                  context.DeadlineExceeded (a deadlineExceededError "context deadline exceeded" whose
 *                  Timeout() and Temporary() are true) — the only two values Err() ever returns
 *                  (context.go, Go 1.23).
 * Model:           two singleton throwables that are also Go error values (GoError), compared by
 *                  identity like Go's sentinels (`ctx.Err() == context.Canceled`).
 * Invariants:      CE-I1 exactly two instances exist. CE-I2 error() is Go's text.
 * Differs from Go: a Java throwable so it can travel as a task's error; stackless, like Go's errors.
 * See:             ContextOracleTest (sentinel_errors in benchmarks/go/oracle/data/context.json).
 */
import dev.golab.runtime.GoError;

public final class ContextError extends RuntimeException implements GoError {
    /** context.Canceled. */
    public static final ContextError CANCELED = new ContextError("context canceled", false);
    /** context.DeadlineExceeded. */
    public static final ContextError DEADLINE_EXCEEDED = new ContextError("context deadline exceeded", true);

    private final boolean timeout;

    private ContextError(String text, boolean timeout) {
        super(text, null, false, false);
        this.timeout = timeout;
    }

    @Override
    public String error() {
        return getMessage();
    }

    /** net.Error's Timeout(): true only for DeadlineExceeded. */
    public boolean timeout() {
        return timeout;
    }

    /** Temporary(): true only for DeadlineExceeded. */
    public boolean temporary() {
        return timeout;
    }

    /** Go's %T of the sentinel. */
    public String goType() {
        return timeout ? "context.deadlineExceededError" : "*errors.errorString";
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
