package dev.golab.io;

/*
 * Go behaviour:    io.Reader: Read(p) reads up to len(p) bytes into p and returns how many (0 <= n <=
 *                  len(p)) and an error. At the end of the stream it returns io.EOF, either with the
 *                  last bytes (n > 0, err == EOF) or on a later call (0, EOF); a caller must use the n
 *                  bytes before it looks at err. A reader may return fewer bytes than asked for even
 *                  when more will come.
 * Model:           a functional interface over a byte range (Go's slice) returning both results in a
 *                  record, the error as the lab's GoError (null is nil). WriterTo is io.WriterTo, which
 *                  io.Copy prefers.
 * Invariants:      IO-I2 0 <= n <= len (the reader's duty).
 * Differs from Go: a byte range stands for the slice.
 * See:             Io, IoWrappers, StringsReader, IoContractAnswersTest.
 */
import dev.golab.runtime.GoError;

@FunctionalInterface
public interface Reader {
    /** Read(p[off:off+len]). */
    Read read(byte[] p, int off, int len);

    /** Read(p). */
    default Read read(byte[] p) {
        return read(p, 0, p.length);
    }

    /** Read's two results: n and err (null for nil). */
    record Read(int n, GoError err) {}

    /** io.WriterTo: a reader that can write itself out, which io.Copy uses instead of a buffer. */
    interface WriterTo {
        Io.Copied writeTo(Writer w);
    }
}
