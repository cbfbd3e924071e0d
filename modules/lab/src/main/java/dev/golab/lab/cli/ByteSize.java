package dev.golab.lab.cli;

/*
 * Go behaviour:    GOMEMLIMIT is read by runtime.parseByteCount (runtime/string.go, Go 1.23): "off", or
 *                  a non-negative integer with an optional suffix B, KiB, MiB, GiB or TiB (powers of
 *                  1024). Anything else, "1GB" included, stops the program: "malformed GOMEMLIMIT".
 * Model:           1. "off" -> Pacer.NO_LIMIT;
 *                  2. check the text against parseByteCount's grammar (digits, then one of the suffixes);
 *                  3. let Pacer.parseMemoryLimit (the lab's one parser) compute the value; overflow of
 *                     int64 is rejected as Go rejects it.
 * Invariants:      CLI-I4 every text Go's parseByteCount accepts is accepted with the same value; every
 *                  text it rejects is rejected with one line naming valid forms.
 * Differs from Go: Go crashes at start-up on a malformed GOMEMLIMIT; the CLI rejects the flag (exit 2).
 *                  A decimal unit (1GB, 30MB) gets its own hint, since Go would not accept it.
 * See:             CliConvertersTest, dev.golab.gc.Pacer#parseMemoryLimit.
 */
import dev.golab.gc.pacer.Pacer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A GOMEMLIMIT value: bytes, or {@link Pacer#NO_LIMIT} for "off". */
public final class ByteSize implements ITypeConverter<Long> {
    private static final Pattern GO_FORM = Pattern.compile("[0-9]+(B|KiB|MiB|GiB|TiB)?");
    private static final Pattern DECIMAL_UNIT = Pattern.compile("([0-9]+)\\s*([kKMGT])B");
    static final String VALID = "valid: off, bytes (1048576) or a number with B, KiB, MiB, GiB, TiB (30MiB, 1GiB)";

    @Override
    public Long convert(String s) {
        if (s.equals("off")) return Pacer.NO_LIMIT;
        Matcher decimal = DECIMAL_UNIT.matcher(s);
        if (decimal.matches()) {
            throw new TypeConversionException("'" + s + "' uses a decimal unit, which GOMEMLIMIT does not read "
                    + "(Go stops with \"malformed GOMEMLIMIT\"); " + VALID + ", e.g. " + decimal.group(1)
                    + decimal.group(2).toUpperCase() + "iB");
        }
        if (!GO_FORM.matcher(s).matches()) throw new TypeConversionException("'" + s + "' is not a byte size; " + VALID);
        try {
            return Pacer.parseMemoryLimit(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new TypeConversionException("'" + s + "' is more than int64 bytes; " + VALID);
        }
    }

    /** The shortest exact GOMEMLIMIT spelling of {@code bytes} ("off", "30MiB", "1000B"). */
    public static String format(long bytes) {
        if (bytes == Pacer.NO_LIMIT) return "off";
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (u < units.length - 1 && bytes != 0 && bytes % 1024 == 0) {
            bytes /= 1024;
            u++;
        }
        return bytes + units[u];
    }
}
