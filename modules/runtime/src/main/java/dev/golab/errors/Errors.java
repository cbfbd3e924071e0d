package dev.golab.errors;

/*
 * Go behaviour:    errors.New (a distinct pointer each call), fmt.Errorf with %w (Go 1.20: several %w
 *                  → Unwrap() []error), errors.Is / As (depth-first pre-order walk of the wrap tree,
 *                  `Is` methods consulted), errors.Join (nil dropped, texts joined by "\n"),
 *                  errors.Unwrap (single-error Unwrap only).
 * Model:           small final classes for each Go error type; is/as walk the tree recursively.
 * Invariants:      I1 newError("x") != newError("x") (pointer identity, like Go).
 *                  I2 is() compares with equals(): identity for classes, value for records — Go's
 *                  `==` on comparable error values. I3 unwrap() of a joined error is null.
 * Differs from Go: Errorf supports Go's common verbs (%v %s %d %q %w %x %f %t %%) by translation to
 *                  Java's Formatter; exotic flags may print differently.
 * See:             ErrorAnswersTest.
 */
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

public final class Errors {
    private Errors() {}

    /** errors.New: a new, distinct error value. */
    public static GoError newError(String text) {
        return new ErrorString(text);
    }

    /** fmt.Errorf. Each %w operand that is a GoError is wrapped; several %w give a multi-error. */
    public static GoError errorf(String format, Object... args) {
        return Errorf.format(format, args);
    }

    /** errors.Is. */
    public static boolean is(GoError err, GoError target) {
        if (err == null || target == null) return err == target;
        if (Objects.equals(err, target) || err.isMatch(target)) return true;
        GoError single = err.unwrap();
        if (single != null) return is(single, target);
        for (GoError e : err.unwrapAll()) if (is(e, target)) return true;
        return false;
    }

    /** errors.As: the first error in the tree (pre-order) that is a {@code type}. */
    public static <T> Optional<T> as(GoError err, Class<T> type) {
        if (err == null) return Optional.empty();
        if (type.isInstance(err)) return Optional.of(type.cast(err));
        Object viaMethod = err.asMatch(type);
        if (type.isInstance(viaMethod)) return Optional.of(type.cast(viaMethod));
        GoError single = err.unwrap();
        if (single != null) return as(single, type);
        for (GoError e : err.unwrapAll()) {
            Optional<T> found = as(e, type);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /** errors.Join: null when every argument is null. */
    public static GoError join(GoError... errs) {
        List<GoError> kept = new ArrayList<>();
        for (GoError e : errs) if (e != null) kept.add(e);
        return kept.isEmpty() ? null : new Joined(List.copyOf(kept));
    }

    /** errors.Unwrap: the single wrapped error, or null (also for multi-errors). */
    public static GoError unwrap(GoError err) {
        return err == null ? null : err.unwrap();
    }

    /** *errors.errorString. Identity equality, like Go's pointer. */
    static final class ErrorString implements GoError {
        private final String text;

        ErrorString(String text) {
            this.text = Objects.requireNonNull(text);
        }

        @Override
        public String error() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** *errors.joinError. */
    static final class Joined implements GoError {
        private final List<GoError> errs;

        Joined(List<GoError> errs) {
            this.errs = errs;
        }

        @Override
        public String error() {
            return String.join("\n", errs.stream().map(GoError::error).toList());
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

    /** *fmt.wrapError (one %w) and *fmt.wrapErrors (several). */
    static final class Wrapped implements GoError {
        private final String text;
        private final List<GoError> wrapped;

        Wrapped(String text, List<GoError> wrapped) {
            this.text = text;
            this.wrapped = wrapped;
        }

        @Override
        public String error() {
            return text;
        }

        @Override
        public GoError unwrap() {
            return wrapped.size() == 1 ? wrapped.getFirst() : null;
        }

        @Override
        public List<GoError> unwrapAll() {
            return wrapped.size() > 1 ? wrapped : List.of();
        }

        @Override
        public String toString() {
            return text + (wrapped.isEmpty() ? "" : " " + Arrays.toString(wrapped.toArray()));
        }
    }
}
