package dev.golab.strings;

/*
 * Go behaviour:    strings.Builder (strings/builder.go, go1.23) keeps a []byte: WriteString/WriteByte/
 *                  WriteRune append to it (so it grows by growslice with 1-byte elements); Grow(n) ensures
 *                  n spare bytes by allocating bytealg.MakeNoZero(2*cap + n), whose cap is roundupsize of
 *                  that; String() returns the bytes without copying (unsafe.String). s += t instead copies
 *                  both operands into a new string every time: O(n^2) bytes for n appends.
 * Model:           a byte[] buffer + len; growth through Growslice.newCap(cap, len+n, 1, false) and
 *                  SizeClasses.roundupsize(2*cap+n); counters of buffer allocations and bytes copied, the
 *                  two costs CORE-12.08 and PERF-01.04 talk about.
 * Invariants:      SB-I1 bytes [0, len) are never written again, so strings handed out stay immutable.
 *                  SB-I2 allocations() == number of buffers ever allocated.
 * Differs from Go: no copyCheck (Go panics if a Builder is copied by value after use; Java cannot copy it).
 * See:             StringAnswersTest (CORE-12.08, PERF-01.04), StringConcatBenchmark.
 */
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.malloc.SizeClasses;
import dev.golab.slices.Growslice;

public final class Builder {
    private byte[] buf; // null: Go's nil buf
    private int len;
    private int allocations;
    private long bytesCopied;

    /** {@code b.Grow(n)}. */
    public void grow(int n) {
        if (n < 0) throw new GoPanic("strings.Builder.Grow: negative count");
        if (cap() - len < n) realloc((int) SizeClasses.roundupsize(2L * cap() + n, true));
    }

    private void realloc(int newCap) {
        byte[] nb = new byte[newCap];
        if (len > 0) System.arraycopy(buf, 0, nb, 0, len);
        bytesCopied += len;
        buf = nb;
        allocations++;
    }

    private void ensure(int n) {
        if (len + n > cap()) realloc(Growslice.newCap(cap(), len + n, 1, false)); // append(b.buf, ...)
    }

    /** {@code b.WriteString(s)}. */
    public Builder writeString(GoString s) {
        ensure(s.len());
        byte[] src = s.bytes();
        System.arraycopy(src, 0, buf, len, src.length);
        len += src.length;
        bytesCopied += src.length;
        return this;
    }

    public Builder writeString(String s) {
        return writeString(GoString.of(s));
    }

    /** {@code b.WriteByte(c)}. */
    public Builder writeByte(int c) {
        ensure(1);
        buf[len++] = (byte) c;
        bytesCopied++;
        return this;
    }

    /** {@code b.WriteRune(r)}: invalid runes write U+FFFD. */
    public Builder writeRune(int r) {
        int n = Utf8.encodedLen(r);
        ensure(n);
        len += Utf8.encode(r, buf, len);
        bytesCopied += n;
        return this;
    }

    /** {@code b.String()}: no copy. */
    public GoString string() {
        return len == 0 ? GoString.EMPTY : GoString.adopt(buf, len);
    }

    public int len() {
        return len;
    }

    public int cap() {
        return buf == null ? 0 : buf.length;
    }

    /** {@code b.Reset()}. */
    public void reset() {
        buf = null;
        len = 0;
    }

    /** Buffers allocated so far. */
    public int allocations() {
        return allocations;
    }

    /** Bytes copied so far (writes + copies of the old buffer on growth). */
    public long bytesCopied() {
        return bytesCopied;
    }
}
