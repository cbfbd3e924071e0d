package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.testkit.Oracle;
import dev.golab.runtime.RuntimeError;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every slice/array index, slice-expression, make and conversion panic, against benchmarks/go/oracle/data/panics.json. */
class SliceBoundsAnswersTest {
    private static final Map<String, Object> GO = Oracle.object("panics.json");

    private static void panicsLikeGo(String oracleCase, ThrowingCallable call) {
        assertThat(GO).containsKey(oracleCase);
        assertThatThrownBy(call).as(oracleCase).isInstanceOf(RuntimeError.class).hasMessage((String) GO.get(oracleCase));
    }

    @Test
    @DisplayName("CORE-03 Q: what does indexing out of range print (slices, nil slices, arrays, negatives)?")
    void indexErrorsUseGoTextsAndOmitTheLengthForNegativeIndexes() {
        Slice<Integer> s = Slice.of(1, 2, 3);
        panicsLikeGo("index slice s[5] len3", () -> s.get(5));
        panicsLikeGo("index slice s[-1]", () -> s.set(-1, 0));
        panicsLikeGo("index nil slice s[0]", () -> Slice.nil().get(0));
        panicsLikeGo("index array a[5] len3", () -> GoArray.of(1, 2, 3).get(5));
        panicsLikeGo("index slice s[5] len3", () -> IntSlice.of(1, 2, 3).get(5));
    }

    @Test
    @DisplayName("CORE-03 Q: what does each failing 2-index slice expression print?")
    void twoIndexSliceErrorsCheckHighAgainstCapThenLowAgainstHigh() {
        Slice<Integer> s = Slice.of(1, 2, 3);
        panicsLikeGo("slice s[:5] len3 cap3", () -> s.slice(0, 5));
        panicsLikeGo("slice s[:5] len2 cap3", () -> s.slice(0, 2).slice(0, 5));
        panicsLikeGo("slice s[5:] len3", () -> s.sliceFrom(5));
        panicsLikeGo("slice s[5:3] len3", () -> s.slice(5, 3));
        panicsLikeGo("slice s[2:1] len3", () -> s.slice(2, 1));
        panicsLikeGo("slice s[-1:]", () -> s.sliceFrom(-1));
        panicsLikeGo("slice s[:-1]", () -> s.slice(0, -1));
        panicsLikeGo("slice arr[:5] len3", () -> GoArray.of(1, 2, 3).slice(0, 5));
    }

    @Test
    @DisplayName("CORE-03 Q: what does each failing 3-index slice expression print?")
    void threeIndexSliceErrorsCheckMaxThenHighThenLow() {
        Slice<Integer> s = Slice.of(1, 2, 3);
        panicsLikeGo("slice3 s[0:1:5] cap3", () -> s.slice(0, 1, 5));
        panicsLikeGo("slice3 s[0:3:2] cap3", () -> s.slice(0, 3, 2));
        panicsLikeGo("slice3 s[2:1:3] cap3", () -> s.slice(2, 1, 3));
        panicsLikeGo("slice3 s[-1:1:2]", () -> s.slice(-1, 1, 2));
        panicsLikeGo("slice3 s[0:-1:2]", () -> s.slice(0, -1, 2));
        panicsLikeGo("slice3 s[0:1:-1]", () -> s.slice(0, 1, -1));
        panicsLikeGo("slice3 arr[0:1:5] len3", () -> BoundsError.checkSlice3(0, 1, 5, 3, false));
    }

    @Test
    @DisplayName("CORE-05 Q: what do bad make([]int, len, cap) calls print?")
    void makeRejectsNegativeLenAndCapBelowLen() {
        panicsLikeGo("make([]int, -1)", () -> Slice.make(-1));
        panicsLikeGo("make([]int, 10, 5)", () -> Slice.make(10, 5));
        panicsLikeGo("make([]int, MaxInt/2)", () -> BoundsError.checkMake(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 8));
        panicsLikeGo("make([]int, -1)", () -> IntSlice.make(-1));
    }

    @Test
    @DisplayName("CORE-11.A1 Q: what happens when a slice is converted to an array (pointer) longer than it?")
    void sliceToArrayConversionPanicsWhenTooShortAndPointerFormAliases() {
        Slice<Integer> s = Slice.of(1, 2, 3);
        panicsLikeGo("convert [5]int(s) len3", () -> s.toArray(5));
        panicsLikeGo("convert (*[5]int)(s) len3", () -> s.toArrayPointer(5));
        GoArray<Integer> copy = s.toArray(2);
        GoArray<Integer> view = s.toArrayPointer(2);
        s.set(0, 42);
        assertThat(copy.get(0)).as("[2]int(s) copies").isEqualTo(1);
        assertThat(view.get(0)).as("(*[2]int)(s) aliases").isEqualTo(42);
    }

    @Test
    @DisplayName("Q: does misuse ever leak a Java exception type Go does not have?")
    void noJavaIndexExceptionEscapes() {
        assertThatThrownBy(() -> Slice.of(1).get(Integer.MIN_VALUE)).isInstanceOf(RuntimeError.class)
                .hasMessage("runtime error: index out of range [-2147483648]");
        assertThatThrownBy(() -> Slice.of(1).slice(Integer.MAX_VALUE, 0)).isInstanceOf(RuntimeError.class);
    }

    @Test
    @DisplayName("Q: what does append panic with when the new length cannot be allocated?")
    void growsliceRejectsImpossibleLengthsWithGoText() {
        assertThatThrownBy(() -> Growslice.grow(0, -1, 8, false)).isInstanceOf(RuntimeError.class)
                .hasMessage("runtime error: growslice: len out of range");
        assertThatThrownBy(() -> Growslice.grow(1L << 45, (1L << 45) + 1, 8, false))
                .hasMessage("runtime error: growslice: len out of range"); // > maxAlloc (2^48 bytes)
        assertThat(Growslice.grow(5, 1_000_000, 0, false)).as("zero-size elements: cap = newLen").isEqualTo(1_000_000);
    }
}
