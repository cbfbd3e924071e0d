package dev.golab.runtime;

/*
 * Go behaviour:    `type error interface { Error() string }` (builtin). An error may wrap another
 *                  (`Unwrap() error`) or several (`Unwrap() []error`, Go 1.20).
 * Model:           an interface with error(); unwrap() for one wrapped error, unwrapAll() for a
 *                  list. Errors.is/as walk the tree depth-first, pre-order, like Go's errors.Is.
 * Invariants:      GE-I1 error() never returns null. GE-I2 at most one of unwrap()/unwrapAll() is non-empty.
 * Differs from Go: Java has no structural typing; a type opts in by implementing GoError. The
 *                  optional `Is(error) bool` / `As(any) bool` methods are isMatch/asMatch here.
 * See:             ErrorAnswersTest.
 */
import java.util.List;

public interface GoError {
    /** Go's Error(). */
    String error();

    /** Go's `Unwrap() error`; null when nothing is wrapped. */
    default GoError unwrap() {
        return null;
    }

    /** Go's `Unwrap() []error` (errors.Join, fmt.Errorf with several %w); empty when not a multi-error. */
    default List<GoError> unwrapAll() {
        return List.of();
    }

    /** Go's optional `Is(target error) bool` method, consulted by Errors.is. */
    default boolean isMatch(GoError target) {
        return false;
    }

    /**
     * Go's optional `As(target any) bool` method, consulted by Errors.as: return a value of
     * {@code type} that this error wants to be seen as, or null.
     */
    default Object asMatch(Class<?> type) {
        return null;
    }
}
