package dev.golab.runtime.malloc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Span-like accounting: Go 1.23's size classes (sizeclasses.go), the one table golab rounds with. */
@DisplayName("RT-01 Q: how much memory does an allocation of n bytes really take?")
class SizeClassesAnswersTest {
    @ParameterizedTest(name = "{0} B -> {1} B")
    @CsvSource({"1, 8", "8, 8", "9, 16", "33, 48", "100, 112", "1025, 1152", "32768, 32768", "32769, 40960", "100000, 106496"})
    @DisplayName("RT-01 Q: which size class does an object fall into?")
    void sizesRoundUpToGoSizeClassesOrWholePages(long size, long rounded) {
        assertThat(SizeClasses.roundupsize(size, true)).isEqualTo(rounded);
    }

    @Test
    @DisplayName("RT-01 Q: is rounding monotone and never smaller than the request (MALLOC-I3, MALLOC-I4)?")
    void roundUpIsMonotoneAndCovers() {
        long prev = 0;
        for (long n = 1; n <= 70_000; n++) {
            long r = SizeClasses.roundupsize(n, true);
            assertThat(r).isGreaterThanOrEqualTo(n).isGreaterThanOrEqualTo(prev);
            prev = r;
        }
        assertThat(SizeClasses.NUM_SIZE_CLASSES).isEqualTo(68);   // class 0 (large) + 67 small classes
    }

    @ParameterizedTest(name = "{0} B -> class {1}")
    @CsvSource({"1, 1", "8, 1", "9, 2", "100, 9", "1024, 32", "1025, 33", "32760, 67", "32761, 0", "100000, 0", "0, 0"})
    @DisplayName("RT-01 Q: which class does mallocgc pick, and where does a large object start (32760 B + header)?")
    void sizeToClassIsTheSmallestClassThatFitsAndZeroForLargeObjects(long size, int sizeClass) {
        assertThat(SizeClasses.sizeToClass(size)).isEqualTo(sizeClass);
        if (sizeClass > 0) {
            assertThat(SizeClasses.classSize(sizeClass)).isGreaterThanOrEqualTo((int) size);
            assertThat(SizeClasses.classSize(sizeClass - 1)).isLessThan((int) size);
        }
    }
}
