/**
 * Errors as values — Go's errors package and fmt.Errorf (Go 1.20+ multi-%w), plus the archived
 * pkg/errors stack-capturing wrapper for ERR-05.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>errors.New values compare by identity; record errors compare by value (Go's == on comparable values).</li>
 *   <li>Is/As walk the wrap tree depth-first, pre-order, consulting custom Is/As methods.</li>
 *   <li>Unwrap returns only a single wrapped error: nil for Join and multi-%w errors.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * GoError (Error, Unwrap, Unwrap []error, Is, As) · Errors (New, Errorf, Is, As, Join, Unwrap) ·
 * Errorf (Go verb translation) · StackError (Wrap with call site, %+v).
 *
 * <h2>Differences from Go</h2>
 * Java has no structural typing: a type is an error by implementing GoError. Errorf translates Go's
 * common verbs to java.util.Formatter; exotic flags may print differently.
 */
package dev.golab.errors;
