package dev.golab.context;

/*
 * Go behaviour:    the text forms context.go's String() methods use: stringify (Stringer, string,
 *                  <nil>, else the type name), time.Time.String() and time.Duration.String() (Go 1.23).
 * Model:           pure functions. Duration: "0s", "999ns", "1.5µs", "2ms", "1h2m3.5s" (fmtFrac /
 *                  fmtInt of time.go). Time: "2006-01-02 15:04:05.999999999 -0700 MST" rendered in UTC.
 * Invariants:      GFMT-I1 duration(d) equals Go's d.String() on Go's own TestDurationString table (GoFormatTest).
 * Differs from Go: times print in UTC and without Go's monotonic "m=+…" suffix (an Instant has no
 *                  monotonic reading). Go type names of Java values are fmt's %T (dev.golab.fmt.GoTypes:
 *                  Integer → int, Long → int64, Byte → int8, …; a class without @GoType prints
 *                  "<last package segment>.<SimpleName>", so a test fixture in package `main` prints main.keyA).
 * See:             ContextAnswersTest (String forms), GoFormatTest.
 */
import dev.golab.fmt.Fmt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

final class GoFormat {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private GoFormat() {}

    /** context.go stringify(v). */
    static String stringify(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case dev.golab.fmt.Stringer s -> s.string();
            case String s -> s;
            default -> typeName(v);
        };
    }

    /** reflectlite.TypeOf(v).String() for a Java value: fmt's %T (dev.golab.fmt's value model). */
    static String typeName(Object v) {
        return Fmt.typeName(v);
    }

    /** time.Time.String() of an instant, in UTC: "2100-01-01 00:00:00 +0000 UTC". */
    static String time(Instant t) {
        StringBuilder b = new StringBuilder(DATE_TIME.format(t));
        int nanos = t.getNano();
        if (nanos != 0) {
            String frac = String.format("%09d", nanos).replaceAll("0+$", "");
            b.append('.').append(frac);
        }
        return b.append(" +0000 UTC").toString();
    }

    /** time.Duration.String(). */
    static String duration(long d) {
        if (d == 0) return "0s";
        boolean neg = d < 0;
        long u = neg ? -d : d;                               // Long.MIN_VALUE stays negative: use unsigned ops
        StringBuilder out = new StringBuilder();
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            String unit;
            int prec;
            if (u < 1_000L) {
                return (neg ? "-" : "") + u + "ns";
            } else if (u < 1_000_000L) {
                prec = 3;
                unit = "µs";
            } else {
                prec = 6;
                unit = "ms";
            }
            long[] rest = new long[1];
            String frac = fraction(u, prec, rest);
            return (neg ? "-" : "") + rest[0] + frac + unit;
        }
        long[] rest = new long[1];
        String frac = fraction(u, 9, rest);
        u = rest[0];
        out.append(Long.remainderUnsigned(u, 60)).append(frac).append('s');
        u = Long.divideUnsigned(u, 60);
        if (u > 0) {
            out.insert(0, (u % 60) + "m");
            u /= 60;
            if (u > 0) out.insert(0, u + "h");
        }
        return (neg ? "-" : "") + out;
    }

    /** time.go fmtFrac: the low prec digits as ".ddd" with trailing zeros dropped; rest = v / 10^prec. */
    private static String fraction(long v, int prec, long[] rest) {
        StringBuilder digits = new StringBuilder();
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) digits.insert(0, (char) ('0' + digit));
            v = Long.divideUnsigned(v, 10);
        }
        rest[0] = v;
        return print ? "." + digits : "";
    }
}
