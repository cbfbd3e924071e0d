package dev.golab.runtime.malloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.runtime.malloc.StructLayout.Array;
import dev.golab.runtime.malloc.StructLayout.Basic;
import dev.golab.runtime.malloc.StructLayout.Field;
import dev.golab.runtime.malloc.StructLayout.Struct;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PERF-01.07: Go's struct layout on amd64 (unsafe.Sizeof, Alignof, Offsetof). go-layout.json is the
 * output of benchmarks/go/oracle/go/layout (go1.23.5 linux/amd64), copied byte for byte.
 */
@DisplayName("PERF-01.07 struct layout: alignment, padding and field order")
class StructLayoutAnswersTest {
    private static final Struct BAD = Struct.of(f("a", Basic.UINT8), f("b", Basic.INT64), f("c", Basic.UINT8), f("d", Basic.INT64));
    private static final Struct GOOD = Struct.of(f("b", Basic.INT64), f("d", Basic.INT64), f("a", Basic.UINT8), f("c", Basic.UINT8));

    @Test
    @DisplayName("PERF-01.07 Q: how big are Bad{byte,int64,byte,int64} and Good{int64,int64,byte,byte}? (32 and 24 bytes, both 8-byte aligned)")
    void badIs32BytesAndGoodIs24BothEightByteAligned() {
        assertThat(BAD.size()).isEqualTo(32);
        assertThat(BAD.offsets()).containsExactly(0L, 8L, 16L, 24L);
        assertThat(GOOD.size()).isEqualTo(24);
        assertThat(GOOD.offsets()).containsExactly(0L, 8L, 16L, 17L);
        assertThat(BAD.align()).isEqualTo(8);
        assertThat(GOOD.align()).isEqualTo(8);
        assertThat(BAD.describe()).isEqualTo("a byte @0 (+7 pad), b int64 @8, c byte @16 (+7 pad), d int64 @24: size 32, align 8");
    }

    @Test
    @DisplayName("PERF-01.07 Q: does the model lay out every recorded struct as Go 1.23 does? (size, alignment and every offset equal)")
    void everyRecordedStructHasGosSizeAlignmentAndOffsets() throws Exception {
        Map<String, Struct> cases = Map.of(
                "Bad", BAD, "Good", GOOD, "struct{}", Struct.EMPTY,
                "ZeroFirst", Struct.of(f("z", Struct.EMPTY), f("a", Basic.INT64)),
                "ZeroLast", Struct.of(f("a", Basic.INT64), f("z", Struct.EMPTY)),
                "ZeroArrayLast", Struct.of(f("a", Basic.UINT8), f("z", new Array(Basic.INT64, 0))),
                "Headers", Struct.of(f("s", Basic.STRING), f("b", Basic.SLICE), f("i", Basic.INTERFACE)),
                "Complex", Struct.of(f("a", Basic.UINT8), f("c", Basic.COMPLEX64)));
        JsonNode go;
        try (InputStream in = StructLayoutAnswersTest.class.getResourceAsStream("go-layout.json")) {
            go = new ObjectMapper().readTree(in);
        }
        assertThat(go.size()).isEqualTo(cases.size());
        for (Map.Entry<String, JsonNode> e : go.properties()) {
            Struct s = cases.get(e.getKey());
            assertThat(s).as(e.getKey()).isNotNull();
            assertThat(s.size()).as(e.getKey() + " size").isEqualTo(e.getValue().get("size").asLong());
            assertThat(s.align()).as(e.getKey() + " align").isEqualTo(e.getValue().get("align").asLong());
            List<Long> offsets = new ArrayList<>();
            e.getValue().get("offsets").forEach(n -> offsets.add(n.asLong()));
            assertThat(s.offsets()).as(e.getKey() + " offsets").isEqualTo(offsets);
        }
    }

    @Test
    @DisplayName("PERF-01.07 Q: the seed says Bad is \"1+8+1+8 = 26 bytes\": is it? (no: the fields add up to 18; 14 bytes are padding)")
    void badsFieldsAddUpTo18AndTheRestIsPadding() {
        assertThat(BAD.fieldBytes()).isEqualTo(18);
        assertThat(BAD.padding()).isEqualTo(14);
        assertThat(GOOD.padding()).as("only the tail, to round 18 up to a multiple of 8").isEqualTo(6);
    }

