package dev.golab.bufio;

/*
 * Go behaviour:    bufio.Writer (bufio/bufio.go, Go 1.23) collects small writes in a buffer of Size()
 *                  bytes (4096 by default) and passes them on in buffer-sized writes:
 *                    Write(p): while p does not fit in what is Available(): if nothing is buffered, p is
 *                    written straight through ("large write, empty buffer": no copy); else the buffer is
 *                    topped up from p and flushed. The rest of p is copied in.
 *                    Flush: writes the buffered bytes; a short write without an error is ErrShortWrite;
 *                    on an error the unwritten bytes move to the front and stay buffered.
 *                  The first error is sticky: every later Write, WriteByte, WriteString and Flush returns
 *                  it. Bytes still buffered when the program stops are lost: without Flush the tail of
 *                  the output never reaches the underlying writer (PERF-01.06).
 * Model:           the same fields (buf, n, wr, err) and the same loops, over the lab's io.Writer.
 * Invariants:      BW-I1 0 <= buffered() <= size(). BW-I2 after a successful flush(), the bytes the
 *                  underlying writer received are exactly the bytes written, in order. BW-I3 every
 *                  underlying write but the last flush's carries at least size() bytes.
 * Differs from Go: no ReadFrom, no io.StringWriter shortcut in WriteString (the lab's io.Writer has no
 *                  WriteString), no AvailableBuffer.
 * See:             BufioWriterAnswersTest (against benchmarks/go/oracle/go/bufio), dev.golab.io.Writer.
 */
import dev.golab.io.Writer.Written;
import dev.golab.runtime.GoError;
import java.nio.charset.StandardCharsets;

public final class Writer implements dev.golab.io.Writer {
    /** bufio's defaultBufSize. */
    public static final int DEFAULT_BUF_SIZE = 4096;

    private GoError err;
    private final byte[] buf;
    private int n;
    private dev.golab.io.Writer wr;

    private Writer(dev.golab.io.Writer wr, int size) {
        this.buf = new byte[size];
        this.wr = wr;
    }

    /** bufio.NewWriter: a 4096-byte buffer. */
    public static Writer newWriter(dev.golab.io.Writer w) {
        return newWriterSize(w, DEFAULT_BUF_SIZE);
    }

    /**
     * bufio.NewWriterSize: size <= 0 means the default; a w that is already a bufio.Writer at least
     * that large is returned as it is.
     */
    public static Writer newWriterSize(dev.golab.io.Writer w, int size) {
        if (w instanceof Writer b && b.buf.length >= size) return b;
        return new Writer(w, size <= 0 ? DEFAULT_BUF_SIZE : size);
    }

    public int size() {
        return buf.length;
    }

    /** Bytes written into the buffer and not yet flushed. */
    public int buffered() {
        return n;
    }

    /** Free bytes in the buffer. */
    public int available() {
        return buf.length - n;
    }

    /** Discards anything buffered and the sticky error, and writes to w from now on. */
    public void reset(dev.golab.io.Writer w) {
        err = null;
        n = 0;
        wr = w;
    }

    /** Flush: null (nil) when everything buffered reached the underlying writer. */
    public GoError flush() {
        if (err != null) return err;
        if (n == 0) return null;
        Written r = wr.write(buf, 0, n);
        int written = r.n();
        GoError e = r.err();
        if (written < n && e == null) e = ERR_SHORT_WRITE;
        if (e != null) {
            if (written > 0 && written < n) System.arraycopy(buf, written, buf, 0, n - written);
            n -= written;
            err = e;
            return e;
        }
        n = 0;
        return null;
    }

    @Override
    public Written write(byte[] p, int off, int len) {
        int nn = 0;
        while (len > available() && err == null) {
            int m;
            if (buffered() == 0) {                                // large write, empty buffer: no copy
                Written r = wr.write(p, off, len);
                m = r.n();
                err = r.err();
            } else {
                m = available();
                System.arraycopy(p, off, buf, n, m);
                n += m;
                flush();
            }
            nn += m;
            off += m;
            len -= m;
        }
        if (err != null) return new Written(nn, err);
        System.arraycopy(p, off, buf, n, len);
        n += len;
        return new Written(nn + len, null);
    }

    /** WriteByte. */
    public GoError writeByte(byte c) {
        if (err != null) return err;
        if (available() <= 0 && flush() != null) return err;
        buf[n++] = c;
        return null;
    }

    /** WriteString: the string's UTF-8 bytes, through the buffer. */
    public Written writeString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int nn = 0, off = 0, len = b.length;
        while (len > available() && err == null) {
            int m = available();
            System.arraycopy(b, off, buf, n, m);
            n += m;
            nn += m;
            off += m;
            len -= m;
            flush();
        }
        if (err != null) return new Written(nn, err);
        System.arraycopy(b, off, buf, n, len);
        n += len;
        return new Written(nn + len, null);
    }
}
