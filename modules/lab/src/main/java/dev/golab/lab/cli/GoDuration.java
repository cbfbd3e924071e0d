package dev.golab.lab.cli;

/*
 * Go behaviour:    time.ParseDuration (time/format.go, Go 1.23): an optional sign, then one or more
 *                  <decimal number><unit> terms, units ns, us, µs, μs, ms, s, m, h ("1.5h", "2h45m",
 *                  "-300ms"); "0" alone needs no unit; a number without a unit, an unknown unit or an
 *                  int64-nanosecond overflow is an error.
 * Model:           the same scan as Go's:
 *                  1. sign; "0" -> zero; "" -> invalid;
 *                  2. per term: integer digits (overflow past 2^63 -> invalid), optional fraction
 *                     (digits past uint64 precision are dropped, as leadingFraction does), unit;
 *                  3. value += v*unit + (long) (f * (unit / scale)) as float64, each step checked
 *                     against 2^63; a positive total must stay within 2^63-1.
 * Invariants:      CLI-I7 parse(s) equals Go 1.23's time.ParseDuration(s) on every accepted s, and
 *                  rejects what Go rejects (GoDurationTest compares with recorded Go output).
 * Differs from Go: the value is a java.time.Duration; the error text is the lab's one-line form.
 * See:             GoDurationTest, SchedCommand --limit.
 */
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A Go duration string such as "10ms", "1.5s" or "2h45m", parsed as time.ParseDuration does. */
public final class GoDuration implements ITypeConverter<Duration> {
    static final String VALID = "valid: a Go duration such as 10ms, 1.5s or 2h45m (units ns, us, µs, ms, s, m, h)";
    private static final long TWO_63 = Long.MIN_VALUE;  // 2^63 as an unsigned bit pattern
    private static final Map<String, Long> UNITS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    @Override
    public Duration convert(String s) {
        return Duration.ofNanos(parse(s));
    }

    /** Nanoseconds, exactly as Go's time.ParseDuration; throws TypeConversionException naming the problem. */
    public static long parse(String orig) {
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) return 0;
        if (s.isEmpty()) throw invalid(orig);
        long d = 0;                                     // unsigned, as Go's uint64
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || isDigit(c))) throw invalid(orig);
            long v = 0;
            int start = i;
            for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, 10)) > 0) throw invalid(orig);
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, TWO_63) > 0) throw invalid(orig);
            }
            boolean pre = i != start;
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                int fs = ++i;
                boolean overflow = false;
                for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                    if (overflow) continue;
                    if (f > Long.MAX_VALUE / 10) { overflow = true; continue; }
                    long y = f * 10 + (s.charAt(i) - '0');
                    if (Long.compareUnsigned(y, TWO_63) > 0) { overflow = true; continue; }
                    f = y;
                    scale *= 10;
                }
                post = i != fs;
            }
            if (!pre && !post) throw invalid(orig);
            int us = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) i++;
            if (i == us) throw new TypeConversionException("missing unit in duration \"" + orig + "\"; " + VALID);
            String u = s.substring(us, i);
            Long unit = UNITS.get(u);
            if (unit == null) throw new TypeConversionException("unknown unit \"" + u + "\" in duration \"" + orig + "\"; " + VALID);
            if (Long.compareUnsigned(v, Long.divideUnsigned(TWO_63, unit)) > 0) throw invalid(orig);
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));   // float64: exact to the ns for fractions of hours
                if (Long.compareUnsigned(v, TWO_63) > 0) throw invalid(orig);
            }
            d += v;
            if (Long.compareUnsigned(d, TWO_63) > 0) throw invalid(orig);
        }
        if (neg) return -d;                             // -(2^63) wraps to Long.MIN_VALUE, as in Go
        if (d == TWO_63) throw invalid(orig);
        return d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static TypeConversionException invalid(String orig) {
        return new TypeConversionException("invalid duration \"" + orig + "\"; " + VALID);
    }
}
