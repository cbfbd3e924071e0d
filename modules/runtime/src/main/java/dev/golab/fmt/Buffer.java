package dev.golab.fmt;

/*
 * Go behaviour:    fmt's buffer: the bytes of the result (print.go `buffer`).
 * Model:           a growable byte array; Java Strings are written as UTF-8.
 * Invariants:      FMT-I2 len() only grows while one Sprintf call runs.
 * Differs from Go: none.
 * See:             Field, Printer.
 */
import java.util.Arrays;

final class Buffer {
    private byte[] b = new byte[64];
    private int n;

    void write(int c) {
        if (n == b.length) b = Arrays.copyOf(b, b.length * 2);
        b[n++] = (byte) c;
    }

    void write(byte[] src) {
        write(src, 0, src.length);
    }

    void write(byte[] src, int from, int to) {
        int len = to - from;
        if (n + len > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + len));
        System.arraycopy(src, from, b, n, len);
        n += len;
    }

    void write(String ascii) {
        write(Utf8.bytes(ascii));
    }

    int len() {
        return n;
    }

    byte[] toBytes() {
        return Arrays.copyOf(b, n);
    }

    @Override
    public String toString() {
        return Utf8.toJavaString(b, n);
    }
}
