package dev.golab.io;

/*
 * Go behaviour:    strings.NewReader(s) and bytes.NewReader(b): Read copies from the current position
 *                  and returns (n, nil) while bytes remain, and (0, io.EOF) once they are gone, so EOF
 *                  always comes on a call of its own (a zero-length read before the end is (0, nil)).
 *                  WriteTo hands everything left to w in one Write.
 * Model:           the bytes and a position (strings/reader.go Read and WriteTo).
 * Invariants:      SR-I1 the bytes read, in order, are the input exactly once.
 * Differs from Go: one class for both readers; no Seek, ReadAt or UnreadByte.
 * See:             IoContractAnswersTest.
 */
import java.nio.charset.StandardCharsets;

public final class StringsReader implements Reader, Reader.WriterTo {
    private final byte[] s;
    private int i;

    private StringsReader(byte[] s) {
        this.s = s;
    }

    /** strings.NewReader: the string's UTF-8 bytes. */
    public static StringsReader of(String s) {
        return new StringsReader(s.getBytes(StandardCharsets.UTF_8));
    }

    /** bytes.NewReader (the reader does not copy b, and b must not change while it is read). */
    public static StringsReader of(byte[] b) {
        return new StringsReader(b);
    }

    /** Len: the bytes not yet read. */
    public int len() {
        return s.length - i;
    }

    @Override
    public Read read(byte[] p, int off, int len) {
        if (i >= s.length) return new Read(0, Io.EOF);
        int n = Math.min(len, s.length - i);
        System.arraycopy(s, i, p, off, n);
        i += n;
        return new Read(n, null);
    }

    @Override
    public Io.Copied writeTo(Writer w) {
        if (i >= s.length) return new Io.Copied(0, null);
        int want = s.length - i;
        Writer.Written r = w.write(s, i, want);
        if (r.n() > want) throw new dev.golab.runtime.GoPanic("strings.Reader.WriteTo: invalid WriteString count");
        i += r.n();
        return new Io.Copied(r.n(), r.n() != want && r.err() == null ? Writer.ERR_SHORT_WRITE : r.err());
    }
}
