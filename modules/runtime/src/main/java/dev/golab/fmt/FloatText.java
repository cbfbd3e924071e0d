package dev.golab.fmt;

/*
 * Go behaviour:    strconv.AppendFloat(v, fmt, prec, bitSize) (strconv/ftoa.go, Go 1.23) for the
 *                  formats fmt uses: 'e' 'E' 'f' 'g' 'G' (prec < 0 = shortest), 'b' (mantissa p
 *                  binary exponent) and 'x' 'X' (hexadecimal mantissa, p exponent). NaN is "NaN",
 *                  infinities "+Inf" / "-Inf"; %e exponents have at least two digits; %g switches to
 *                  %e when the exponent is < -4 or >= the precision (6 when shortest).
 * Model:           1. split the bits into sign, exponent, mantissa as genericFtoa does;
 *                  2. 'b' and 'x' are printed from the bits directly (fmtB, fmtX);
 *                  3. otherwise obtain a Decimal (shortest or rounded) and lay it out (formatDigits,
 *                     fmtE, fmtF) exactly as Go does.
 * Invariants:      FMT-I9 the result starts with '-' exactly when the sign bit is set (also -0, -Inf).
 * Differs from Go: none known.
 * See:             Decimal, FloatFormat, FmtDifferentialTest.
 */
final class FloatText {
    private FloatText() {}

    static String format(double v, char fmt, int prec, int bitSize) {
        boolean b32 = bitSize == 32;
        long bits = b32 ? Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL : Double.doubleToRawLongBits(v);
        int mantbits = b32 ? 23 : 52;
        int expbits = b32 ? 8 : 11;
        int bias = b32 ? -127 : -1023;
        boolean neg = (bits >>> (expbits + mantbits)) != 0;
        int exp = (int) (bits >>> mantbits) & ((1 << expbits) - 1);
        long mant = bits & ((1L << mantbits) - 1);
        if (exp == (1 << expbits) - 1) return mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << mantbits;
        }
        exp += bias;
        if (fmt == 'b') return fmtB(neg, mant, exp - mantbits);
        if (fmt == 'x' || fmt == 'X') return fmtX(prec, fmt, neg, mant, exp, mantbits);

        boolean shortest = prec < 0;
        Decimal d;
        if (shortest) {
            d = Decimal.shortest(v, b32);
            prec = switch (fmt) {
                case 'e', 'E' -> Math.max(d.nd() - 1, 0);
                case 'f' -> Math.max(d.nd() - d.dp(), 0);
                default -> d.nd();
            };
        } else if (fmt == 'f') {
            d = Decimal.places(v, prec);
        } else {
            int digits = switch (fmt) {
                case 'e', 'E' -> prec + 1;
                case 'g', 'G' -> {
                    if (prec == 0) prec = 1;
                    yield prec;
                }
                default -> 1;
            };
            d = Decimal.significant(v, digits);
        }
        StringBuilder out = new StringBuilder();
        if (neg) out.append('-');
        switch (fmt) {
            case 'e', 'E' -> fmtE(out, d, prec, fmt);
            case 'f' -> fmtF(out, d, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > d.nd() && d.nd() >= d.dp()) eprec = d.nd();
                if (shortest) eprec = 6;
                int e = d.dp() - 1;
                if (e < -4 || e >= eprec) {
                    if (prec > d.nd()) prec = d.nd();
                    fmtE(out, d, prec - 1, (char) (fmt + 'e' - 'g'));
                } else {
                    if (prec > d.dp()) prec = d.nd();
                    fmtF(out, d, Math.max(prec - d.dp(), 0));
                }
            }
            default -> out.append('%').append(fmt);
        }
        return out.toString();
    }

    private static void fmtE(StringBuilder out, Decimal d, int prec, char fmt) {
        String ds = d.digits();
        out.append(d.nd() != 0 ? ds.charAt(0) : '0');
        if (prec > 0) {
            out.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                out.append(ds, i, m);
                i = m;
            }
            for (; i <= prec; i++) out.append('0');
        }
        out.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) out.append('0');
        out.append(exp);
    }

    private static void fmtF(StringBuilder out, Decimal d, int prec) {
        String ds = d.digits();
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            out.append(ds, 0, m);
            for (; m < d.dp(); m++) out.append('0');
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                int j = d.dp() + i;
                out.append(0 <= j && j < d.nd() ? ds.charAt(j) : '0');
            }
        }
    }

    private static String fmtB(boolean neg, long mant, int exp) {
        return (neg ? "-" : "") + Long.toUnsignedString(mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    private static String fmtX(int prec, char fmt, boolean neg, long mant, int exp, int mantbits) {
        if (mant == 0) exp = 0;
        mant <<= 60 - mantbits;
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if ((extra | (mant & 1)) > (1L << 59)) mant++;
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder out = new StringBuilder();
        if (neg) out.append('-');
        out.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            out.append('.');
            while (mant != 0) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            out.append('.');
            for (int i = 0; i < prec; i++) {
                out.append(hex.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        out.append(fmt == 'x' ? 'p' : 'P');
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) out.append('0');
        out.append(exp);
        return out.toString();
    }
}
