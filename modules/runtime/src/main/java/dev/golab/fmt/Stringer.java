package dev.golab.fmt;

/*
 * Go behaviour:    fmt.Stringer: `String() string`, used by %v %s %x %X %q (and Print, Println) for
 *                  any operand that has it, at any depth (slice elements, map keys, struct fields).
 * Model:           every Java object has toString(), so a type opts in to Go's Stringer by
 *                  implementing this interface; toString() of other objects is not consulted.
 * Invariants:      FMT-I11 only Stringer (and GoError) values print through their method.
 * Differs from Go: opt-in instead of structural.
 * See:             FmtAnswersTest.
 */
@FunctionalInterface
public interface Stringer {
    String string();
}
