package dev.golab.fmt;

/*
 * Go behaviour:    fmt/format.go's `fmt` struct: the flags (- + # 0 space, plusV, sharpV), width and
 *                  precision of the verb being printed, padding by rune count, and the string forms
 *                  %s (precision truncates runes), %x/%X/% x on strings and bytes, %q (`#` prefers a
 *                  backquoted raw string, `+` escapes to ASCII).
 * Model:           one mutable field per printer, cleared before every verb; numbers live in
 *                  IntegerFormat and FloatFormat, which write through pad().
 * Invariants:      FMT-I3 padding counts runes, never bytes or UTF-16 units.
 *                  FMT-I4 '0' pads on the left only: with '-' the pad byte is a space.
 * Differs from Go: none.
 * See:             FmtDifferentialTest.
 */
final class Field {
    static final byte[] LDIGITS = Utf8.bytes("0123456789abcdefx");
    static final byte[] UDIGITS = Utf8.bytes("0123456789ABCDEFX");

    final Buffer buf;
    boolean widPresent;
    boolean precPresent;
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    boolean plusV;
    boolean sharpV;
    int wid;
    int prec;

    Field(Buffer buf) {
        this.buf = buf;
    }

    void clearFlags() {
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
        wid = prec = 0;
    }

    /** A copy of the flags (Go saves and restores fmtFlags around a panicking method's message). */
    boolean[] saveFlags() {
        return new boolean[] {widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
    }

    void restoreFlags(boolean[] f) {
        widPresent = f[0]; precPresent = f[1]; minus = f[2]; plus = f[3]; sharp = f[4];
        space = f[5]; zero = f[6]; plusV = f[7]; sharpV = f[8];
    }

    void writePadding(int n) {
        if (n <= 0) return;
        int padByte = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) buf.write(padByte);
    }

    void pad(byte[] b) {
        pad(b, 0, b.length);
    }

    void pad(byte[] b, int from, int to) {
        if (!widPresent || wid == 0) {
            buf.write(b, from, to);
            return;
        }
        int width = wid - Utf8.runeCount(b, from, to);
        if (!minus) {
            writePadding(width);
            buf.write(b, from, to);
        } else {
            buf.write(b, from, to);
            writePadding(width);
        }
    }

    void padString(String s) {
        pad(Utf8.bytes(s));
    }

    void fmtBoolean(boolean v) {
        padString(v ? "true" : "false");
    }

    /** The first prec runes of b[0:len] when a precision is present. */
    int truncate(byte[] b, int len) {
        if (!precPresent) return len;
        int n = prec;
        for (int i = 0; i < len; ) {
            if (--n < 0) return i;
            i += Utf8.width(Utf8.decode(b, i, len));
        }
        return len;
    }

    /** %s of a string or []byte. */
    void fmtS(byte[] s) {
        pad(s, 0, truncate(s, s.length));
    }

    /** %x / %X / % x / %#x of a string or []byte (fmtSbx). */
    void fmtSbx(byte[] b, byte[] digits) {
        int length = b.length;
        if (precPresent && prec < length) length = prec;
        int width = 2 * length;
        if (width > 0) {
            if (space) {
                if (sharp) width *= 2;
                width += length - 1;
            } else if (sharp) {
                width += 2;
            }
        } else {
            if (widPresent) writePadding(wid);
            return;
        }
        if (widPresent && wid > width && !minus) writePadding(wid - width);
        if (sharp) {
            buf.write('0');
            buf.write(digits[16]);
        }
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                buf.write(' ');
                if (sharp) {
                    buf.write('0');
                    buf.write(digits[16]);
                }
            }
            int c = b[i] & 0xFF;
            buf.write(digits[c >> 4]);
            buf.write(digits[c & 0xF]);
        }
        if (widPresent && wid > width && minus) writePadding(wid - width);
    }

    /** %q of a string or []byte: `raw` with '#' when possible, else a Go-quoted string. */
    void fmtQ(byte[] s) {
        int len = truncate(s, s.length);
        if (sharp && Quote.canBackquote(s, len)) {
            Buffer q = new Buffer();
            q.write('`');
            q.write(s, 0, len);
            q.write('`');
            pad(q.toBytes());
            return;
        }
        pad(Quote.quote(s, len, plus));
    }
}
