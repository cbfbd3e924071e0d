package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.runtime.malloc.SizeClasses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-03: slices — header, len and cap. */
class SliceAnswersTest {

    @Test
    @DisplayName("CORE-03.01 Q: what does assigning a slice copy?")
    void assigningASliceCopiesTheHeaderSoBothSeeElementWrites() {
        Slice<Integer> a = Slice.of(1, 2, 3);
        Slice<Integer> b = a; // b := a — the header is a value; the array is shared
        b.set(0, 99);
        assertThat(a.get(0)).isEqualTo(99);
        assertThat(b.sharesArrayWith(a)).isTrue();
    }

    @Test
    @DisplayName("CORE-03.02 Q: what do len, cap and the elements of make([]int, 3, 5) look like?")
    void makeGivesLen3Cap5ZeroedElements() {
        Slice<Integer> s = Slice.make(3, 5);
        assertThat(s.len()).isEqualTo(3);
        assertThat(s.cap()).isEqualTo(5);
        assertThat(s.toList()).containsExactly(null, null, null); // the zero value of the Java element type
        IntSlice is = IntSlice.make(3, 5);
        assertThat(is.toArray()).containsExactly(0, 0, 0);
    }

    @Test
    @DisplayName("CORE-03.03 Q: does append within capacity reuse the backing array?")
    void appendWithinCapReusesTheArrayAndKeepsTheAddressOfElementZero() {
        Slice<Integer> s = Slice.make(3, 5);
        String before = s.addressOfFirst();
        Slice<Integer> t = s.append(40);
        assertThat(t.len()).isEqualTo(4);
        assertThat(t.cap()).isEqualTo(5);
        assertThat(t.addressOfFirst()).isEqualTo(before);
        assertThat(t.sharesArrayWith(s)).isTrue();
    }

    @Test
    @DisplayName("CORE-03.04 Q: what happens to the old slice when append exceeds capacity?")
    void appendBeyondCapAllocatesANewArraySoOldAliasesAreUnaffected() {
        Slice<Integer> old = Slice.of(1, 2, 3);
        Slice<Integer> alias = old.slice(0, 2);
        Slice<Integer> grown = old.append(4);
        grown.set(0, 100);
        assertThat(grown.sharesArrayWith(old)).isFalse();
        assertThat(old.toList()).containsExactly(1, 2, 3);
        assertThat(alias.toList()).containsExactly(1, 2);
    }

    @Test
    @DisplayName("CORE-03.05 Q: make([]int,3,5); append 40; append 50, 60 — what are len and cap?")
    void seedSequenceEndsWithLen6Cap10ViaDoublingAndThe80ByteClass() {
        Slice<Integer> s = Slice.make(3, 5);
        s = s.append(40);
        s = s.append(50, 60);
        assertThat(s.len()).isEqualTo(6);
        assertThat(s.cap()).isEqualTo(10);
        assertThat(SizeClasses.roundupsize(10 * 8, true)).isEqualTo(80);
    }

    @Test
    @DisplayName("CORE-03.06 Q: for a := []int{1,2,3,4,5}; b := a[1:3], what are b, len, cap, and does b[0] = 99 change a?")
    void reslicingSharesTheArray() {
        Slice<Integer> a = Slice.of(1, 2, 3, 4, 5);
        Slice<Integer> b = a.slice(1, 3);
        assertThat(b.toList()).containsExactly(2, 3);
        assertThat(b.len()).isEqualTo(2);
        assertThat(b.cap()).isEqualTo(4);
        b.set(0, 99);
        assertThat(a.toString()).isEqualTo("[1 99 3 4 5]");
    }

    @Test
    @DisplayName("CORE-03.07 Q: what does the full slice expression a[1:3:3] change?")
    void threeIndexSliceLimitsCapSoAppendReallocatesButElementsStillAlias() {
        Slice<Integer> a = Slice.of(1, 2, 3, 4, 5);
        Slice<Integer> b = a.slice(1, 3, 3);
        assertThat(b.len()).isEqualTo(2);
        assertThat(b.cap()).isEqualTo(2);
        Slice<Integer> c = b.append(7);
        assertThat(c.sharesArrayWith(a)).isFalse();
        assertThat(a.toString()).isEqualTo("[1 2 3 4 5]");
        // Seed correction (IMPRECISE): the 3-index form limits capacity only — b[0] still writes into a.
        b.set(0, 99);
        assertThat(a.toString()).isEqualTo("[1 99 3 4 5]");
    }

    @Test
    @DisplayName("CORE-03.08 Q: is append([]int{}, a[1:3]...) independent of a?")
    void appendToEmptyLiteralIsAnIndependentCopy() {
        Slice<Integer> a = Slice.of(1, 2, 3, 4, 5);
        Slice<Integer> c = Slice.<Integer>of().appendAll(a.slice(1, 3));
        c.set(0, -1);
        assertThat(a.toString()).isEqualTo("[1 2 3 4 5]");
        assertThat(c.sharesArrayWith(a)).isFalse();
        assertThat(c.cap()).isEqualTo(2); // 16 bytes is a size class
    }

