package dev.golab.fmt;

/*
 * Go behaviour:    strconv.Quote / QuoteToASCII / QuoteRune / QuoteRuneToASCII / CanBackquote /
 *                  IsPrint (strconv/quote.go, Go 1.23): printable runes stay, the quote and '\\' are
 *                  backslashed, \a \b \f \n \r \t \v by name, other control bytes as \xHH, other
 *                  unprintable runes as backslash-u HHHH or backslash-U HHHHHHHH, an invalid UTF-8 byte \xHH.
 * Model:           a direct port over byte arrays; IsPrint from Java's Unicode categories
 *                  (letters, marks, numbers, punctuation, symbols, and U+0020).
 * Invariants:      FMT-I5 the result of quote() is valid UTF-8 (ASCII only when asciiOnly).
 * Differs from Go: Java's Unicode tables (16.0 in JDK 25) are newer than Go 1.23's (15.0): a rune
 *                  assigned in between is printable here and escaped by Go.
 * See:             FmtDifferentialTest.
 */
final class Quote {
    private static final byte[] HEX = Utf8.bytes("0123456789abcdef");

    private Quote() {}

    static byte[] quote(byte[] s, int len, boolean asciiOnly) {
        Buffer out = new Buffer();
        out.write('"');
        for (int i = 0; i < len; ) {
            long d = Utf8.decode(s, i, len);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            if (w == 1 && r == Utf8.RUNE_ERROR) {
                out.write('\\');
                out.write('x');
                out.write(HEX[(s[i] & 0xFF) >> 4]);
                out.write(HEX[s[i] & 0xF]);
            } else {
                escapedRune(out, r, '"', asciiOnly);
            }
            i += w;
        }
        out.write('"');
        return out.toBytes();
    }

    static byte[] quoteRune(long r, boolean asciiOnly) {
        Buffer out = new Buffer();
        out.write('\'');
        escapedRune(out, Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR, '\'', asciiOnly);
        out.write('\'');
        return out.toBytes();
    }

    private static void escapedRune(Buffer out, int r, int quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            out.write('\\');
            out.write(r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && isPrint(r)) {
                out.write(r);
                return;
            }
        } else if (isPrint(r)) {
            Utf8.appendRune(out, r);
            return;
        }
        switch (r) {
            case 7 -> out.write("\\a");
            case '\b' -> out.write("\\b");
            case '\f' -> out.write("\\f");
            case '\n' -> out.write("\\n");
            case '\r' -> out.write("\\r");
            case '\t' -> out.write("\\t");
            case 11 -> out.write("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    out.write("\\x");
                    out.write(HEX[r >> 4]);
                    out.write(HEX[r & 0xF]);
                } else {
                    int c = Utf8.validRune(r) ? r : 0xFFFD;
                    boolean small = c < 0x10000;
                    out.write(small ? "\\u" : "\\U");
                    for (int shift = small ? 12 : 28; shift >= 0; shift -= 4) out.write(HEX[c >> shift & 0xF]);
                }
            }
        }
    }

    /** strconv.CanBackquote over s[0:len]. */
    static boolean canBackquote(byte[] s, int len) {
        for (int i = 0; i < len; ) {
            long d = Utf8.decode(s, i, len);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            i += w;
            if (w > 1) {
                if (r == 0xFEFF) return false;
                continue;
            }
            if (r == Utf8.RUNE_ERROR) return false;
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
        }
        return true;
    }

    /** strconv.IsPrint / unicode.IsPrint: categories L, M, N, P, S and the ASCII space. */
    static boolean isPrint(int r) {
        if (r == ' ') return true;
        if (!Utf8.validRune(r)) return false;
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                 Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
