package dev.golab.runtime.malloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PERF-01.09: allocations and bytes per op for a slice of values against a slice of pointers.
 * go-allocs.json is the output of benchmarks/go/oracle/go/allocs (go1.23.5 linux/amd64, MemStats
 * Mallocs and TotalAlloc per run), copied byte for byte. Point is struct{X, Y int}: 16 bytes, no pointers.
 */
@DisplayName("PERF-01.09 counting allocations: []Point against []*Point")
class AllocCountAnswersTest {
    private static final long POINT = 16, POINTER = 8;
    private static JsonNode go;

    @BeforeAll
    static void readGo() throws Exception {
        try (InputStream in = AllocCountAnswersTest.class.getResourceAsStream("go-allocs.json")) {
            go = new ObjectMapper().readTree(in);
        }
    }

    @Test
    @DisplayName("PERF-01.09 Q: how many allocations is make([]Point, 1000)? (1: one backing array of 16,000 B in a 16,384 B slot, as Go counts)")
    void aSliceOfValuesIsOneAllocation() {
        long n = go.get("n").asLong();
        Mallocs m = new Mallocs();
        m.makeSlice(POINT, n, false);
        assertThat(m.allocations()).isEqualTo(1).isEqualTo(go.get("values").get("allocs").asLong());
        assertThat(m.bytes()).isEqualTo(16_384).isEqualTo(go.get("values").get("bytes").asLong());
    }

    @Test
    @DisplayName("PERF-01.09 Q: and make([]*Point, 1000) plus 1000 &Point{}? (1,001 allocations, 24,192 B: the pointer array with its malloc header, then one 16 B object each)")
    void aSliceOfPointersIsOnePlusOneAllocationPerElement() {
        long n = go.get("n").asLong();
        Mallocs m = new Mallocs();
        m.makeSlice(POINTER, n, true);
        for (long i = 0; i < n; i++) m.newObject(POINT, false);
        assertThat(m.allocations()).isEqualTo(1_001).isEqualTo(go.get("pointers").get("allocs").asLong());
        assertThat(m.bytes()).isEqualTo(24_192).isEqualTo(go.get("pointers").get("bytes").asLong());
    }

    @Test
    @DisplayName("PERF-01.09 Q: what does the 8,000 B pointer array take? (8,192 B: 8,000 plus Go 1.22's 8-byte malloc header rounds up to the 8,192 class)")
    void aPointerfulArrayOver512BytesCarriesAMallocHeaderInItsSlot() {
        assertThat(SizeClasses.slotSize(8_000, false)).isEqualTo(8_192);
        assertThat(SizeClasses.roundupsize(8_000, false)).as("roundupsize leaves the header out").isEqualTo(8_184);
        assertThat(SizeClasses.slotSize(8_000, true)).as("noscan: no header, same class").isEqualTo(8_192);
        assertThat(SizeClasses.slotSize(8_184, false)).as("8,184 + 8 fits the 8,192 class").isEqualTo(8_192);
        assertThat(SizeClasses.slotSize(8_185, false)).as("one more byte moves to the next class").isEqualTo(9_472);
    }

    @Test
    @DisplayName("PERF-01.09 Q: what does the counter refuse, and how does it count objects under 16 B? (size 0, which Go gives zerobase; noscan objects under 16 B share 16-byte tiny blocks: two 8-byte ones are 2 allocs and 16 B)")
    void zeroSizesAreRefusedAndTinyObjectsShareABlock() {
        Mallocs m = new Mallocs();
        assertThatThrownBy(() -> m.malloc(0, true)).hasMessageContaining("size must be > 0");
        m.malloc(8, true);                                      // a new tiny block
        m.malloc(8, true);                                      // fits beside it: counted, no new bytes
        assertThat(m.allocations()).isEqualTo(2);
        assertThat(m.bytes()).isEqualTo(16);
        m.malloc(8, false);                                     // a pointer-sized object with a pointer: its own slot
        assertThat(m.allocations()).isEqualTo(3);
        assertThat(m.bytes()).isEqualTo(24);
    }
}