    @Test
    @DisplayName("CORE-03.09 Q: how do a nil slice, []int{} and make([]int, 0) differ?")
    void nilSliceIsNilWhileEmptyLiteralAndMakeAreNonNilWithLen0Cap0() {
        Slice<Integer> nil = Slice.nil();
        Slice<Integer> lit = Slice.of();
        Slice<Integer> made = Slice.make(0);
        assertThat(nil.isNil()).isTrue();
        assertThat(lit.isNil()).isFalse();
        assertThat(made.isNil()).isFalse();
        for (Slice<Integer> s : List.of(nil, lit, made)) {
            assertThat(s.len()).isZero();
            assertThat(s.cap()).isZero();
        }
        assertThat(nil.slice(0, 0).isNil()).as("nil[0:0] stays nil").isTrue();
    }

    @Test
    @DisplayName("CORE-03.10 Q: do append and range behave the same on nil and empty slices?")
    void appendAndRangeGiveEqualContentsOnNilAndEmpty() {
        qt().withFixedSeed(310L).withExamples(200)
                .forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 40))
                .checkAssert(xs -> {
                    Slice<Integer> fromNil = Slice.nil();
                    Slice<Integer> fromEmpty = Slice.of();
                    for (Integer x : xs) {
                        fromNil = fromNil.append(x);
                        fromEmpty = fromEmpty.append(x);
                    }
                    List<Integer> ranged = new ArrayList<>();
                    for (Integer v : fromNil) ranged.add(v);
                    assertThat(fromEmpty.toList()).isEqualTo(xs).isEqualTo(ranged);
                    assertThat(fromEmpty.cap()).isEqualTo(fromNil.cap());
                });
        int n = 0;
        for (Object ignored : Slice.nil()) n++;
        assertThat(n).as("range over nil runs zero times").isZero();
    }

    @Test
    @DisplayName("CORE-03.11 Q: how does encoding/json (v1) marshal nil and empty slices?")
    void jsonMarshalsNilAsNullAndEmptyAsBrackets() {
        assertThat(SliceJson.marshal(Slice.nil())).isEqualTo("null");
        assertThat(SliceJson.marshal(Slice.of())).isEqualTo("[]");
        assertThat(SliceJson.marshal(Slice.of(1, 2))).isEqualTo("[1,2]");
    }

    @Test
    @DisplayName("CORE-03.A1 Q: what does append(a[1:3], 7) do to a without a 3-index limit?")
    void appendOnASubsliceOverwritesTheNextElementOfTheOriginal() {
        Slice<Integer> a = Slice.of(1, 2, 3, 4, 5);
        Slice<Integer> r = a.slice(1, 3).append(7);
        assertThat(a.toString()).isEqualTo("[1 2 3 7 5]");
        assertThat(r.toString()).isEqualTo("[2 3 7]");
    }

    @Test
    @DisplayName("CORE-03.A2 Q: what caps does appending one int at a time from nil produce, and one byte?")
    void intGrowthIs1To512Then848And1280And1792And2560() {
        List<Integer> caps = new ArrayList<>();
        IntSlice s = IntSlice.nil();
        for (int i = 0; i < 2_000; i++) {
            int before = s.cap();
            s = s.append(i);
            if (s.cap() != before) caps.add(s.cap());
        }
        assertThat(caps).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560);
        assertThat(Slice.withElemType(ElemType.BYTE).append((Object) null).cap()).isEqualTo(8);
    }

    @Test
    @DisplayName("CORE-03.A2 Q: does a pointer-bearing element type grow differently (Go 1.22 malloc header)?")
    void pointerSlicesReserveTheEightByteMallocHeaderAbove512Bytes() {
        // []*T at cap 512: nextslicecap 832 -> 6656 B + 8 B header -> class 6784 -> (6784-8)/8 = 847.
        assertThat(Growslice.newCap(512, 513, 8, true)).isEqualTo(847);
        assertThat(Growslice.newCap(512, 513, 8, false)).isEqualTo(848);
        // at or below 512 bytes the heap bitmap lives in the span: no header, same cap.
        assertThat(Growslice.newCap(32, 33, 8, true)).isEqualTo(Growslice.newCap(32, 33, 8, false));
        // []string (16 B, pointers) at cap 256: 512*16 = 8192 + 8 -> class 9472 -> 9464/16 = 591.
        assertThat(Growslice.newCap(256, 257, 16, true)).isEqualTo(591);
    }

    @Test
    @DisplayName("CORE-03 Q: what does appending many elements at once give (newLen > 2*oldCap path)?")
    void appendingMoreThanDoubleUsesNewLenThenRoundsUp() {
        // s := []int{1, 2}; s = append(s, 3, 4, 5) -> len 5, cap 6 (40 B rounds to the 48 B class)
        IntSlice s = IntSlice.of(1, 2).append(3, 4, 5);
        assertThat(s.len()).isEqualTo(5);
        assertThat(s.cap()).isEqualTo(6);
    }
}
