package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    *fmt.wrapErrors (fmt/errors.go, Go 1.20+): what Errorf returns for two or more %w
 *                  verbs — the message, and Unwrap() []error listing each wrapped operand once, in
 *                  argument order when an index reordered them, and leaving out operands that are
 *                  not errors. errors.Unwrap gives nil for it; Is and As search every branch.
 * Model:           a final class holding an immutable list.
 * Invariants:      ERR-I5 unwrap() is null; unwrapAll() holds no duplicates of one argument.
 * Differs from Go: none.
 * See:             ErrorfAnswersTest, FmtDifferentialTest (Errorf cases).
 */
import dev.golab.runtime.GoError;
import java.util.List;

@GoType("*fmt.wrapErrors")
final class WrapErrors implements GoError {
    private final String msg;
    private final List<GoError> errs;

    WrapErrors(String msg, List<GoError> errs) {
        this.msg = msg;
        this.errs = List.copyOf(errs);
    }

    @Override
    public String error() {
        return msg;
    }

    @Override
    public List<GoError> unwrapAll() {
        return errs;
    }

    @Override
    public String toString() {
        return msg;
    }
}
