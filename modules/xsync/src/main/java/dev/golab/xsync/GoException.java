package dev.golab.xsync;

import dev.golab.fmt.Fmt;

/*
 * Go behaviour:    a Go function reports failure by returning an `error` value; errors are plain values
 *                  (no stack trace, builtin `error` interface).
 * Model:           golab's concurrency APIs take Java lambdas, whose failure channel is an exception.
 *                  An exception thrown by a task IS its returned error; only a GoPanic (or a Java
 *                  Error) is a panic. GoException carries a Go error value (GoError) through that
 *                  channel without a stack trace, so `errors.Is` identity and Error() text survive.
 * Invariants:      GX-I1 getMessage() == error(). GX-I2 no stack trace is captured (Go errors have none).
 * Differs from Go: Java forces errors and results into one channel; any non-GoPanic exception thrown by
 *                  a task is treated as its error (including NullPointerException, which Go would
 *                  report as a nil-dereference panic).
 * See:             ErrGroupAnswersTest, LimiterAnswersTest.
 */
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.runtime.GoPanic;

public class GoException extends RuntimeException implements GoError {
    private final transient GoError wrapped;

    /** errors.New(text) as a throwable value. Each call is a distinct error, like Go's pointer. */
    public GoException(String text) {
        this(Errors.newError(text));
    }

    /** Carries an existing Go error value. */
    public GoException(GoError err) {
        super(err.error(), null, false, false);
        this.wrapped = err;
    }

    /** fmt.Errorf(format, args...) as a throwable value. */
    public static GoException errorf(String format, Object... args) {
        return new GoException(Fmt.errorf(format, args));
    }

    /** The Go error value carried. */
    public GoError value() {
        return wrapped;
    }

    @Override
    public String error() {
        return wrapped.error();
    }

    @Override
    public GoError unwrap() {
        return wrapped.unwrap();
    }

    @Override
    public java.util.List<GoError> unwrapAll() {
        return wrapped.unwrapAll();
    }

    @Override
    public boolean isMatch(GoError target) {
        return target == wrapped || (target instanceof GoException g && g.wrapped == wrapped);
    }

    /** True when a task's throwable is a panic (GoPanic, or a Java Error such as GoFatal), not an error. */
    public static boolean isPanic(Throwable t) {
        return t instanceof GoPanic || t instanceof Error;
    }

    /** Go's `%v` of an error value: Error() for GoErrors, the message otherwise. */
    public static String text(Throwable t) {
        if (t == null) return "<nil>";
        if (t instanceof GoError g) return g.error();
        return t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    }

    @Override
    public String toString() {
        return error();
    }
}
