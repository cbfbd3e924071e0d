package dev.golab.strings;

/*
 * Go behaviour:    a string is an immutable (ptr, len) view of bytes (Go spec "String types"; runtime/
 *                  string.go). len is in bytes; s[i] is a byte; s[lo:hi] cuts bytes (may split a rune) and
 *                  shares memory; `for i, r := range s` decodes UTF-8 (Utf8.decode); []byte(s), []rune(s)
 *                  and string(b) copy; string(runes) encodes each rune (invalid -> U+FFFD); comparison is
 *                  bytewise, unsigned.
 * Model:           1. (bytes, offset, len) never written after construction; slice() shares the bytes.
 *                  2. forEachRune walks Utf8.decode widths; runes() collects them.
 *                  3. concat (+) allocates a string of exactly len(a)+len(b) and copies both (concatstrings).
 * Invariants:      GSTR-I1 the bytes of a GoString never change. GSTR-I2 fromRunes(runes(s)).equals(s) for valid s.
 *                  GSTR-I3 out-of-range index/slice throw Go's exact RuntimeError (with length, not capacity).
 * Differs from Go: Go shares memory between string(b) conversions only when the compiler proves it safe;
 *                  here every conversion copies (the observable semantics are the same).
 * See:             StringAnswersTest, StringPropertiesTest, StringConcatBenchmark.
 */
import dev.golab.slices.BoundsError;
import dev.golab.slices.ElemType;
import dev.golab.slices.Slice;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public final class GoString implements Comparable<GoString> {
    public static final GoString EMPTY = new GoString(new byte[0], 0, 0);

    private final byte[] bytes;
    private final int offset;
    private final int len;

    private GoString(byte[] bytes, int offset, int len) {
        this.bytes = bytes;
        this.offset = offset;
        this.len = len;
    }

    /** A Go string literal: the UTF-8 encoding of {@code s}. */
    public static GoString of(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new GoString(b, 0, b.length);
    }

    /** {@code string(b)}: copies. */
    public static GoString ofBytes(byte... b) {
        return new GoString(b.clone(), 0, b.length);
    }

    /** {@code string(b)} for a Slice of bytes: copies. */
    public static GoString ofBytes(Slice<Byte> b) {
        byte[] out = new byte[b.len()];
        for (int i = 0; i < out.length; i++) out[i] = b.get(i);
        return new GoString(out, 0, out.length);
    }

    /** Wraps a private buffer without copying (Builder.String does this with unsafe.String). */
    static GoString adopt(byte[] b, int len) {
        return new GoString(b, 0, len);
    }

    /** {@code string(runes)}: each rune UTF-8 encoded; invalid runes become U+FFFD. */
    public static GoString fromRunes(int... runes) {
        int n = 0;
        for (int r : runes) n += Utf8.encodedLen(r);
        byte[] out = new byte[n];
        int p = 0;
        for (int r : runes) p += Utf8.encode(r, out, p);
        return new GoString(out, 0, n);
    }

    /** {@code string(rune(x))} for a 64-bit x: rune() truncates to int32 first, as Go does. */
    public static GoString fromRune(long x) {
        return fromRunes((int) x);
    }

    /** {@code len(s)}: bytes. */
    public int len() {
        return len;
    }

    /** {@code s[i]}: a byte (0..255). */
    public int byteAt(int i) {
        BoundsError.checkIndex(i, len);
        return bytes[offset + i] & 0xff;
    }

    /** {@code s[lo:hi]}: bytes, may cut a rune; shares memory. */
    public GoString slice(int lo, int hi) {
        BoundsError.checkSlice2(lo, hi, len, false);
        return new GoString(bytes, offset + lo, hi - lo);
    }

    public GoString sliceFrom(int lo) {
        return slice(lo, len);
    }

    /** Callback of {@code for i, r := range s}. */
    @FunctionalInterface
    public interface RuneConsumer {
        void accept(int byteIndex, int rune);
    }

    /** {@code for i, r := range s}. */
    public void forEachRune(RuneConsumer body) {
        int end = offset + len;
        for (int i = offset; i < end; ) {
            long d = Utf8.decode(bytes, i, end);
            body.accept(i - offset, Utf8.rune(d));
            i += Utf8.width(d);
        }
    }

    /** Rune and width at byte index i: {@code utf8.DecodeRuneInString(s[i:])}. */
    public long decodeRuneAt(int i) {
        BoundsError.checkIndex(i, len);
        return Utf8.decode(bytes, offset + i, offset + len);
    }

    /** {@code []rune(s)}. */
    public int[] runes() {
        int[] out = new int[runeCount()];
        int[] k = {0};
        forEachRune((i, r) -> out[k[0]++] = r);
        return out;
    }

    /** {@code utf8.RuneCountInString(s)}. */
    public int runeCount() {
        int n = 0;
        int end = offset + len;
        for (int i = offset; i < end; n++) i += Utf8.width(Utf8.decode(bytes, i, end));
        return n;
    }

    /** {@code utf8.ValidString(s)}. */
    public boolean valid() {
        int end = offset + len;
        for (int i = offset; i < end; ) {
            long d = Utf8.decode(bytes, i, end);
            if (Utf8.rune(d) == Utf8.RUNE_ERROR && Utf8.width(d) == 1) return false;
            i += Utf8.width(d);
        }
        return true;
    }

    /** {@code []byte(s)}: a copy. */
    public byte[] bytes() {
        return Arrays.copyOfRange(bytes, offset, offset + len);
    }

    /** {@code []byte(s)} as a Slice; cap == len here (Go's cap depends on escape analysis). */
    public Slice<Byte> toByteSlice() {
        Slice<Byte> s = Slice.make(ElemType.BYTE, len, len);
        for (int i = 0; i < len; i++) s.set(i, bytes[offset + i]);
        return s;
    }

    /** {@code copy(dst, s)}: copies min(len(dst), len(s)) bytes into a []byte. */
    public static int copy(Slice<Byte> dst, GoString src) {
        int n = Math.min(dst.len(), src.len);
        for (int i = 0; i < n; i++) dst.set(i, src.bytes[src.offset + i]);
        return n;
    }

    /** {@code a + b}: a fresh string of exactly len(a)+len(b) bytes (runtime concatstrings). */
    public GoString concat(GoString other) {
        if (other.len == 0) return this; // Go returns the non-empty operand without copying
        if (len == 0) return other;
        byte[] out = new byte[len + other.len];
        System.arraycopy(bytes, offset, out, 0, len);
        System.arraycopy(other.bytes, other.offset, out, len, other.len);
        return new GoString(out, 0, out.length);
    }

    /** Bytewise unsigned comparison (Go's <, ==, >). */
    @Override
    public int compareTo(GoString o) {
        return Arrays.compareUnsigned(bytes, offset, offset + len, o.bytes, o.offset, o.offset + o.len);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoString g && Arrays.equals(bytes, offset, offset + len, g.bytes, g.offset, g.offset + g.len);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = offset; i < offset + len; i++) h = 31 * h + bytes[i];
        return h;
    }

    /** Hex form as the oracle prints byte strings: {@code e4 b8 96}. */
    public String hex() {
        StringBuilder sb = new StringBuilder();
        for (int i = offset; i < offset + len; i++) sb.append(sb.isEmpty() ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        return sb.toString();
    }

    /** The text, with invalid bytes shown as U+FFFD (what a terminal would show). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        forEachRune((i, r) -> sb.appendCodePoint(r));
        return sb.toString();
    }
}
