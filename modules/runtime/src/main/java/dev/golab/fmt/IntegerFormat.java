package dev.golab.fmt;

/*
 * Go behaviour:    fmt/format.go fmtInteger, fmtUnicode, fmtC, fmtQc (Go 1.23): %d %b %o %O %x %X
 *                  with sign flags, precision as a minimum digit count (precision 0 prints nothing
 *                  for 0), '0' padding as leading zeros after the sign, '#' prefixes (0b, 0, 0x);
 *                  %c the rune (U+FFFD above U+10FFFF), %q the quoted rune, %U "U+0041" (with '#'
 *                  "U+0041 'A'" for printable runes).
 * Model:           the value travels as 64 bits plus a signed flag, so uint64 keeps its full range;
 *                  digits are produced right to left into a scratch array as in Go.
 * Invariants:      FMT-I6 a negative signed value prints '-' then the magnitude of -u taken as
 *                  unsigned, so int64 min prints -9223372036854775808.
 * Differs from Go: none.
 * See:             FmtDifferentialTest.
 */
final class IntegerFormat {
    private IntegerFormat() {}

    static void fmtInteger(Field f, long u, int base, boolean isSigned, int verb, byte[] digits) {
        boolean negative = isSigned && u < 0;
        if (negative) u = -u;
        int size = 68;
        if (f.widPresent || f.precPresent) size = Math.max(size, 3 + f.wid + f.prec);
        byte[] buf = new byte[size];
        int prec = 0;
        if (f.precPresent) {
            prec = f.prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = f.zero;
                f.zero = false;
                f.writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && !f.minus && f.widPresent) {
            prec = f.wid;
            if (negative || f.plus || f.space) prec--;
        }
        int i = buf.length;
        switch (base) {
            case 10 -> {
                while (Long.compareUnsigned(u, 10) >= 0) {
                    long next = Long.divideUnsigned(u, 10);
                    buf[--i] = (byte) ('0' + (u - next * 10));
                    u = next;
                }
            }
            case 16 -> {
                while (Long.compareUnsigned(u, 16) >= 0) {
                    buf[--i] = digits[(int) (u & 0xF)];
                    u >>>= 4;
                }
            }
            case 8 -> {
                while (Long.compareUnsigned(u, 8) >= 0) {
                    buf[--i] = (byte) ('0' + (u & 7));
                    u >>>= 3;
                }
            }
            default -> {
                while (Long.compareUnsigned(u, 2) >= 0) {
                    buf[--i] = (byte) ('0' + (u & 1));
                    u >>>= 1;
                }
            }
        }
        buf[--i] = digits[(int) u];
        while (i > 0 && prec > buf.length - i) buf[--i] = '0';
        if (f.sharp) {
            switch (base) {
                case 2 -> {
                    buf[--i] = 'b';
                    buf[--i] = '0';
                }
                case 8 -> {
                    if (buf[i] != '0') buf[--i] = '0';
                }
                case 16 -> {
                    buf[--i] = digits[16];
                    buf[--i] = '0';
                }
                default -> { }
            }
        }
        if (verb == 'O') {
            buf[--i] = 'o';
            buf[--i] = '0';
        }
        if (negative) {
            buf[--i] = '-';
        } else if (f.plus) {
            buf[--i] = '+';
        } else if (f.space) {
            buf[--i] = ' ';
        }
        boolean oldZero = f.zero;
        f.zero = false;
        f.pad(buf, i, buf.length);
        f.zero = oldZero;
    }

    /** %U: "U+" and at least four (or prec) upper-case hex digits; '#' adds " 'r'" when printable. */
    static void fmtUnicode(Field f, long u) {
        int prec = 4;
        if (f.precPresent && f.prec > 4) prec = f.prec;
        StringBuilder hex = new StringBuilder(Long.toHexString(u).toUpperCase());
        while (hex.length() < prec) hex.insert(0, '0');
        Buffer b = new Buffer();
        b.write("U+" + hex);
        if (f.sharp && Long.compareUnsigned(u, Utf8.MAX_RUNE) <= 0 && Quote.isPrint((int) u)) {
            b.write(" '");
            Utf8.appendRune(b, u);
            b.write('\'');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        f.pad(b.toBytes());
        f.zero = oldZero;
    }

    /** %c: the rune's UTF-8 encoding; values above U+10FFFF print U+FFFD. */
    static void fmtC(Field f, long c) {
        long r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c;
        Buffer b = new Buffer();
        Utf8.appendRune(b, r);
        f.pad(b.toBytes());
    }

    /** %q of an integer: the single-quoted rune ('+' escapes to ASCII). */
    static void fmtQc(Field f, long c) {
        long r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c;
        f.pad(Quote.quoteRune((int) r, f.plus));
    }
}
