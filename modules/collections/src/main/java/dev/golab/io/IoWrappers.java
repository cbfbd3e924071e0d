package dev.golab.io;

/*
 * Go behaviour:    io's composition helpers (io/io.go, io/multi.go, Go 1.23):
 *                    LimitReader(r, n): reads at most n bytes in all, then (0, EOF);
 *                    TeeReader(r, w): every byte read from r is written to w before Read returns
 *                    (a write error is Read's error);
 *                    MultiReader(rs...): reads each reader to its EOF in turn; one Read never spans two
 *                    readers, and EOF comes only after the last;
 *                    MultiWriter(ws...): writes p to each writer in turn; the first error, or a short
 *                    write (ErrShortWrite), stops it.
 * Model:           the same Read and Write methods over the lab's Reader and Writer.
 * Invariants:      IO-I5 LimitReader yields a prefix of at most n bytes; MultiReader yields the
 *                  concatenation; TeeReader's w receives exactly the bytes read; MultiWriter's writers
 *                  each receive p.
 * Differs from Go: MultiReader does not flatten nested MultiReaders (the bytes are the same).
 * See:             IoContractAnswersTest.
 */
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

public final class IoWrappers {
    private IoWrappers() {}

    /** io.LimitedReader: R with N bytes left. */
    public static final class LimitedReader implements Reader {
        private final Reader r;
        private long n;

        LimitedReader(Reader r, long n) {
            this.r = r;
            this.n = n;
        }

        long remaining() {
            return n;
        }

        @Override
        public Read read(byte[] p, int off, int len) {
            if (n <= 0) return new Read(0, Io.EOF);
            Read res = r.read(p, off, (int) Math.min(len, n));
            n -= res.n();
            return res;
        }
    }

    /** io.LimitReader. */
    public static Reader limitReader(Reader r, long n) {
        return new LimitedReader(r, n);
    }

    /** io.TeeReader. */
    public static Reader teeReader(Reader r, Writer w) {
        return (p, off, len) -> {
            Reader.Read res = r.read(p, off, len);
            if (res.n() > 0) {
                Writer.Written wr = w.write(p, off, res.n());
                if (wr.err() != null) return new Reader.Read(wr.n(), wr.err());
            }
            return res;
        };
    }

    /** io.MultiReader. */
    public static Reader multiReader(Reader... readers) {
        Deque<Reader> left = new ArrayDeque<>(List.of(readers));
        return (p, off, len) -> {
            while (!left.isEmpty()) {
                Reader.Read res = left.peekFirst().read(p, off, len);
                if (res.err() == Io.EOF) left.removeFirst();
                if (res.n() > 0 || res.err() != Io.EOF) {
                    return res.err() == Io.EOF && !left.isEmpty() ? new Reader.Read(res.n(), null) : res;
                }
            }
            return new Reader.Read(0, Io.EOF);
        };
    }

    /** io.MultiWriter. */
    public static Writer multiWriter(Writer... writers) {
        List<Writer> all = List.of(writers);
        return (p, off, len) -> {
            for (Writer w : all) {
                Writer.Written r = w.write(p, off, len);
                if (r.err() != null) return r;
                if (r.n() != len) return new Writer.Written(r.n(), Writer.ERR_SHORT_WRITE);
            }
            return new Writer.Written(len, null);
        };
    }
}
