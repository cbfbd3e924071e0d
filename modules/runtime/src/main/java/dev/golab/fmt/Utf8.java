package dev.golab.fmt;

/*
 * Go behaviour:    Go strings are bytes; fmt pads by rune count (utf8.RuneCount) and decodes with
 *                  unicode/utf8 rules: an invalid or truncated sequence decodes as U+FFFD of width 1.
 * Model:           static helpers over byte arrays: decode one rune (rune, width), count runes,
 *                  append a rune's encoding, and render bytes as a Java String the way Go's
 *                  encoding/json does (each invalid byte becomes U+FFFD).
 * Invariants:      FMT-I1 decode never reads past the end and always advances by 1..4 bytes.
 * Differs from Go: a Java String operand is encoded with String.getBytes(UTF_8), so a lone UTF-16
 *                  surrogate becomes '?' (Go strings cannot hold one either: they hold its bytes).
 * See:             FmtDifferentialTest.
 */
import java.nio.charset.StandardCharsets;

final class Utf8 {
    static final int RUNE_ERROR = 0xFFFD;
    static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** utf8.DecodeRune: (rune << 8) | width, width 1..4; invalid input gives U+FFFD, width 1. */
    static long decode(byte[] b, int i, int end) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) return ((long) b0 << 8) | 1;
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1; min = 0x80; r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2; min = 0x800; r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3; min = 0x10000; r = b0 & 0x07;
        } else {
            return ((long) RUNE_ERROR << 8) | 1;
        }
        if (i + need >= end) return ((long) RUNE_ERROR << 8) | 1;   // truncated sequence
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) return ((long) RUNE_ERROR << 8) | 1;
            r = (r << 6) | (c & 0x3F);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) return ((long) RUNE_ERROR << 8) | 1;
        return ((long) r << 8) | (need + 1);
    }

    static int rune(long decoded) {
        return (int) (decoded >> 8);
    }

    static int width(long decoded) {
        return (int) (decoded & 0xFF);
    }

    static int runeCount(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; n++) i += width(decode(b, i, to));
        return n;
    }

    static boolean validRune(long r) {
        return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
    }

    /** utf8.AppendRune: an invalid rune encodes as U+FFFD. */
    static void appendRune(Buffer out, long r) {
        int c = validRune(r) ? (int) r : RUNE_ERROR;
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | c >> 6);
            out.write(0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out.write(0xE0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        } else {
            out.write(0xF0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3F);
            out.write(0x80 | c >> 6 & 0x3F);
            out.write(0x80 | c & 0x3F);
        }
    }

    /** The bytes as a Java String, each undecodable byte as U+FFFD (what Go's JSON encoder writes). */
    static String toJavaString(byte[] b, int len) {
        StringBuilder s = new StringBuilder(len);
        for (int i = 0; i < len; ) {
            long d = decode(b, i, len);
            s.appendCodePoint(rune(d));
            i += width(d);
        }
        return s.toString();
    }
}
