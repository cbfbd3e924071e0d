package dev.golab.fmt;

/*
 * Go behaviour:    fmt.GoStringer: `GoString() string`, used by %#v instead of the Go-syntax form.
 * Model:           opt-in interface, as Stringer.
 * Invariants:      FMT-I12 goString() is used only under %#v.
 * Differs from Go: opt-in instead of structural.
 * See:             FmtAnswersTest.
 */
@FunctionalInterface
public interface GoStringer {
    String goString();
}
