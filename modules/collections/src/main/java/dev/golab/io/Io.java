package dev.golab.io;

/*
 * Go behaviour:    io.Copy(dst, src) (io/io.go copyBuffer, Go 1.23): a src that is a WriterTo writes
 *                  itself; otherwise Copy reads into a 32 KiB buffer (smaller when src is a
 *                  LimitedReader with less left) and writes each chunk. It returns the bytes written
 *                  and the first error; EOF ends the copy and is not an error. A writer that takes
 *                  fewer bytes without an error is ErrShortWrite; one that claims more is "invalid
 *                  write result". io.ReadAll reads until EOF into a slice that starts at cap 512 and
 *                  grows as append grows it, so its memory follows the input; Copy's follows its buffer.
 * Model:           the same loops; ReadAll's slice grows by the lab's Growslice rule for 1-byte
 *                  elements, and its result reports the cap Go's slice would have.
 * Invariants:      IO-I3 Copy's written equals the bytes the writer accepted. IO-I4 ReadAll returns the
 *                  input exactly, with a nil error when the reader ended with EOF.
 * Differs from Go: no ReaderFrom on the lab's writers (so Copy's shortcut is WriterTo only); no
 *                  CopyBuffer, CopyN or ReadFull.
 * See:             IoContractAnswersTest (against benchmarks/go/oracle/go/iocontract), IoWrappers.
 */
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.slices.Growslice;
import java.util.Arrays;

public final class Io {
    /** io.EOF. */
    public static final GoError EOF = Errors.newError("EOF");
    /** io's errInvalidWrite. */
    public static final GoError ERR_INVALID_WRITE = Errors.newError("invalid write result");
    /** copyBuffer's default buffer. */
    public static final int COPY_BUFFER = 32 * 1024;
    /** ReadAll's first capacity. */
    public static final int READ_ALL_START = 512;

    private Io() {}

    /** Copy's and WriteTo's results: bytes written and err (null for nil). */
    public record Copied(long written, GoError err) {}

    /** ReadAll's results: the bytes, the cap Go's slice ended with, and err (null for nil). */
    public record ReadAll(byte[] data, int cap, GoError err) {}

    /** io.Discard: accepts every write. */
    public static final Writer DISCARD = (p, off, len) -> new Writer.Written(len, null);

    /** io.Copy. */
    public static Copied copy(Writer dst, Reader src) {
        if (src instanceof Reader.WriterTo wt) return wt.writeTo(dst);
        int size = COPY_BUFFER;
        if (src instanceof IoWrappers.LimitedReader l && size > l.remaining()) size = (int) Math.max(1, l.remaining());
        byte[] buf = new byte[size];
        long written = 0;
        while (true) {
            Reader.Read r = src.read(buf);
            int nr = r.n();
            if (nr > 0) {
                Writer.Written w = dst.write(buf, 0, nr);
                int nw = w.n();
                GoError ew = w.err();
                if (nw < 0 || nr < nw) {
                    nw = 0;
                    if (ew == null) ew = ERR_INVALID_WRITE;
                }
                written += nw;
                if (ew != null) return new Copied(written, ew);
                if (nr != nw) return new Copied(written, Writer.ERR_SHORT_WRITE);
            }
            if (r.err() != null) return new Copied(written, r.err() == EOF ? null : r.err());
        }
    }

    /** io.ReadAll. */
    public static ReadAll readAll(Reader r) {
        byte[] b = new byte[READ_ALL_START];
        int len = 0;
        while (true) {
            Reader.Read res = r.read(b, len, b.length - len);
            len += res.n();
            if (res.err() != null) {
                return new ReadAll(Arrays.copyOf(b, len), b.length, res.err() == EOF ? null : res.err());
            }
            if (len == b.length) b = Arrays.copyOf(b, Growslice.newCap(b.length, len + 1, 1, false));   // append(b, 0)
        }
    }
}
