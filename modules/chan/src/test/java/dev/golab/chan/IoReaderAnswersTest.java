package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.io.Io;
import dev.golab.io.Reader;
import dev.golab.io.StringsReader;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.testkit.GoAwait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IFACE-05.08: one function written against io.Reader (the lab's dev.golab.io.Reader) runs unchanged
 * on a file, an in-memory byte reader, a string reader and a pipe between two goroutines. The pipe is
 * io/pipe.go's design on the lab's unbuffered channels: each Write blocks until reads have taken all
 * its bytes, and closing the write side gives the reader EOF.
 */
@DisplayName("IFACE-05.08 one io.Reader function over a file, a buffer, a string and a pipe")
class IoReaderAnswersTest {
    static final String TEXT = "one\ntwo\nthree\nfour\n".repeat(50);

    /** Counts lines the Go way: a small buffer, the n bytes used before err is looked at. */
    static int countLines(Reader r) {
        byte[] buf = new byte[7];
        int lines = 0;
        while (true) {
            Reader.Read res = r.read(buf);
            for (int i = 0; i < res.n(); i++) if (buf[i] == '\n') lines++;
            if (res.err() == Io.EOF) return lines;
            if (res.err() != null) throw new AssertionError(res.err().error());
        }
    }

    /** os.File's Read: bytes from the current offset, (0, EOF) at the end. */
    static Reader file(FileChannel ch) {
        return (p, off, len) -> {
            try {
                int n = ch.read(ByteBuffer.wrap(p, off, len));
                return n < 0 ? new Reader.Read(0, Io.EOF) : new Reader.Read(n, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** io.Pipe on two unbuffered channels: wrCh carries a write's bytes, rdCh how many a read took. */
    static final class Pipe {
        final Chan<byte[]> wrCh = Chan.make();
        final Chan<Integer> rdCh = Chan.make();

        void write(byte[] b) {
            while (b.length > 0) {
                wrCh.send(b);
                b = Arrays.copyOfRange(b, rdCh.recv(), b.length);
            }
        }

        void closeWrite() {
            wrCh.close();
        }

        final Reader reader = (p, off, len) -> {
            Recv<byte[]> r = wrCh.recvOk();
            if (!r.ok()) return new Reader.Read(0, Io.EOF);   // PipeWriter.Close: the reader sees EOF
            int n = Math.min(len, r.value().length);
            System.arraycopy(r.value(), 0, p, off, n);
            rdCh.send(n);
            return new Reader.Read(n, null);
        };
    }

    @Test
    @DisplayName("IFACE-05.08 Q: does a function written against io.Reader work unchanged on a file, a byte buffer, a string reader and a pipe? (yes: 200 lines from each)")
    void oneReaderFunctionCountsTheSameLinesFromEverySource(@TempDir Path dir) throws IOException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("lines.txt"), bytes);
        try (FileChannel ch = FileChannel.open(f)) {
            assertThat(countLines(file(ch))).isEqualTo(200);
        }
        assertThat(countLines(StringsReader.of(bytes))).isEqualTo(200);
        assertThat(countLines(StringsReader.of(TEXT))).isEqualTo(200);
        Pipe pipe = new Pipe();
        Goroutine writer = Go.go(() -> {
            for (int i = 0; i < bytes.length; i += 100) pipe.write(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 100)));
            pipe.closeWrite();
        });
        assertThat(countLines(pipe.reader)).isEqualTo(200);
        GoAwait.done(writer);
    }
}
