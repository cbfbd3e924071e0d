package dev.golab.io;

/*
 * Go behaviour:    io.Writer: Write(p) writes len(p) bytes from p and returns how many it wrote (0 <= n
 *                  <= len(p)) and any error that stopped it early; n < len(p) must come with a non-nil
 *                  error. It must not modify or retain p. io.ErrShortWrite is the error a caller reports
 *                  when a writer broke that rule (bufio.Writer.Flush does).
 * Model:           a functional interface over a byte range (Go's slice p[off:off+len]) returning both
 *                  results in a record, the error as the lab's GoError (null is nil).
 * Invariants:      IO-I1 0 <= n <= len; n < len implies err != null (the writer's duty, not enforced here).
 * Differs from Go: a byte range stands for the slice; no io.StringWriter fast path.
 * See:             dev.golab.bufio.Writer, BufioWriterAnswersTest.
 */
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;

@FunctionalInterface
public interface Writer {
    /** io.ErrShortWrite: "short write". */
    GoError ERR_SHORT_WRITE = Errors.newError("short write");

    /** Write(p[off:off+len]). */
    Written write(byte[] p, int off, int len);

    /** Write(p). */
    default Written write(byte[] p) {
        return write(p, 0, p.length);
    }

    /** Write's two results: n and err (null for nil). */
    record Written(int n, GoError err) {}
}