    @Test
    @DisplayName("PERF-01.07 Q: does a zero-size field take space? (not at the start; at the end it adds a byte before rounding, so its address stays inside the struct)")
    void aTrailingZeroSizeFieldAddsPaddingALeadingOneDoesNot() {
        assertThat(Struct.EMPTY.size()).isZero();
        assertThat(Struct.EMPTY.align()).isEqualTo(1);
        assertThat(Struct.of(f("z", Struct.EMPTY), f("a", Basic.INT64)).size()).isEqualTo(8);
        assertThat(Struct.of(f("a", Basic.INT64), f("z", Struct.EMPTY)).size()).isEqualTo(16);
        assertThat(Struct.of(f("a", Basic.UINT8), f("z", new Array(Basic.INT64, 0))).size()).as("[0]int64 aligns to 8").isEqualTo(16);
    }

    @Test
    @DisplayName("PERF-01.07 Q: what do string, slice, interface and complex64 take? (16, 24, 16; complex64 is 8 bytes aligned to 4)")
    void headerTypesAndComplex64HaveGosSizesAndAlignments() {
        Struct s = Struct.of(f("s", Basic.STRING), f("b", Basic.SLICE), f("i", Basic.INTERFACE));
        assertThat(s.offsets()).containsExactly(0L, 16L, 40L);
        assertThat(s.size()).isEqualTo(56);
        Struct c = Struct.of(f("a", Basic.UINT8), f("c", Basic.COMPLEX64));
        assertThat(c.offsets()).containsExactly(0L, 4L);
        assertThat(c.size()).isEqualTo(12);
        assertThat(c.align()).isEqualTo(4);
    }

    @Test
    @DisplayName("PERF-01.07 prop: offsets are aligned and never overlap, the size is a multiple of the alignment (SL-I1, SL-I2)")
    void everyLayoutKeepsItsFieldsAlignedApartAndRounded() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(lists().of(integers().between(0, TYPES.size() - 1)).ofSizeBetween(0, 8))
                .checkAssert(picks -> {
                    Struct s = Struct.of(fields(picks).toArray(Field[]::new));
                    long end = 0;
                    for (int i = 0; i < s.fields().size(); i++) {
                        long off = s.offsets().get(i);
                        assertThat(off % s.fields().get(i).type().align()).isZero();
                        assertThat(off).isGreaterThanOrEqualTo(end);
                        end = off + s.fields().get(i).type().size();
                    }
                    assertThat(s.size() % s.align()).isZero();
                    assertThat(s.size()).isGreaterThanOrEqualTo(s.fieldBytes());
                });
    }

    @Test
    @DisplayName("PERF-01.07 prop: ordering fields by alignment, largest first, gives the smallest size of all orders (reference: every permutation)")
    void largestAlignmentFirstIsAsSmallAsTheBestPermutation() {
        qt().withFixedSeed(20261207L).withExamples(200)
                .forAll(lists().of(integers().between(0, TYPES.size() - 1)).ofSizeBetween(1, 6))
                .checkAssert(picks -> {
                    List<Field> fs = fields(picks);
                    List<Field> sorted = new ArrayList<>(fs);
                    sorted.sort(Comparator.comparingLong((Field f) -> f.type().align()).reversed());
                    long best = Long.MAX_VALUE;
                    for (List<Field> p : permutations(fs)) best = Math.min(best, Struct.of(p.toArray(Field[]::new)).size());
                    Struct s = Struct.of(sorted.toArray(Field[]::new));
                    assertThat(s.size()).as("%s", s.describe()).isEqualTo(best);
                    assertThat(s.fieldBytes()).as("SL-I3").isEqualTo(Struct.of(fs.toArray(Field[]::new)).fieldBytes());
                });
    }

    /** Field types for the properties: every basic type and small arrays (none of size zero). */
    private static final List<StructLayout.Type> TYPES = types();

    private static List<StructLayout.Type> types() {
        List<StructLayout.Type> ts = new ArrayList<>(List.of(Basic.values()));
        ts.add(new Array(Basic.UINT8, 3));
        ts.add(new Array(Basic.INT16, 3));
        ts.add(new Array(Basic.INT32, 2));
        return List.copyOf(ts);
    }

    private static List<Field> fields(List<Integer> picks) {
        List<Field> fs = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) fs.add(f("f" + i, TYPES.get(picks.get(i))));
        return fs;
    }

    private static List<List<Field>> permutations(List<Field> fs) {
        if (fs.isEmpty()) return List.of(List.of());
        List<List<Field>> out = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            List<Field> rest = new ArrayList<>(fs);
            Field head = rest.remove(i);
            for (List<Field> p : permutations(rest)) {
                List<Field> q = new ArrayList<>();
                q.add(head);
                q.addAll(p);
                out.add(q);
            }
        }
        return out;
    }

    private static Field f(String name, StructLayout.Type type) {
        return new Field(name, type);
    }
}
