package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.maps.GoMap;
import dev.golab.runtime.RuntimeError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-11: arrays vs slices. */
class ArrayAnswersTest {

    private static void increment(GoArray<Integer> byValue) {
        byValue.set(0, byValue.get(0) + 1);
    }

    @Test
    @DisplayName("CORE-11.02 Q: what does assigning or passing an array copy?")
    void assigningOrPassingAnArrayCopiesEveryElement() {
        GoArray<Integer> a = GoArray.of(1, 2, 3);
        GoArray<Integer> b = a.assign(); // b := a
        b.set(0, 99);
        increment(a.assign()); // f(a): the callee gets a copy
        assertThat(a.toString()).isEqualTo("[1 2 3]");
        assertThat(b.toString()).isEqualTo("[99 2 3]");
    }

    @Test
    @DisplayName("CORE-11.03 Q: what is the zero array, and are [3]int{1,2,3} and [...]int{1,2,3} equal?")
    void zeroArrayIsAllZerosAndArraysCompareElementWise() {
        assertThat(GoArray.zero(3, 0).toString()).isEqualTo("[0 0 0]");
        assertThat(GoArray.of(1, 2, 3)).isEqualTo(GoArray.of(1, 2, 3));
        assertThat(GoArray.of(1, 2, 3)).isNotEqualTo(GoArray.of(1, 2, 4));
        assertThat(GoArray.of(0.0)).as("+0 == -0 element-wise").isEqualTo(GoArray.of(-0.0));
        assertThat(GoArray.of(Double.NaN)).as("NaN != NaN, so the array != itself").isNotEqualTo(GoArray.of(Double.NaN));
    }

    @Test
    @DisplayName("CORE-11.04 Q: can arrays and slices be map keys?")
    void arraysAreMapKeysSlicesAreUnhashable() {
        GoMap<Object, String> m = GoMap.make();
        m.put(GoArray.of(1, 2), "a");
        assertThat(m.get(GoArray.of(1, 2))).isEqualTo("a");
        // Go rejects map[[]int]V at compile time; through an interface key it panics at run time.
        assertThatThrownBy(() -> m.put(Slice.of(1, 2), "b")).isInstanceOf(RuntimeError.class)
                .hasMessage("runtime error: hash of unhashable type []int");
    }

    @Test
    @DisplayName("CORE-11.05 Q: can a slice over an array literal grow while the array cannot?")
    void sliceOfArrayGrowsByAppendArrayLengthIsFixed() {
        GoArray<Integer> a = GoArray.of(1, 2, 3);
        Slice<Integer> s = a.sliceAll();
        s.set(0, 10);
        assertThat(a.get(0)).as("a[:] aliases the array").isEqualTo(10);
        Slice<Integer> grown = s.append(4);
        assertThat(grown.len()).isEqualTo(4);
        assertThat(a.len()).isEqualTo(3);
        grown.set(1, 20);
        assertThat(a.get(1)).as("after growth the slice has its own array").isEqualTo(2);
        assertThatThrownBy(() -> a.set(3, 4)).hasMessage("runtime error: index out of range [3] with length 3");
    }
}
