package dev.golab.runtime;

/*
 * Go behaviour:    panic(v) unwinds the goroutine, running deferred calls; recover() in a deferred
 *                  call stops it and returns v. An unrecovered panic prints `panic: ` + the value and
 *                  kills the process with exit code 2 (runtime/panic.go, printpanicval).
 * Model:           an unchecked exception carrying the panic value. getMessage() is exactly the text
 *                  Go prints after `panic: ` — an error's Error(), a string as is, a number in Go's form.
 *                  panic(nil) becomes a *runtime.PanicNilError (Go 1.21+), as a RuntimeError value.
 * Invariants:      GP-I1 value() is never null (Go 1.21 rule). GP-I2 getMessage() equals Go's text for
 *                  strings, ints, errors (benchmarks/go/oracle/data/panics.json).
 * Differs from Go: any Java Throwable escaping a goroutine is treated as a panic with that value;
 *                  GoPanic.of maps NullPointerException / ArithmeticException / array-index
 *                  exceptions to Go's runtime errors. Composite Go values print Go's "(main.T) 0x…"
 *                  with an address made from the identity hash (dev.golab.fmt's %p); objects that
 *                  are no Go value in fmt's model print their toString().
 * See:             PanicAnswersTest, DeferAnswersTest.
 */

public class GoPanic extends RuntimeException {
    private final transient Object value;
    /** The panic this one interrupted (Go's _panic.link): set when raised inside a deferred call. */
    transient GoPanic link;
    /** Set when a recover() stopped this panic (printed as " [recovered]" if a later one escapes). */
    transient boolean recovered;

    /** {@code panic(v)}. A null value is Go 1.21's panic(nil): the value becomes a PanicNilError. */
    public GoPanic(Object value) {
        this(value == null ? RuntimeError.panicNil() : value, true);
    }

    GoPanic(Object value, boolean ignored) {
        super(text(value), value instanceof Throwable t && !(value instanceof GoPanic) ? t : null);
        this.value = value;
    }

    /** The value recover() returns. */
    public Object value() {
        return value;
    }

    /** The panic a Java throwable stands for: GoPanic as is, known JDK exceptions as Go's runtime errors. */
    public static GoPanic of(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case NullPointerException npe -> RuntimeError.nilDereference();
            case ArithmeticException ae when String.valueOf(ae.getMessage()).contains("by zero") ->
                    RuntimeError.integerDivideByZero();
            case ArrayIndexOutOfBoundsException e -> RuntimeError.fromJdkIndexMessage(e.getMessage());
            case StringIndexOutOfBoundsException e -> RuntimeError.fromJdkIndexMessage(e.getMessage());
            default -> new GoPanic(t);
        };
    }

    /**
     * What Go prints for a panic value (preprintpanics + printpanicval), as package fmt's
     * PanicValues renders it: Error() for errors, String() for Stringers, print's forms for numbers,
     * T(v) for a defined basic type, "(T) 0x…" for any other Go value.
     */
    public static String text(Object v) {
        return PanicPrinter.installed().text(v);
    }
}
