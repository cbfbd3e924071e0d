package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    *fmt.wrapError (fmt/errors.go): what Errorf returns for exactly one %w verb — the
 *                  message, and Unwrap() error giving that operand (nil when the operand was not an
 *                  error: Errorf("%w", "x") still returns a *wrapError, whose Unwrap() is nil).
 * Model:           a final class (pointer identity, like Go's *wrapError).
 * Invariants:      ERR-I4 error() is exactly the Sprintf text with %w printed like %v.
 * Differs from Go: none.
 * See:             ErrorfAnswersTest, FmtDifferentialTest (Errorf cases).
 */
import dev.golab.runtime.GoError;

@GoType("*fmt.wrapError")
final class WrapError implements GoError {
    private final String msg;
    private final GoError err;

    WrapError(String msg, GoError err) {
        this.msg = msg;
        this.err = err;
    }

    @Override
    public String error() {
        return msg;
    }

    @Override
    public GoError unwrap() {
        return err;
    }

    @Override
    public String toString() {
        return msg;
    }
}
