package dev.golab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.runtime.GoError;
import dev.golab.testkit.Oracle;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * IFACE-05: the io.Reader / io.Writer contract and the helpers built on it. oracle/iocontract.json is
 * the output of benchmarks/go/oracle/go/iocontract (go1.23.5 linux/amd64), copied byte for byte.
 */
@DisplayName("IFACE-05 io.Reader and io.Writer: the contract, Copy, ReadAll and the helpers")
class IoContractAnswersTest {
    static final Map<String, Object> GO = Oracle.object("iocontract.json");

    /** A writer that keeps what it gets and the length of each write. */
    static final class Sink implements Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public Written write(byte[] p, int off, int len) {
            sizes.add(len);
            bytes.write(p, off, len);
            return new Written(len, null);
        }
    }

    /** Reads with a size-byte buffer until an error, as the oracle's reads() did: n, err and data per call. */
    private static List<Map<String, Object>> reads(Reader r, int size) {
        List<Map<String, Object>> steps = new ArrayList<>();
        byte[] buf = new byte[size];
        for (int i = 0; i < 20; i++) {
            Reader.Read res = r.read(buf);
            Map<String, Object> s = new java.util.LinkedHashMap<>();
            s.put("n", (long) res.n());                            // the oracle's JSON numbers are longs
            s.put("err", text(res.err()));
            if (res.n() > 0) s.put("data", new String(buf, 0, res.n(), StandardCharsets.UTF_8));
            steps.add(s);
            if (res.err() != null) break;
        }
        return steps;
    }

    static String text(GoError e) {
        return e == null ? "<nil>" : e.error();
    }

    private static Object go(String... path) {
        return Oracle.at(GO, path);
    }

    @Test
    @DisplayName("IFACE-05.01 Q: what does Read return on a strings.Reader, call by call? (up to len(p) bytes with a nil error; at the end (0, EOF); a zero-length read before the end is (0, nil))")
    void readFillsUpToLenPThenReturnsEof() {
        assertThat(reads(StringsReader.of("hello, reader"), 4)).isEqualTo(go("read_4"));
        assertThat(reads(StringsReader.of("abc"), 0).get(0)).isEqualTo(go("read_0_at_start"));
        assertThat(reads(StringsReader.of(""), 4)).isEqualTo(go("read_at_end"));
    }

    /** A reader that hands out data in the given chunk sizes, with EOF on the last chunk or after it. */
    private static Reader chunked(byte[] data, List<Integer> chunks, boolean eofWithData) {
        int[] pos = {0};
        int[] k = {0};
        return (p, off, len) -> {
            if (pos[0] >= data.length) return new Reader.Read(0, Io.EOF);
            int want = chunks.isEmpty() ? len : Math.max(1, chunks.get(k[0]++ % chunks.size()));
            int n = Math.min(Math.min(want, len), data.length - pos[0]);
            System.arraycopy(data, pos[0], p, off, n);
            pos[0] += n;
            return new Reader.Read(n, eofWithData && pos[0] == data.length ? Io.EOF : null);
        };
    }

    @Test
    @DisplayName("IFACE-05.02 prop: for random chunkings, with EOF on the last data or alone, a consumer that uses n before err rebuilds the input exactly; one that checks err first loses the last chunk whenever EOF comes with it")
    void aConsumerThatUsesNBeforeErrRebuildsEveryChunking() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(integers().between(0, 3000), lists().of(integers().between(1, 700)).ofSizeBetween(0, 8), booleans().all())
                .checkAssert((size, chunks, eofWithData) -> {
                    byte[] data = new byte[size];
                    for (int i = 0; i < size; i++) data[i] = (byte) (i * 31);
                    Io.ReadAll right = Io.readAll(chunked(data, chunks, eofWithData));
                    assertThat(right.data()).isEqualTo(data);
                    assertThat(right.err()).isNull();
                    byte[] wrong = errFirst(chunked(data, chunks, eofWithData));
                    if (eofWithData && size > 0) assertThat(wrong.length).isLessThan(size);
                    else assertThat(wrong).isEqualTo(data);
                });
    }

    /** The classic bug: stops at the first error before using the bytes that came with it. */
    private static byte[] errFirst(Reader r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        while (true) {
            Reader.Read res = r.read(buf);
            if (res.err() != null) return out.toByteArray();
            out.write(buf, 0, res.n());
        }
    }

    @Test
    @DisplayName("IFACE-05.03 Q: does streaming a large input through wrappers need memory for the input? (no: Go's Copy takes 32,816 B for 1 MiB and for 64 MiB; here one 32 KiB copy buffer and a 64 KiB bufio buffer whatever the size, plus a small result record per 32 KiB chunk — Java difference: two results need a record)")
    void streamingThroughWrappersTakesBufferMemoryNotInputMemory() {
        assertThat(go("stream_alloc_1MiB")).isEqualTo(go("stream_alloc_64MiB"));
        long small = streamed(1 << 20), large = streamed(64 << 20);
        assertThat(small).isGreaterThanOrEqualTo(Io.COPY_BUFFER + 64 * 1024);
        assertThat(large).as("64 MiB streamed").isLessThan(small + (64L << 20) / 100);   // far below the input
    }

    /** Bytes allocated to copy n generated bytes through Tee, Limit, Copy and a 64 KiB bufio.Writer. */
    private static long streamed(int n) {
        int[] left = {n};
        Reader gen = (p, off, len) -> {
            if (left[0] == 0) return new Reader.Read(0, Io.EOF);
            int k = Math.min(len, left[0]);
            left[0] -= k;
            return new Reader.Read(k, null);
        };
        long[] seen = {0};
        Writer hash = (p, off, len) -> {
            seen[0] += len;
            return new Writer.Written(len, null);
        };
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        bean.getCurrentThreadAllocatedBytes();
        long before = bean.getCurrentThreadAllocatedBytes();
        dev.golab.bufio.Writer out = dev.golab.bufio.Writer.newWriterSize(Io.DISCARD, 64 * 1024);
        Io.Copied c = Io.copy(out, IoWrappers.limitReader(IoWrappers.teeReader(gen, hash), n));
        out.flush();
        long allocated = bean.getCurrentThreadAllocatedBytes() - before;
        assertThat(c.written()).isEqualTo(n);
        assertThat(seen[0]).isEqualTo(n);
        return allocated;
    }

    @Test
    @DisplayName("IFACE-05.04 Q: what does io.Copy return, and how does it write? (bytes copied and a nil error, EOF is no error; a WriterTo writes itself in one Write, else 32 KiB chunks, or a LimitedReader's smaller buffer; short and invalid writes are errors)")
    void copyReturnsBytesAndNilAtEof() {
        String big = "x".repeat(100_000);
        Sink viaWriterTo = new Sink(), via32k = new Sink(), viaLimited = new Sink();
        Map<String, Io.Copied> got = new java.util.LinkedHashMap<>();
        got.put("writer_to", Io.copy(viaWriterTo, StringsReader.of(big)));
        got.put("buffer_32k", Io.copy(via32k, hidden(StringsReader.of(big))));
        got.put("limited_buffer", Io.copy(viaLimited, IoWrappers.limitReader(hidden(StringsReader.of(big)), 1000)));
        got.put("short_write", Io.copy((p, off, len) -> new Writer.Written(len / 2, null), hidden(StringsReader.of("0123456789"))));
        got.put("invalid_write", Io.copy((p, off, len) -> new Writer.Written(len + 1, null), hidden(StringsReader.of("0123456789"))));
        got.put("empty", Io.copy(new Sink(), hidden(StringsReader.of(""))));
        Map<String, Sink> sinks = Map.of("writer_to", viaWriterTo, "buffer_32k", via32k, "limited_buffer", viaLimited);
        for (var e : got.entrySet()) {
            assertThat(e.getValue().written()).as(e.getKey()).isEqualTo(((Number) go("copy", e.getKey(), "written")).longValue());
            assertThat(text(e.getValue().err())).as(e.getKey()).isEqualTo(go("copy", e.getKey(), "err"));
            if (sinks.containsKey(e.getKey())) {
                List<Number> want = Oracle.at(GO, "copy", e.getKey(), "writes");
                assertThat(sinks.get(e.getKey()).sizes).as(e.getKey()).isEqualTo(want.stream().map(Number::intValue).toList());
            }
        }
    }

    /** struct{ io.Reader }{r}: hides WriterTo, as the oracle did. */
    private static Reader hidden(Reader r) {
        return r::read;
    }

    @Test
    @DisplayName("IFACE-05.05 Q: what do LimitReader, TeeReader, MultiReader and MultiWriter do, call by call? (as Go: a limit ends in EOF, Tee copies what is read, one Read never spans two readers, a short write stops MultiWriter)")
    void helpersMatchGoCallByCall() {
        assertThat(reads(IoWrappers.limitReader(StringsReader.of("abcdefghij"), 4), 3)).isEqualTo(go("limit"));
        Sink tee = new Sink();
        Io.ReadAll all = Io.readAll(IoWrappers.teeReader(StringsReader.of("tee me"), tee));
        assertThat(new String(all.data(), StandardCharsets.UTF_8)).isEqualTo(go("tee", "read"));
        assertThat(tee.bytes.toString(StandardCharsets.UTF_8)).isEqualTo(go("tee", "written"));
        assertThat(reads(IoWrappers.multiReader(StringsReader.of("ab"), StringsReader.of(""), StringsReader.of("cd")), 3))
                .isEqualTo(go("multi_reader"));
        Sink w1 = new Sink(), w2 = new Sink();
        Writer.Written ok = IoWrappers.multiWriter(w1, w2).write("xyz".getBytes(StandardCharsets.UTF_8));
        Writer.Written shortW = IoWrappers.multiWriter(w1, (p, off, len) -> new Writer.Written(len / 2, null))
                .write("abcd".getBytes(StandardCharsets.UTF_8));
        assertThat(ok.n()).isEqualTo(((Number) go("multi_writer", "n")).intValue());
        assertThat(text(ok.err())).isEqualTo(go("multi_writer", "err"));
        assertThat(shortW.n()).isEqualTo(((Number) go("multi_writer", "short_n")).intValue());
        assertThat(text(shortW.err())).isEqualTo(go("multi_writer", "short_err"));
        assertThat(w1.bytes.toString(StandardCharsets.UTF_8)).isEqualTo(go("multi_writer", "w1"));
        assertThat(w2.bytes.toString(StandardCharsets.UTF_8)).isEqualTo(go("multi_writer", "w2"));
    }

    @Test
    @DisplayName("IFACE-05.05 prop: for random inputs and chunkings, LimitReader yields the n-byte prefix, MultiReader the concatenation, TeeReader's writer exactly the bytes read, and MultiWriter's writers each the whole input (reference: array slicing and concatenation)")
    void helpersAgreeWithSlicingAndConcatenation() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(lists().of(integers().between(0, 300)).ofSizeBetween(1, 5), integers().between(0, 1200),
                        lists().of(integers().between(1, 200)).ofSizeBetween(0, 4))
                .checkAssert((sizes, limit, chunks) -> {
                    List<byte[]> parts = new ArrayList<>();
                    ByteArrayOutputStream whole = new ByteArrayOutputStream();
                    int k = 0;
                    for (int s : sizes) {
                        byte[] b = new byte[s];
                        for (int i = 0; i < s; i++) b[i] = (byte) (k++ * 7);
                        parts.add(b);
                        whole.writeBytes(b);
                    }
                    byte[] all = whole.toByteArray();
                    Reader[] readers = parts.stream().map(b -> chunked(b, chunks, false)).toArray(Reader[]::new);
                    assertThat(Io.readAll(IoWrappers.multiReader(readers)).data()).isEqualTo(all);
                    assertThat(Io.readAll(IoWrappers.limitReader(chunked(all, chunks, true), limit)).data())
                            .isEqualTo(Arrays.copyOf(all, Math.min(limit, all.length)));
                    Sink tee = new Sink(), m1 = new Sink(), m2 = new Sink();
                    Io.readAll(IoWrappers.teeReader(chunked(all, chunks, true), tee));
                    assertThat(tee.bytes.toByteArray()).isEqualTo(all);
                    Io.Copied c = Io.copy(IoWrappers.multiWriter(m1, m2), chunked(all, chunks, false));
                    assertThat(c.written()).isEqualTo(all.length);
                    assertThat(m1.bytes.toByteArray()).isEqualTo(all);
                    assertThat(m2.bytes.toByteArray()).isEqualTo(all);
                });
    }

    @Test
    @DisplayName("IFACE-05.07 Q: what does io.ReadAll allocate? (a slice that starts at cap 512 and grows as append does: 1 MiB of input ends in a 1,114,112-byte slice, so memory follows the input)")
    void readAllGrowsItsSliceAsAppendDoes() {
        List<Map<String, Object>> rows = Oracle.at(GO, "read_all");
        for (Map<String, Object> row : rows) {
            int n = ((Number) row.get("n")).intValue();
            Io.ReadAll r = Io.readAll(hidden(StringsReader.of("y".repeat(n))));
            assertThat(r.data()).as("n=" + n).hasSize(((Number) row.get("len")).intValue());
            assertThat(r.cap()).as("n=" + n).isEqualTo(((Number) row.get("cap")).intValue());
            assertThat(r.err()).isNull();
        }
    }
}
