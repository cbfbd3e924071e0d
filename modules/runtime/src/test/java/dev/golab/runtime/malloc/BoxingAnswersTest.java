package dev.golab.runtime.malloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PERF-01.03: what boxing n values into an []any allocates, against a concrete slice. go-boxing.json
 * is the output of benchmarks/go/oracle/go/boxing (go1.23.5 linux/amd64: MemStats Mallocs and
 * TotalAlloc per fill of 1000), copied byte for byte. The last test measures the JVM's own boxing.
 */
@DisplayName("PERF-01.03 boxing into []any against a concrete slice")
class BoxingAnswersTest {
    private static JsonNode go;
    private static int n;

    @BeforeAll
    static void readGo() throws Exception {
        try (InputStream in = BoxingAnswersTest.class.getResourceAsStream("go-boxing.json")) {
            go = new ObjectMapper().readTree(in);
        }
        n = go.get("n").asInt();
    }

    /** Runs {@code fill} for j = 0..n-1 on a fresh counter and checks allocs/op and B/op against Go's case. */
    private static Mallocs fill(String goCase, Consumer<Integer> box, ConvT[] conv) {
        Mallocs m = new Mallocs();
        conv[0] = new ConvT(m);
        for (int j = 0; j < n; j++) box.accept(j);
        assertThat(m.allocations()).as(goCase + " allocs").isEqualTo(go.get(goCase).get("allocs").asLong());
        assertThat(m.bytes()).as(goCase + " bytes").isEqualTo(go.get(goCase).get("bytes").asLong());
        return m;
    }

    @Test
    @DisplayName("PERF-01.03 Q: what does storing 1000 ints into an []any allocate? (values 0–255: nothing, they point into staticuint64s; larger ones: one box each, 1000 allocs of 8,000 B, two 8-byte boxes per 16-byte tiny block)")
    void largeIntsAllocateOneBoxEachAndSmallOnesNone() {
        ConvT[] c = new ConvT[1];
        fill("int64_small", j -> c[0].convT64(j % 256), c);
        Mallocs large = fill("int64_large", j -> c[0].convT64(256 + j), c);
        assertThat(large.allocations()).isEqualTo(1_000);
        assertThat(large.bytes()).isEqualTo(8_000);
        fill("int32_large", j -> c[0].convT32(256 + j), c);        // four to a block: 4,000 B
        assertThat(go.get("byte").get("allocs").asLong()).as("a byte is boxed by the compiler, no call").isZero();
    }

    @Test
    @DisplayName("PERF-01.03 Q: and strings and structs? (\"\" shares zeroVal; any other string copies its 16-byte header; a struct is copied into an object of its size class: 16 B for User, 24 B for a struct with a string)")
    void stringsAndStructsAreCopiedIntoANewObjectEach() {
        ConvT[] c = new ConvT[1];
        fill("string_empty", j -> c[0].convTstring(""), c);
        fill("string", j -> c[0].convTstring((j & 1) == 0 ? "ann" : "bob"), c);
        fill("struct_noscan", j -> c[0].convT(16, false), c);       // User{ID int64; Age int32; Active bool}
        fill("struct_pointers", j -> c[0].convT(24, true), c);      // Named{Name string; ID int64}
        assertThatThrownBy(() -> c[0].convT(0, false)).hasMessageContaining("zerobase");
    }

    @Test
    @DisplayName("PERF-01.03 Q: and a concrete []User? (nothing: the values are stored in place, no conversion happens)")
    void aConcreteSliceStoresItsValuesInPlace() {
        JsonNode concrete = go.get("concrete");
        assertThat(concrete.get("allocs").asLong()).isZero();
        assertThat(concrete.get("bytes").asLong()).isZero();
        assertThat(go.get("struct_noscan").get("allocs").asLong()).as("the same User values boxed").isEqualTo(n);
    }

    @Test
    @DisplayName("PERF-01.03 prop: n tiny objects of one size k (1, 2, 4, 8 B) take ceil(n·k/16) blocks of 16 B, and each is one of MemStats' Mallocs (MA-I3)")
    void tinyObjectsOfOneSizeShareSixteenByteBlocks() {
        qt().withFixedSeed(20261207L).withExamples(300)
                .forAll(integers().between(0, 3), integers().between(1, 500))
                .checkAssert((log2k, count) -> {
                    long k = 1L << log2k;
                    Mallocs m = new Mallocs();
                    for (int i = 0; i < count; i++) m.malloc(k, true);
                    assertThat(m.allocations()).isEqualTo((long) count);
                    assertThat(m.bytes()).isEqualTo(16 * ((count * k + 15) / 16));
                });
    }

    @Test
    @DisplayName("PERF-01.03 Q: is boxing on the JVM the same? (no — Java difference: Long.valueOf caches -128..127, so 128–255 allocate where Go's do not; a record array allocates one object per element, where Go's []User is flat; only a primitive array is free)")
    void theJvmCachesADifferentRangeAndHasNoFlatArraysOfRecordsJavaDifference() {
        record User(long id, int age, boolean active) {}
        Object[] anys = new Object[n];
        User[] records = new User[n];
        long[] ids = new long[n];
        long small = allocated(() -> { for (int j = 0; j < n; j++) anys[j] = Long.valueOf(j % 128); });
        long goSmallJavaLarge = allocated(() -> { for (int j = 0; j < n; j++) anys[j] = Long.valueOf(128 + j % 128); });
        long large = allocated(() -> { for (int j = 0; j < n; j++) anys[j] = Long.valueOf(256 + j); });
        long recordArray = allocated(() -> { for (int j = 0; j < n; j++) records[j] = new User(j, 30, true); });
        long primitive = allocated(() -> { for (int j = 0; j < n; j++) ids[j] = j; });
        assertThat(small).as("0..127: Long's cache").isLessThan(n);
        assertThat(goSmallJavaLarge).as("128..255: free in Go, a Long each here").isGreaterThanOrEqualTo(16L * n);
        assertThat(large).as("a Long each").isBetween(16L * n, 32L * n + 1024);
        assertThat(recordArray).as("a User object each").isGreaterThanOrEqualTo(16L * n);
        assertThat(primitive).as("long[]: stored in place, like Go's []User").isLessThan(n);
    }

    /** The bytes this thread allocated while running {@code r} (HotSpot's per-thread counter). */
    private static long allocated(Runnable r) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        bean.getCurrentThreadAllocatedBytes();                  // the first call may set itself up
        long before = bean.getCurrentThreadAllocatedBytes();
        r.run();
        return bean.getCurrentThreadAllocatedBytes() - before;
    }
}
