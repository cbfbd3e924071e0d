package dev.golab.fmt;

/*
 * Go behaviour:    strconv's decimalSlice: the decimal digits of |v| with trailing zeros trimmed and
 *                  the position of the decimal point (value = 0.d1d2… × 10^dp; zero has no digits).
 *                  Shortest (ryuFtoaShortest): the fewest digits that read back as the same float,
 *                  the closest such when several. Fixed (ryuFtoaFixed, bigFtoa): the exact binary value
 *                  rounded half to even to n significant digits or to n places after the point.
 * Model:           shortest from Java's Double/Float.toString (JDK 19+: shortest, then closest) with
 *                  one correction: when one digit would do, Java still prints two (4.9E-324 for
 *                  Go's 5e-324), so a one-digit candidate that reads back is preferred. Fixed from
 *                  new BigDecimal(v), which is exact, rounded HALF_EVEN.
 * Invariants:      FMT-I7 shortest digits parse back to the same float (of its bit size).
 *                  FMT-I8 digits never end in '0'.
 * Differs from Go: none known (FmtDifferentialTest compares every recorded float case).
 * See:             FloatText, FmtDifferentialTest.
 */
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

record Decimal(String digits, int dp) {
    static final Decimal ZERO = new Decimal("", 0);

    int nd() {
        return digits.length();
    }

    /** The shortest digits of |v| that read back as v (float32 when bits32). */
    static Decimal shortest(double v, boolean bits32) {
        double a = Math.abs(v);
        if (a == 0) return ZERO;
        Decimal d = parseJava(bits32 ? Float.toString((float) a) : Double.toString(a));
        if (d.nd() != 2) return d;
        // Java prints two digits where one suffices; try d1 and d1+1 at one digit.
        int d1 = d.digits.charAt(0) - '0';
        Decimal lo = new Decimal(String.valueOf(d1), d.dp);
        Decimal hi = d1 == 9 ? new Decimal("1", d.dp + 1) : new Decimal(String.valueOf(d1 + 1), d.dp);
        boolean loOk = readsBack(lo, a, bits32);
        boolean hiOk = readsBack(hi, a, bits32);
        if (loOk && hiOk) {
            BigDecimal exact = new BigDecimal(a);
            int c = lo.value().subtract(exact).abs().compareTo(hi.value().subtract(exact).abs());
            return c <= 0 ? lo : hi;
        }
        return loOk ? lo : hiOk ? hi : d;
    }

    /** |v| rounded half-even to n >= 1 significant digits. */
    static Decimal significant(double v, int n) {
        double a = Math.abs(v);
        if (a == 0) return ZERO;
        return of(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** |v| rounded half-even to places digits after the decimal point. */
    static Decimal places(double v, int places) {
        double a = Math.abs(v);
        if (a == 0) return ZERO;
        return of(new BigDecimal(a).setScale(places, RoundingMode.HALF_EVEN));
    }

    private static Decimal of(BigDecimal b) {
        if (b.signum() == 0) return ZERO;
        String s = b.unscaledValue().toString();
        return trimmed(s, s.length() - b.scale());
    }

    /** "1.25E-5", "123.0", "0.001" → digits and point. */
    private static Decimal parseJava(String s) {
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        return trimmed(digits, dot + exp);
    }

    private static Decimal trimmed(String digits, int dp) {
        int from = 0;
        while (from < digits.length() && digits.charAt(from) == '0') {
            from++;
            dp--;
        }
        int to = digits.length();
        while (to > from && digits.charAt(to - 1) == '0') to--;
        return from == to ? ZERO : new Decimal(digits.substring(from, to), dp);
    }

    private BigDecimal value() {
        return new BigDecimal(new java.math.BigInteger(digits), digits.length() - dp);
    }

    private static boolean readsBack(Decimal d, double a, boolean bits32) {
        String text = "0." + d.digits + "E" + d.dp;
        return bits32 ? Float.parseFloat(text) == (float) a : Double.parseDouble(text) == a;
    }
}
