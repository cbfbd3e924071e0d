package dev.golab.fmt;

/*
 * Go behaviour:    runtime/panic.go printpanicval (Go 1.23): after "panic: " an error prints its
 *                  Error(), a Stringer its String(), a string as is, numbers in print's forms (floats
 *                  as +1.500000e+000, runes as numbers), a defined basic type as T(v), any other
 *                  value as "(T) 0x…".
 * Model:           the provider of dev.golab.runtime.PanicPrinter (META-INF/services), so that
 *                  runtime stays below fmt, as Go's runtime does.
 * Invariants:      FMT-I30 text(v) is what Go prints for panic(v) (PanicAnswersTest, recorded Go).
 * Differs from Go: addresses come from identity hashes (see Fmt.address).
 * See:             GoPanic, PanicAnswersTest.
 */
import dev.golab.runtime.GoError;
import dev.golab.runtime.PanicPrinter;

public final class PanicValues implements PanicPrinter {
    /**
     * What Go prints for a panic value (preprintpanics + printpanicval): Error() for errors, String()
     * for Stringers, the text for strings, print's forms for numbers, T(v) for a defined basic type,
     * and "(T) 0x…" (type and address) for any other Go value.
     */
    public String text(Object v) {
        return switch (v) {
            case null -> "nil";
            case GoError e -> e.error();
            case Stringer s -> s.string();
            case Throwable t -> t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            case Float f -> goFloat(f.doubleValue());
            case Double d -> goFloat(d);
            case Character c -> String.valueOf((int) c);                 // a rune is an int32
            case Complex c -> "(" + goFloat(c.re()) + goFloat(c.im()) + "i)";
            case String s -> s;
            case Boolean b -> b.toString();
            case Number n -> n.toString();
            case GoInt g -> g.toString();
            case Record r when Fmt.underlying(r) != r -> {
                Object u = Fmt.underlying(r);                               // printanycustomtype: T(v)
                yield Fmt.typeName(r) + "(" + (u instanceof String str ? "\"" + str + "\"" : text(u)) + ")";
            }
            default -> Fmt.isGoValue(v) ? "(" + Fmt.typeName(v) + ") " + Fmt.address(v) : String.valueOf(v);
        };
    }

    /** Go prints floats in panics with print's %e-like form, e.g. +1.500000e+000. */
    private static String goFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        String s = String.format("%+.6e", d);          // +1.500000e+00
        int e = s.indexOf('e');
        String exp = s.substring(e + 2);
        char sign = s.charAt(e + 1);
        return s.substring(0, e + 1) + sign + "0".repeat(Math.max(0, 3 - exp.length())) + exp;
    }
}
