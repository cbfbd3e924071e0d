package dev.golab.errors;

import dev.golab.runtime.GoError;

/*
 * Go behaviour:    errors.New (a distinct pointer each call), errors.Is / As (errors/wrap.go, Go 1.23:
 *                  a loop down single Unwrap() error chains, a depth-first pre-order recursion into
 *                  Unwrap() []error branches, custom Is / As methods consulted at each node),
 *                  errors.Join (errors/join.go: nil operands dropped, nil when nothing is left,
 *                  Error() joins the texts with "\n"), errors.Unwrap (single-error Unwrap only).
 *                  As panics on misuse: "errors: target cannot be nil", "errors: target must be a
 *                  non-nil pointer", "errors: *target must be interface or implement error" — but
 *                  only after `err == nil` has returned false. fmt.Errorf is fmt's (dev.golab.fmt.Fmt).
 * Model:           small final classes for each Go error type (pointer identity); is/as are Go's
 *                  loops. As's target is a Class: a null Class is Go's nil target, a class that is
 *                  neither an interface nor a GoError is the "*target must be …" misuse.
 * Invariants:      ERR-I1 newError("x") != newError("x") (pointer identity, like Go).
 *                  ERR-I2 is() compares with equals(): identity for classes, value for records — Go's
 *                  `==` on comparable error values. ERR-I3 unwrap() of a joined error is null.
 * Differs from Go: As returns Optional<T> instead of assigning through a pointer, so Go's
 *                  "target must be a non-nil pointer" misuse cannot be written in Java (a Class is
 *                  never a non-pointer); the text is kept as TARGET_NOT_POINTER for reference.
 * See:             ErrorAnswersTest, ErrorfAnswersTest.
 */
import dev.golab.runtime.GoType;
import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class Errors {
    /** errors/wrap.go's panic texts. */
    public static final String TARGET_NIL = "errors: target cannot be nil";
    public static final String TARGET_NOT_POINTER = "errors: target must be a non-nil pointer";
    public static final String TARGET_NOT_ERROR = "errors: *target must be interface or implement error";

    private Errors() {}

    /** errors.New: a new, distinct error value. */
    public static GoError newError(String text) {
        return new ErrorString(text);
    }

    /** errors.Is. */
    public static boolean is(GoError err, GoError target) {
        if (err == null || target == null) return err == target;
        while (true) {
            if (Objects.equals(err, target) || err.isMatch(target)) return true;
            List<GoError> many = err.unwrapAll();
            if (!many.isEmpty()) {
                for (GoError e : many) if (e != null && is(e, target)) return true;
                return false;
            }
            err = err.unwrap();
            if (err == null) return false;
        }
    }

    /** errors.As: the first error in the tree (pre-order) that is a {@code type}. */
    public static <T> Optional<T> as(GoError err, Class<T> type) {
        if (err == null) return Optional.empty();
        if (type == null) throw new GoPanic(TARGET_NIL);
        if (!type.isInterface() && !GoError.class.isAssignableFrom(type)) throw new GoPanic(TARGET_NOT_ERROR);
        while (true) {
            if (type.isInstance(err)) return Optional.of(type.cast(err));
            Object viaMethod = err.asMatch(type);
            if (type.isInstance(viaMethod)) return Optional.of(type.cast(viaMethod));
            List<GoError> many = err.unwrapAll();
            if (!many.isEmpty()) {
                for (GoError e : many) {
                    if (e == null) continue;
                    Optional<T> found = as(e, type);
                    if (found.isPresent()) return found;
                }
                return Optional.empty();
            }
            err = err.unwrap();
            if (err == null) return Optional.empty();
        }
    }

    /** errors.Join: null when every argument is null. */
    public static GoError join(GoError... errs) {
        List<GoError> kept = new ArrayList<>();
        for (GoError e : errs) if (e != null) kept.add(e);
        return kept.isEmpty() ? null : new JoinError(List.copyOf(kept));
    }

    /** errors.Unwrap: the single wrapped error, or null (also for multi-errors). */
    public static GoError unwrap(GoError err) {
        return err == null ? null : err.unwrap();
    }

    /** *errors.errorString. Identity equality, like Go's pointer; the field keeps Go's name. */
    @GoType("*errors.errorString")
    static final class ErrorString implements GoError {
        private final String s;

        ErrorString(String text) {
            this.s = Objects.requireNonNull(text);
        }

        @Override
        public String error() {
            return s;
        }

        @Override
        public String toString() {
            return s;
        }
    }

    /** *errors.joinError. */
    @GoType("*errors.joinError")
    static final class JoinError implements GoError {
        private final List<GoError> errs;

        JoinError(List<GoError> errs) {
            this.errs = errs;
        }

        @Override
        public String error() {
            StringBuilder b = new StringBuilder(errs.getFirst().error());
            for (int i = 1; i < errs.size(); i++) b.append('\n').append(errs.get(i).error());
            return b.toString();
        }

        @Override
        public List<GoError> unwrapAll() {
            return errs;
        }

        @Override
        public String toString() {
            return error();
        }
    }
}
