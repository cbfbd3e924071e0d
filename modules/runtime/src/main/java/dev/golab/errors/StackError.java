package dev.golab.errors;

import dev.golab.runtime.GoError;

/*
 * Go behaviour:    the standard library's errors carry no stack trace (errors.New, fmt.Errorf). The
 *                  archived github.com/pkg/errors added one: Wrap(err, msg) records the call site,
 *                  `%+v` prints it, and Wrap(nil, msg) returns nil.
 * Model:           a GoError that wraps another and keeps the StackTraceElements of the wrap site;
 *                  format(true) is the %+v analogue (message, then one "\tat frame" line per frame).
 * Invariants:      SE-I1 wrap(null, msg) == null. SE-I2 error() is "msg: " + cause.error() (pkg/errors' text).
 *                  SE-I3 Errors.is / unwrap see through it.
 * Differs from Go: frames are Java frames; capturing costs a StackWalker walk (measured in
 *                  ErrorValueBenchmark), as capturing costs runtime.Callers in Go.
 * See:             ErrorAnswersTest (ERR-05).
 */
import java.util.List;

public final class StackError implements GoError {
    private static final StackWalker WALKER = StackWalker.getInstance();

    private final String message;
    private final GoError cause;
    private final List<StackWalker.StackFrame> frames;

    private StackError(String message, GoError cause, int skip) {
        this.message = message;
        this.cause = cause;
        this.frames = WALKER.walk(s -> s.skip(skip).toList());
    }

    /** pkg/errors.Wrap: null for a null err; otherwise "msg: err" with the caller's stack. */
    public static GoError wrap(GoError err, String message) {
        return err == null ? null : new StackError(message, err, 2);
    }

    /** pkg/errors.New: a new error that remembers where it was made. */
    public static StackError withStack(String message) {
        return new StackError(message, null, 2);
    }

    @Override
    public String error() {
        return cause == null ? message : message + ": " + cause.error();
    }

    @Override
    public GoError unwrap() {
        return cause;
    }

    /** The recorded call site (the frame that called wrap / withStack). */
    public StackWalker.StackFrame site() {
        return frames.getFirst();
    }

    public List<StackWalker.StackFrame> frames() {
        return frames;
    }

    /** %v (verbose == false) or %+v (verbose == true): the message, then the recorded frames. */
    public String format(boolean verbose) {
        if (!verbose) return error();
        StringBuilder b = new StringBuilder(error());
        for (StackWalker.StackFrame f : frames) {
            b.append("\n").append(f.getClassName()).append('.').append(f.getMethodName())
                    .append("\n\t").append(f.getFileName()).append(':').append(f.getLineNumber());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return error();
    }
}
