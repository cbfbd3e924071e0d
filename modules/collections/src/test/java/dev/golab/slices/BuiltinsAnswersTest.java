package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.golab.runtime.malloc.SizeClasses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-05 (make, new, copy, append) and PERF-01 (pre-sizing) for slices. */
class BuiltinsAnswersTest {

    @Test
    @DisplayName("CORE-05.02 Q: what are len and cap of make([]int, 5, 10)?")
    void makeWithLenAndCapGivesLen5Cap10() {
        Slice<Integer> s = Slice.make(5, 10);
        assertThat(s.len()).isEqualTo(5);
        assertThat(s.cap()).isEqualTo(10);
    }

    @Test
    @DisplayName("CORE-05.03 Q: what does new(T) return?")
    void newReturnsAPointerToAZeroedValueDistinctPerCall() {
        Pointer<Integer> p = Pointer.newOf(0);
        Pointer<Integer> q = Pointer.newOf(0);
        assertThat(p.load()).isZero();
        p.store(7);
        assertThat(p.load()).isEqualTo(7);
        assertThat(q.load()).as("a second new(int) is a different variable").isZero();
        assertThat(p).isNotSameAs(q);
    }

    @Test
    @DisplayName("CORE-05.04 Q: how many elements does copy(dst, src) copy?")
    void copyCopiesMinOfBothLengthsAndReturnsIt() {
        qt().withFixedSeed(504L).withExamples(300)
                .forAll(integers().between(0, 20), integers().between(0, 20))
                .checkAssert((dl, sl) -> {
                    Slice<Integer> dst = Slice.make(dl);
                    Slice<Integer> src = Slice.make(sl);
                    for (int i = 0; i < sl; i++) src.set(i, i + 1);
                    int n = Slice.copy(dst, src);
                    assertThat(n).isEqualTo(Math.min(dl, sl));
                    for (int i = 0; i < dl; i++) assertThat(dst.get(i)).isEqualTo(i < n ? (Integer) (i + 1) : null);
                });
        assertThat(Slice.copy(Slice.nil(), Slice.of(1, 2))).isZero();
    }

    @Test
    @DisplayName("CORE-05.06 Q: why must the result of append be reassigned?")
    void appendReturnsANewHeaderTheOldOneKeepsItsLength() {
        Slice<Integer> s = Slice.make(0, 4);
        Slice<Integer> t = s.append(1); // `append(s, 1)` without `s =`
        assertThat(s.len()).as("the old header is unchanged").isZero();
        assertThat(t.len()).isEqualTo(1);
        assertThat(t.sharesArrayWith(s)).as("within cap: same array").isTrue();
        assertThat(t.append(2, 3, 4, 5).sharesArrayWith(s)).as("beyond cap: a new array").isFalse();
    }

    @Test
    @DisplayName("CORE-05.10 Q: what do len and cap report for slices and arrays?")
    void lenAndCapWorkOnSlicesAndArraysCapOfArrayIsItsLength() {
        GoArray<Integer> a = GoArray.zero(4, 0);
        assertThat(a.len()).isEqualTo(4);
        assertThat(a.cap()).isEqualTo(4);
        Slice<Integer> s = a.slice(1, 2);
        assertThat(s.len()).isEqualTo(1);
        assertThat(s.cap()).isEqualTo(3);
    }

    @Test
    @DisplayName("CORE-05.A2 Q: is copy correct when source and destination overlap?")
    void overlappingCopyBehavesLikeMemmove() {
        qt().withFixedSeed(52L).withExamples(400)
                .forAll(integers().between(0, 16), integers().between(0, 16), integers().between(0, 16))
                .checkAssert((dOff, sOff, n) -> {
                    Slice<Integer> base = Slice.make(32);
                    for (int i = 0; i < 32; i++) base.set(i, i);
                    List<Integer> expected = new ArrayList<>(base.toList());
                    List<Integer> srcSnapshot = new ArrayList<>(expected.subList(sOff, sOff + n));
                    for (int i = 0; i < n; i++) expected.set(dOff + i, srcSnapshot.get(i));
                    // copy(base[dOff:dOff+n], base[sOff:sOff+n])
                    int copied = Slice.copy(base.slice(dOff, dOff + n), base.slice(sOff, sOff + n));
                    assertThat(copied).isEqualTo(n);
                    assertThat(base.toList()).isEqualTo(expected);
                });
    }

    @Test
    @DisplayName("PERF-01.01 Q: how many reallocations do n appends cause with and without make([]T, 0, n)?")
    void presizedAppendsNeverReallocateFromNilTheCountFollowsTheGrowthRule() {
        int n = 100_000;
        IntSlice pre = IntSlice.make(0, n);
        IntSlice s = pre;
        for (int i = 0; i < n; i++) s = s.append(i);
        assertThat(s.sharesArrayWith(pre)).as("make([]int, 0, n): zero reallocations").isTrue();

        int reallocs = 0;
        IntSlice g = IntSlice.nil();
        for (int i = 0; i < n; i++) {
            int c = g.cap();
            g = g.append(i);
            if (g.cap() != c) reallocs++;
        }
        int predicted = 0;
        for (long cap = 0; cap < n; predicted++) cap = Growslice.grow(cap, cap + 1, 8, false);
        assertThat(reallocs).isEqualTo(predicted).isLessThan(40); // O(log n)
    }

    @Test
    @DisplayName("PERF-01.01 Q: how many allocations and bytes does appending 1e6 ints to nil cost? (go test -benchmem)")
    void appendingAMillionIntsMakes38AllocationsOf41678080BytesLikeGo() {
        // benchmarks/go/oracle/data/go-bench.json, BenchmarkAppend1e6Ints: 38 allocs/op, 41678080 B/op (go1.23.5).
        int allocs = 0;
        long bytes = 0;
        IntSlice s = IntSlice.nil();
        for (int j = 0; j < 1_000_000; j++) {
            int c = s.cap();
            s = s.append(j);
            if (s.cap() != c) {
                allocs++;
                long size = SizeClasses.roundupsize(8L * s.cap(), true);
                // malloc.go: noscan objects < maxTinySize (16 B) are carved from a 16-byte tiny block, and
                // MemStats.TotalAlloc (hence B/op) counts the whole block when a fresh one is taken.
                bytes += size < 16 ? 16 : size;
            }
        }
        assertThat(allocs).isEqualTo(38);
        assertThat(bytes).isEqualTo(41_678_080L);
    }
}
