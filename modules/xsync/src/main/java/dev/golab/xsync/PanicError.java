package dev.golab.xsync;

/*
 * Go behaviour:    singleflight's *panicError: the value fn panicked with plus the stack of the goroutine
 *                  that ran it, so every waiter that re-raises it shows where the panic happened;
 *                  Error() is value + "\n\n" + stack (singleflight.go).
 * Model:           a GoError holding the original value and the Java stack trace text.
 * Invariants:      PE-I1 value() is the original panic value (what recover() returns inside the leader).
 * Differs from Go: the stack is the Java stack trace of the throwable.
 * See:             SingleFlightAnswersTest (CONC-11.A2).
 */

import dev.golab.runtime.GoError;
import dev.golab.runtime.GoPanic;
import java.io.PrintWriter;
import java.io.StringWriter;

public final class PanicError implements GoError {
    private final Object value;
    private final String stack;

    PanicError(Object value, Throwable where) {
        this.value = value;
        StringWriter sw = new StringWriter();
        where.printStackTrace(new PrintWriter(sw));
        this.stack = sw.toString();
    }

    /** The original panic value (what recover() returned inside the leader). */
    public Object value() {
        return value;
    }

    public String stack() {
        return stack;
    }

    @Override
    public String error() {
        return GoPanic.text(value) + "\n\n" + stack;
    }

    @Override
    public String toString() {
        return error();
    }
}
