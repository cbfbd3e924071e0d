package dev.golab.gc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Span-like accounting: Go 1.23's size classes (sizeclasses.go). */
@DisplayName("RT-01 Q: how much memory does an allocation of n bytes really take?")
class SizeClassesTest {
    @ParameterizedTest(name = "{0} B -> {1} B")
    @CsvSource({"1, 8", "8, 8", "9, 16", "33, 48", "100, 112", "1025, 1152", "32768, 32768", "32769, 40960", "100000, 106496"})
    @DisplayName("RT-01 Q: which size class does an object fall into?")
    void sizesRoundUpToGoSizeClassesOrWholePages(long size, long rounded) {
        assertThat(SizeClasses.roundUp(size)).isEqualTo(rounded);
    }

    @Test
    @DisplayName("RT-01 Q: is rounding monotone and never smaller than the request (S1, S2)?")
    void roundUpIsMonotoneAndCovers() {
        long prev = 0;
        for (long n = 1; n <= 70_000; n++) {
            long r = SizeClasses.roundUp(n);
            assertThat(r).isGreaterThanOrEqualTo(n).isGreaterThanOrEqualTo(prev);
            prev = r;
        }
        assertThat(SizeClasses.NUM_CLASSES).isEqualTo(68);   // class 0 (large) + 67 small classes
    }

    @Test
    @DisplayName("RT-01.05 Q: where does freed memory go — back to its size class's free list, reused first?")
    void sweptObjectsAreReusedFromTheirClassFreeList() {
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID);
        int a = c.allocate(null, -1, 100, 0);
        c.allocate(null, -1, 5000, 0);
        c.gc();
        assertThat(h.freeListLength(100)).isEqualTo(1);
        assertThat(h.freeListLength(112)).as("same class as 100 B").isEqualTo(1);
        assertThat(c.allocate(null, -1, 110, 0)).as("reuses the freed 112-byte slot").isEqualTo(a);
        assertThat(h.inUseBytes()).isEqualTo(112);
    }
}
