/**
 * Errors as values — Go's errors package (errors.go, wrap.go, join.go; Go 1.23); fmt.Errorf lives in
 * dev.golab.fmt (Fmt.errorf, with *fmt.wrapError / *fmt.wrapErrors); plus the archived pkg/errors
 * stack-capturing wrapper for ERR-05.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>ERR-I1 errors.New values compare by identity; record errors compare by value (Go's == on comparable values).</li>
 *   <li>Is/As walk the wrap tree depth-first, pre-order, consulting custom Is/As methods.</li>
 *   <li>ERR-I3 Unwrap returns only a single wrapped error: nil for Join and multi-%w errors.</li>
 *   <li>As panics on misuse with wrap.go's texts, but only for a non-nil err.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * GoError (Error, Unwrap, Unwrap []error, Is, As) · Errors (New, Errorf → Fmt.errorf, Is, As, Join,
 * Unwrap; *errors.errorString, *errors.joinError) · StackError (Wrap with call site, %+v).
 *
 * <h2>Differences from Go</h2>
 * Java has no structural typing: a type is an error by implementing GoError. As takes a Class and
 * returns an Optional, so Go's "target must be a non-nil pointer" misuse cannot be written.
 */
package dev.golab.errors;
