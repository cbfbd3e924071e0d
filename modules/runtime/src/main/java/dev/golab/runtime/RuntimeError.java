package dev.golab.runtime;

/*
 * Go behaviour:    panics raised by the runtime itself carry a runtime.Error (boundsError,
 *                  errorString, plainError, *PanicNilError). Most texts start with
 *                  "runtime error: "; plainError ones (close of closed channel, send on closed
 *                  channel) do not, yet still implement runtime.Error (panics-meta.json).
 * Model:           a GoPanic whose value is itself, so recover() returns a runtime.Error that is
 *                  also a GoError. Factories hold Go's exact texts in one place.
 * Invariants:      RE-I1 value() == this. RE-I2 error() == getMessage() == Go's text.
 * Differs from Go: none in text; Go's distinct dynamic types are one Java class here.
 * See:             PanicAnswersTest.
 */
import dev.golab.runtime.GoError;
import java.util.regex.Pattern;

public class RuntimeError extends GoPanic implements GoError {
    private static final Pattern JDK_INDEX = Pattern.compile("Index (-?\\d+) out of bounds for length (\\d+)");

    /** A runtime error with exactly this text (include "runtime error: " where Go does). */
    public RuntimeError(String text) {
        super(text, true);
    }

    @Override
    public Object value() {
        return this;
    }

    @Override
    public String error() {
        return getMessage();
    }

    @Override
    public String toString() {
        return getMessage();
    }

    public static RuntimeError nilDereference() {
        return new RuntimeError("runtime error: invalid memory address or nil pointer dereference");
    }

    public static RuntimeError integerDivideByZero() {
        return new RuntimeError("runtime error: integer divide by zero");
    }

    /** s[i] with i outside [0, len): Go omits the length for a negative index. */
    public static RuntimeError indexOutOfRange(long index, long length) {
        return new RuntimeError(index < 0
                ? "runtime error: index out of range [" + index + "]"
                : "runtime error: index out of range [" + index + "] with length " + length);
    }

    /** Go 1.21+: panic(nil) panics with a *runtime.PanicNilError. */
    static RuntimeError panicNil() {
        return new RuntimeError("panic called with nil argument");
    }

    static RuntimeError fromJdkIndexMessage(String jdkMessage) {
        var m = JDK_INDEX.matcher(String.valueOf(jdkMessage));
        if (m.find()) return indexOutOfRange(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        return new RuntimeError("runtime error: index out of range");
    }
}
