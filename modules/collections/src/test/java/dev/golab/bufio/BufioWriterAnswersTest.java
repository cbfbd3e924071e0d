package dev.golab.bufio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.errors.Errors;
import dev.golab.io.Writer.Written;
import dev.golab.runtime.GoError;
import dev.golab.testkit.Oracle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PERF-01.06: bufio.Writer against a counting writer. oracle/bufio.json is the output of
 * benchmarks/go/oracle/go/bufio (go1.23.5 linux/amd64), copied byte for byte; each test replays the
 * same writes through the lab's Writer and compares what reaches the underlying writer.
 */
@DisplayName("PERF-01.06 bufio.Writer: few large writes, and the tail is lost without Flush")
class BufioWriterAnswersTest {
    static final Map<String, Object> GO = Oracle.object("bufio.json");

    /** Go's counting writer: records each Write's length and keeps the bytes. */
    static final class Counting implements dev.golab.io.Writer {
        final List<Integer> sizes = new ArrayList<>();
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public Written write(byte[] p, int off, int len) {
            sizes.add(len);
            bytes.write(p, off, len);
            return new Written(len, null);
        }

        long sum() {
            return sizes.stream().mapToLong(Integer::longValue).sum();
        }
    }

    private static long go(String... path) {
        return Oracle.<Number>at(GO, path).longValue();
    }

    @Test
    @DisplayName("PERF-01.06 Q: how many writes reach the file for 100,000 small writes through a 64 KiB bufio.Writer, and what is lost without Flush? (761 writes of 64 KiB; the last 30,103 bytes stay buffered until Flush makes it 762)")
    void smallWritesBecomeBufferSizedWritesAndTheTailNeedsFlush() {
        Counting c = new Counting();
        Writer w = Writer.newWriterSize(c, 64 * 1024);
        long total = 0;
        for (int i = 0; i < 100_000; i++) {
            int n = (i * 7919) % 997 + 1;
            assertThat(w.write(new byte[n]).n()).isEqualTo(n);
            total += n;
        }
        assertThat(total).isEqualTo(go("small_writes", "total"));
        assertThat(c.sizes).hasSize((int) go("small_writes", "writes_before_flush")).containsOnly(65_536);
        assertThat(c.sum()).isEqualTo(go("small_writes", "bytes_before_flush"));
        assertThat(w.buffered()).isEqualTo((int) go("small_writes", "buffered_before_flush"));
        assertThat(total - c.sum()).as("lost if the program ends here").isEqualTo(go("small_writes", "lost_without_flush"));
        assertThat(w.flush()).isNull();
        assertThat(c.sizes).hasSize((int) go("small_writes", "writes_after_flush"));
        assertThat(c.sum()).isEqualTo(total).isEqualTo(go("small_writes", "bytes_after_flush"));
    }

    @Test
    @DisplayName("PERF-01.06 Q: what does a write larger than the buffer do? (tops up and flushes what is buffered; with the buffer empty it goes straight through: 10, 70000, 5, 200000, 65536, 1, 65535 reach the file as 65536, 65536, 138943, 65536, 65536)")
    void aLargeWriteWithAnEmptyBufferGoesStraightThrough() {
        Counting c = new Counting();
        Writer w = Writer.newWriterSize(c, 65_536);
        for (int n : new int[] {10, 70_000, 5, 200_000, 65_536, 1, 65_535}) w.write(new byte[n]);
        assertThat(c.sizes).isEqualTo(numbers("mixed_sizes_before_flush"));
        w.flush();
        assertThat(c.sizes).isEqualTo(numbers("mixed_sizes"));
    }

    @Test
    @DisplayName("PERF-01.06 Q: and when the underlying writer fails part-way? (Write returns what entered the buffer and the error; the error is sticky for Write and Flush, and the unwritten bytes stay buffered)")
    void aShortWriteLeavesAStickyErrorAndKeepsTheUnwrittenBytes() {
        GoError full = Errors.newError("disk full");
        int[] calls = {0};
        dev.golab.io.Writer failing = (p, off, len) -> ++calls[0] == 1 ? new Written(len, null) : new Written(Math.min(10, len), full);
        Writer w = Writer.newWriterSize(failing, 16);
        List<Written> got = List.of(w.write(new byte[20]), w.write(new byte[10]), w.write(new byte[10]), w.write(new byte[1]));
        List<Map<String, Object>> want = Oracle.at(GO, "short_write");
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i).n()).as("write " + i).isEqualTo(((Number) want.get(i).get("n")).intValue());
            assertThat(text(got.get(i).err())).as("write " + i).isEqualTo(want.get(i).get("err"));
        }
        assertThat(text(w.flush())).isEqualTo(want.get(4).get("flush"));
        assertThat(w.buffered()).isEqualTo(((Number) want.get(4).get("buffered")).intValue());
        assertThat(calls[0]).isEqualTo(((Number) want.get(4).get("calls")).intValue());
        assertThat(w.writeByte((byte) 1)).isSameAs(full);
        assertThat(w.writeString("x").err()).isSameAs(full);
    }

    @Test
    @DisplayName("PERF-01.06 Q: what size does NewWriterSize give? (4096 for size <= 0; a bufio.Writer at least as large is returned as it is)")
    void sizesFollowNewWriterSize() {
        assertThat(Writer.newWriter(new Counting()).size()).isEqualTo((int) go("default_size"));
        assertThat(Writer.newWriterSize(new Counting(), 0).size()).isEqualTo((int) go("size_zero"));
        Writer big = Writer.newWriterSize(new Counting(), 8192);
        assertThat(Writer.newWriterSize(big, 4096) == big).isEqualTo(Oracle.<Boolean>at(GO, "rewrap_same")).isTrue();
        assertThat(Writer.newWriterSize(big, 10_000) == big).isEqualTo(Oracle.<Boolean>at(GO, "rewrap_larger_same")).isFalse();
    }

    @Test
    @DisplayName("PERF-01.06 prop: for random chunkings (Write, WriteString, WriteByte), after Flush the file holds exactly the bytes written, no write but the last is smaller than the buffer, and at most a buffer's worth is ever pending (BW-I1..3)")
    void everyChunkingArrivesWholeInBufferSizedWrites() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(integers().between(1, 64), lists().of(integers().between(0, 200)).ofSizeBetween(0, 60))
                .checkAssert((size, chunks) -> {
                    Counting c = new Counting();
                    Writer w = Writer.newWriterSize(c, size);
                    ByteArrayOutputStream want = new ByteArrayOutputStream();
                    int k = 0;
                    for (int len : chunks) {
                        byte[] p = new byte[len];
                        for (int i = 0; i < len; i++) p[i] = (byte) ('a' + k++ % 26);   // ASCII: a string's bytes are p
                        switch (len % 3) {
                            case 0 -> w.write(p);
                            case 1 -> w.writeString(new String(p, StandardCharsets.US_ASCII));
                            default -> { for (byte b : p) w.writeByte(b); }
                        }
                        want.writeBytes(p);
                        assertThat(w.buffered()).isBetween(0, size);
                    }
                    assertThat(w.flush()).isNull();
                    assertThat(c.bytes.toByteArray()).isEqualTo(want.toByteArray());
                    for (int i = 0; i + 1 < c.sizes.size(); i++) assertThat(c.sizes.get(i)).isGreaterThanOrEqualTo(size);
                });
    }

    private static List<Integer> numbers(String key) {
        return Oracle.<List<Number>>at(GO, key).stream().map(Number::intValue).toList();
    }

    private static String text(GoError e) {
        return e == null ? "<nil>" : e.error();
    }
}
