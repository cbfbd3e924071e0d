package dev.golab.strings;

/*
 * Go behaviour:    unicode/utf8 DecodeRune / EncodeRune (go1.23), which `for range` over a string and
 *                  []rune(s) use: a valid sequence decodes to its rune and width; ANY invalid input —
 *                  a stray continuation byte, 0xC0/0xC1/0xF5..0xFF leads, an overlong form, a surrogate
 *                  (ED A0..BF), a value above U+10FFFF (F4 90+), a truncated sequence — decodes to
 *                  U+FFFD with width 1, so decoding resumes at the next byte. Encoding an invalid rune
 *                  (negative, surrogate, > 0x10FFFF) writes U+FFFD (EF BF BD).
 * Model:           the accept ranges of utf8.go's first/acceptRanges tables written as explicit ranges:
 *                  E0 needs A0..BF, ED needs 80..9F, F0 needs 90..BF, F4 needs 80..8F, others 80..BF.
 * Invariants:      U8-I1 width in 1..4 and never beyond the end. U8-I2 rune == 0xFFFD && width == 1 for invalid
 *                  input; a real EF BF BD decodes to U+FFFD with width 3.
 * Differs from Go: none (checked against benchmarks/go/oracle/data/strings.json).
 * See:             StringAnswersTest, StringPropertiesTest.
 */
public final class Utf8 {
    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    /** Decoded rune and its width in bytes, packed as (width << 32) | rune. */
    public static long decode(byte[] b, int i, int end) {
        int b0 = b[i] & 0xff;
        if (b0 < 0x80) return pack(b0, 1);
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 3;
            if (b0 == 0xE0) lo = 0xA0; // no overlong 3-byte forms
            if (b0 == 0xED) hi = 0x9F; // no surrogates
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 4;
            if (b0 == 0xF0) lo = 0x90; // no overlong 4-byte forms
            if (b0 == 0xF4) hi = 0x8F; // nothing above U+10FFFF
        } else {
            return pack(RUNE_ERROR, 1); // continuation byte, C0, C1, F5..FF
        }
        if (i + need > end) {
            // truncated: still invalid if the bytes present are wrong, width 1 either way
            return pack(RUNE_ERROR, 1);
        }
        int b1 = b[i + 1] & 0xff;
        if (b1 < lo || b1 > hi) return pack(RUNE_ERROR, 1);
        if (need == 2) return pack((b0 & 0x1F) << 6 | (b1 & 0x3F), 2);
        int b2 = b[i + 2] & 0xff;
        if (b2 < 0x80 || b2 > 0xBF) return pack(RUNE_ERROR, 1);
        if (need == 3) return pack((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3);
        int b3 = b[i + 3] & 0xff;
        if (b3 < 0x80 || b3 > 0xBF) return pack(RUNE_ERROR, 1);
        return pack((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xffffffffL);
    }

    public static int rune(long packed) {
        return (int) packed;
    }

    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    /** utf8.RuneLen: bytes needed, -1 for an invalid rune. */
    public static int runeLen(int r) {
        if (r < 0) return -1;
        if (r < 0x80) return 1;
        if (r < 0x800) return 2;
        if (r >= 0xD800 && r <= 0xDFFF) return -1;
        if (r < 0x10000) return 3;
        if (r <= MAX_RUNE) return 4;
        return -1;
    }

    /** utf8.ValidRune. */
    public static boolean validRune(int r) {
        return runeLen(r) > 0;
    }

    /** utf8.AppendRune into out at pos; returns bytes written. Invalid runes become EF BF BD. */
    public static int encode(int r, byte[] out, int pos) {
        if (!validRune(r)) r = RUNE_ERROR;
        switch (runeLen(r)) {
            case 1 -> {
                out[pos] = (byte) r;
                return 1;
            }
            case 2 -> {
                out[pos] = (byte) (0xC0 | r >> 6);
                out[pos + 1] = (byte) (0x80 | r & 0x3F);
                return 2;
            }
            case 3 -> {
                out[pos] = (byte) (0xE0 | r >> 12);
                out[pos + 1] = (byte) (0x80 | (r >> 6) & 0x3F);
                out[pos + 2] = (byte) (0x80 | r & 0x3F);
                return 3;
            }
            default -> {
                out[pos] = (byte) (0xF0 | r >> 18);
                out[pos + 1] = (byte) (0x80 | (r >> 12) & 0x3F);
                out[pos + 2] = (byte) (0x80 | (r >> 6) & 0x3F);
                out[pos + 3] = (byte) (0x80 | r & 0x3F);
                return 4;
            }
        }
    }

    /** Bytes encode(r) writes: invalid runes take 3 (U+FFFD). */
    public static int encodedLen(int r) {
        int n = runeLen(r);
        return n < 0 ? 3 : n;
    }
}
