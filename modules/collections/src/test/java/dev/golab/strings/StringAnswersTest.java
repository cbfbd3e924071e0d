package dev.golab.strings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.testkit.Oracle;
import dev.golab.runtime.RuntimeError;
import dev.golab.slices.ElemType;
import dev.golab.slices.Slice;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-12: string, []byte, []rune — checked against benchmarks/go/oracle/data/strings.json. */
class StringAnswersTest {
    private static final Map<String, Object> GO = Oracle.object("strings.json");
    private static final GoString HELLO = GoString.of("Hello, 世界");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(String name) {
        return (Map<String, Object>) GO.get(name);
    }

    private static String u(int r) {
        return String.format("U+%04X", r);
    }

    private static List<String> rangeOf(GoString s) {
        List<String> out = new ArrayList<>();
        s.forEachRune((i, r) -> out.add(i + " " + u(r) + " " + Utf8.width(s.decodeRuneAt(i))));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> oracleRange(Object rangeJson) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) rangeJson) out.add(e.get("i") + " " + e.get("r") + " " + e.get("w"));
        return out;
    }

    private static GoString hex(String spaced) {
        return GoString.ofBytes(HexFormat.of().parseHex(spaced.replace(" ", "")));
    }

    @Test
    @DisplayName("CORE-12.01 Q: what is s[i], and can a string be modified in place?")
    void indexingGivesABytesAndStringsNeverChange() {
        byte[] b = HELLO.bytes();
        b[0] = 'J'; // changing the copy ([]byte(s))
        assertThat(HELLO.byteAt(0)).isEqualTo('H');
        assertThat(HELLO.slice(7, 10).toString()).isEqualTo("世");
        assertThatThrownBy(() -> GoString.of("abc").byteAt(5)).isInstanceOf(RuntimeError.class)
                .hasMessage("runtime error: index out of range [5] with length 3");
        assertThatThrownBy(() -> GoString.of("abc").byteAt(-1)).hasMessage("runtime error: index out of range [-1]");
        assertThatThrownBy(() -> GoString.of("abc").slice(0, 5)).hasMessage("runtime error: slice bounds out of range [:5] with length 3");
        assertThatThrownBy(() -> GoString.of("abc").sliceFrom(5)).hasMessage("runtime error: slice bounds out of range [5:3]");
        assertThatThrownBy(() -> GoString.of("abc").slice(-1, 2)).hasMessage("runtime error: slice bounds out of range [-1:]");
    }

    @Test
    @DisplayName("CORE-12.02 Q: what are len(\"Hello, 世界\") and s[0]?")
    void lenCountsBytes13AndFirstByteIs72() {
        Map<String, Object> h = section("hello");
        assertThat((long) HELLO.len()).isEqualTo(h.get("len")).isEqualTo(13L);
        assertThat(HELLO.byteAt(0)).isEqualTo(72);
        assertThat((long) HELLO.byteAt(7)).isEqualTo(h.get("s[7]"));
        assertThat(HELLO.hex()).isEqualTo(h.get("bytes_hex"));
        assertThat(HELLO.sliceFrom(8).hex()).isEqualTo(h.get("s[8:] hex"));
    }

    @Test
    @DisplayName("CORE-12.03 Q: what does a byte-indexed loop over multibyte text yield?")
    void byteLoopYieldsRawUtf8Bytes() {
        List<String> bytes = new ArrayList<>();
        for (int i = 7; i < 10; i++) bytes.add(Integer.toHexString(HELLO.byteAt(i)));
        assertThat(bytes).containsExactly("e4", "b8", "96");
    }

    @Test
    @DisplayName("CORE-12.04 Q: what byte offsets does for i, r := range s give?")
    void rangeYieldsRunesAtByteOffsets() {
        assertThat(rangeOf(HELLO)).isEqualTo(oracleRange(section("hello").get("range")));
        List<Integer> offsets = new ArrayList<>();
        HELLO.forEachRune((i, r) -> offsets.add(i));
        assertThat(offsets).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 10);
    }

    @Test
    @DisplayName("CORE-12.05 Q: how many runes in the seed string?")
    void runeCountIsNine() {
        assertThat((long) HELLO.runes().length).isEqualTo(section("hello").get("len_[]rune")).isEqualTo(9L);
        assertThat((long) HELLO.runeCount()).isEqualTo(section("hello").get("RuneCountInString"));
        assertThat(GoString.fromRunes(HELLO.runes())).isEqualTo(HELLO);
    }

    @Test
    @DisplayName("CORE-12.06 / CORE-05.05 Q: do []byte(s), string(b) and copy(b, \"hello\") copy?")
    void conversionsCopyInBothDirections() {
        GoString s = GoString.of("hello");
        Slice<Byte> b = s.toByteSlice();
        b.set(0, (byte) 'j');
        assertThat(s.toString()).isEqualTo("hello");
        GoString back = GoString.ofBytes(b);
        b.set(1, (byte) 'u');
        assertThat(back.toString()).isEqualTo("jello");
        Slice<Byte> dst = Slice.make(ElemType.BYTE, 3, 3);
        assertThat(GoString.copy(dst, s)).isEqualTo(3);
        assertThat(GoString.ofBytes(dst).toString()).isEqualTo("hel");
    }

    @Test
    @DisplayName("CORE-12.A1 Q: what does range yield over invalid UTF-8 (every oracle case)?")
    @SuppressWarnings("unchecked")
    void invalidBytesDecodeToReplacementCharWithWidthOne() {
        Map<String, Object> cases = section("invalid_utf8");
        assertThat(cases).hasSize(8);
        cases.forEach((hexBytes, v) -> {
            Map<String, Object> want = (Map<String, Object>) v;
            GoString s = hex(hexBytes);
            assertThat(rangeOf(s)).as("range over %s", hexBytes).isEqualTo(oracleRange(want.get("range")));
            List<String> runes = new ArrayList<>();
            for (int r : s.runes()) runes.add(u(r));
            assertThat(runes).as("[]rune(%s)", hexBytes).isEqualTo(want.get("[]rune"));
            assertThat((long) s.runeCount()).isEqualTo(want.get("rune_count"));
            assertThat(s.valid()).as("utf8.ValidString(%s)", hexBytes).isEqualTo(want.get("valid"));
            assertThat(GoString.fromRunes(s.runes()).hex()).isEqualTo(want.get("string([]rune(s)) hex"));
        });
    }

    @Test
    @DisplayName("CORE-12 Q: what does string(rune(x)) give for invalid code points and truncated ints?")
    void stringOfRuneEncodesInvalidRunesAsReplacementChar() {
        Map<String, Object> c = section("conversions");
        long[] xs = {-1, 0x0, 0x10ffff, 0x110000, 0x1f600, 0x41, 0x4e16, 0xd800, 0xdfff};
        for (long x : xs) {
            String key = "string(rune(" + (x < 0 ? "-1" : "0x" + Long.toHexString(x)) + "))";
            assertThat(GoString.fromRune(x).hex()).as(key).isEqualTo(c.get(key));
        }
        assertThat(GoString.fromRune((1L << 32) + 65).hex()).isEqualTo(c.get("string(rune(int64(1<<32+65)))"));
        assertThat(GoString.fromRunes(0x48, 0xD800, 0x49).hex()).isEqualTo(c.get("string([]rune{0x48, 0xD800, 0x49})"));
        assertThat(String.valueOf(Utf8.runeLen(-1))).isEqualTo(c.get("utf8.RuneLen(-1)"));
        assertThat(String.valueOf(Utf8.runeLen(0x1F600))).isEqualTo(c.get("utf8.RuneLen(0x1F600)"));
        assertThat(String.valueOf(Utf8.runeLen(0xD800))).isEqualTo(c.get("utf8.RuneLen(0xD800)"));
    }

    @Test
    @DisplayName("CORE-12 Q: how do strings compare, and are precomposed and combining é equal?")
    void comparisonIsBytewiseAndNormalisationIsNotApplied() {
        assertThat(GoString.of("Z").compareTo(GoString.of("a"))).isNegative();
        assertThat(GoString.ofBytes((byte) 0xff).compareTo(GoString.of("世"))).isPositive();
        assertThat(GoString.of("ab").compareTo(GoString.of("abc"))).isNegative();
        assertThat(GoString.of("世").compareTo(GoString.of("z"))).isPositive();
        GoString pre = GoString.of("\u00e9");
        GoString comb = GoString.of("e\u0301");
        assertThat(List.of((long) comb.len(), (long) comb.runeCount())).isEqualTo(section("composed").get("e+U+0301 len/runes"));
        assertThat(List.of((long) pre.len(), (long) pre.runeCount())).isEqualTo(section("composed").get("é precomposed len/runes"));
        assertThat(pre.equals(comb)).isEqualTo(section("composed").get("equal"));
    }

    @Test
    @DisplayName("CORE-12.08 Q: what does += in a loop cost compared with strings.Builder (bytes copied)?")
    void plusInALoopCopiesQuadraticBytesBuilderLinear() {
        GoString piece = GoString.of("0123456789");
        int n = 1_000;
        GoString s = GoString.EMPTY;
        long plusCopied = 0;
        for (int i = 0; i < n; i++) {
            s = s.concat(piece);
            plusCopied += s.len() == piece.len() ? 0 : s.len(); // concatstrings copies both operands
        }
        Builder b = new Builder();
        for (int i = 0; i < n; i++) b.writeString(piece);
        assertThat(b.string()).isEqualTo(s);
        long total = (long) n * piece.len();
        assertThat(plusCopied).as("sum of all intermediate lengths ~ total*n/2").isGreaterThan(total * n / 2 - total);
        // each byte written once, plus regrowth copies: at most total/(1.25-1) with Go's 1.25x growth above 256
        assertThat(b.bytesCopied()).as("writes + amortised regrowth copies").isLessThan(5 * total);
        assertThat(plusCopied / b.bytesCopied()).as("+= copies ~n/10 times more here").isGreaterThan(50);
        assertThat(b.allocations()).as("O(log n) buffers").isLessThan(25);
    }

    @Test
    @DisplayName("PERF-01.04 Q: does Builder.Grow with an accurate estimate need one allocation?")
    void growWithAccurateEstimateAllocatesOnce() {
        Builder b = new Builder();
        b.grow(1_000);
        for (int i = 0; i < 100; i++) b.writeString("0123456789");
        assertThat(b.len()).isEqualTo(1_000);
        assertThat(b.allocations()).isEqualTo(1);
        Builder unsized = new Builder();
        for (int i = 0; i < 100; i++) unsized.writeString("0123456789");
        assertThat(unsized.allocations()).as("without Grow: one per growslice").isGreaterThan(5);
        assertThatThrownBy(() -> b.grow(-1)).hasMessage("strings.Builder.Grow: negative count");
    }
}
