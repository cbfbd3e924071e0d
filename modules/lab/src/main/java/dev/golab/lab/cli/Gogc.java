package dev.golab.lab.cli;

/*
 * Go behaviour:    readGOGC (runtime/mgcpacer.go, Go 1.23): "off" -> -1 (collector off); an int32 -> that
 *                  percentage, a negative one also meaning off; anything else -> silently 100.
 * Model:           "off" or an integer in [-1, 2^31-1] is accepted and read by Pacer.readGOGC (the lab's
 *                  one reader); any other text is rejected.
 * Invariants:      CLI-I5 an accepted value gives exactly what Pacer.readGOGC (and Go) gives.
 * Differs from Go: Go turns a typo (GOGC=1OO) into 100 without a word; the CLI rejects it (exit 2), and
 *                  takes -1 as the only negative spelling of off.
 * See:             CliConvertersTest, dev.golab.gc.Pacer#readGOGC.
 */
import dev.golab.gc.pacer.Pacer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A GOGC value: a percentage, or -1 for "off". */
public final class Gogc implements ITypeConverter<Integer> {
    static final String VALID = "valid: off (or -1) or a percentage from 0 to 2147483647, e.g. 50, 100, 200";

    @Override
    public Integer convert(String s) {
        if (!s.equals("off")) {
            long v;
            try {
                v = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + s + "' is not a GOGC value (Go would silently use 100); " + VALID);
            }
            if (s.startsWith("+") || v < -1 || v > Integer.MAX_VALUE) {
                throw new TypeConversionException("'" + s + "' is out of range; " + VALID);
            }
        }
        return Pacer.readGOGC(s);
    }

    /** How Go's gctrace and GODEBUG print the value back: "off" or the percentage. */
    public static String format(int gogc) {
        return gogc < 0 ? "off" : Integer.toString(gogc);
    }
}
