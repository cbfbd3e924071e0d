package dev.golab.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CORE-04 / CORE-05.09: maps and their pitfalls, for both designs (Go 1.23 buckets, Go 1.24 Swiss). */
class MapAnswersTest {

    static Stream<Named<IntFunction<GoMap<Object, Object>>>> models() {
        return Stream.of(Named.of("maps.Bucket", h -> GoMap.make(h)), Named.of("maps.Swiss", h -> GoMap.swiss(h)));
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.01 Q: are make(map[string]int) and map literals usable at once?")
    void madeMapsAreUsableImmediately(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        m.put("a", 1); // m := map[string]int{"a": 1}
        assertThat(m.get("a")).isEqualTo(1);
        assertThat(m.len()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.02 Q: what does v, ok := m[k] give for a missing key?")
    void missingKeyGivesZeroValueAndFalse(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        m.put("a", 1);
        assertThat(m.getOk("b")).isEqualTo(new GoMap.Lookup<>(null, false));
        assertThat(m.getOk("a")).isEqualTo(new GoMap.Lookup<>(1, true));
        assertThat(GoMap.<String, Integer>make(0, 0).get("x")).as("zero value of int").isZero();
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.03 / CORE-05.09 Q: what does delete do, including for a missing key?")
    void deleteRemovesTheKeyAndIsANoOpWhenMissing(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        m.put("a", 1);
        m.delete("a");
        m.delete("never-there");
        assertThat(m.getOk("a").ok()).isFalse();
        assertThat(m.len()).isZero();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("CORE-04.04 / CORE-04.05 / CORE-04.A1 Q: what do writes, reads, len, range and delete do on a nil map?")
    void nilMapPanicsOnWriteOnlyEverythingElseIsEmpty() {
        GoMap<String, Integer> m = GoMap.nil();
        assertThatThrownBy(() -> m.put("a", 1)).isExactlyInstanceOf(GoPanic.class)
                .hasMessage("assignment to entry in nil map");
        assertThat(m.get("a")).isNull();
        assertThat(m.getOk("a").ok()).isFalse();
        assertThat(m.len()).isZero();
        int n = 0;
        for (var ignored : m) n++;
        assertThat(n).isZero();
        m.delete("a");
        m.clear();
        assertThat(m.isNil()).isTrue();
        assertThatThrownBy(() -> SwissMap.nilMap(null).put("a", 1)).hasMessage("assignment to entry in nil map");
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.09 Q: is the iteration order of an unmodified map stable across range loops?")
    void twoRangesOverTheSameMapProduceDifferentOrders(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        for (int i = 0; i < 100; i++) m.put(i, i);
        Set<List<Object>> orders = new HashSet<>();
        for (int trial = 0; trial < 50; trial++) {
            List<Object> order = new ArrayList<>();
            for (var e : m) order.add(e.key());
            assertThat(order).hasSize(100).doesNotHaveDuplicates();
            orders.add(order);
        }
        assertThat(orders.size()).as("distinct orders in 50 ranges").isGreaterThan(10);
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.09 Q: for a full 8-slot bucket/group, is the first key of a range uniform?")
    void firstKeyOfAFullSmallMapIsUniformWithinFiveSigma(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        for (int i = 0; i < 8; i++) m.put(i, i);
        int trials = 8_000;
        int[] first = new int[8];
        for (int t = 0; t < trials; t++) first[(Integer) m.iterator().next().key()]++;
        double mean = trials / 8.0;
        double sigma = Math.sqrt(trials * (1 / 8.0) * (7 / 8.0));
        for (int c : first) assertThat(Math.abs(c - mean)).isLessThan(5 * sigma);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("CORE-04.09 Q: is Go 1.23's range start a uniform shuffle? (no: a random bucket+offset, biased for sparse buckets)")
    void firstKeyOfAHalfEmptyBucketFavoursSlotZeroFiveTimesInEight() {
        GoMap<Object, Object> m = GoMap.make();
        for (int i = 0; i < 4; i++) m.put(i, i); // one bucket, slots 0..3; offsets 4..7 wrap to slot 0
        int trials = 8_000;
        int slot0 = 0;
        for (int t = 0; t < trials; t++) if ((Integer) m.iterator().next().key() == 0) slot0++;
        double p = 5 / 8.0;
        double sigma = Math.sqrt(trials * p * (1 - p));
        assertThat(Math.abs(slot0 - trials * p)).isLessThan(5 * sigma);
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04.10 Q: how do you get a deterministic order?")
    void sortingTheCollectedKeysGivesADeterministicOrder(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        for (String k : List.of("pear", "apple", "fig", "kiwi")) m.put(k, k.length());
        List<String> keys = new ArrayList<>();
        m.forEach((k, v) -> keys.add((String) k));
        keys.sort(null); // slices.Sorted(maps.Keys(m))
        assertThat(keys).containsExactly("apple", "fig", "kiwi", "pear");
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04 Q: how do NaN, +0 and -0 behave as float keys?")
    void nanKeysNeverMatchAndZerosAreOneKey(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        m.put(Double.NaN, 1);
        m.put(Double.NaN, 2);
        assertThat(m.len()).as("each NaN put adds an entry").isEqualTo(2);
        assertThat(m.getOk(Double.NaN).ok()).as("a NaN lookup never hits").isFalse();
        m.delete(Double.NaN);
        assertThat(m.len()).as("delete(m, NaN) removes nothing").isEqualTo(2);
        m.put(0.0, "plus");
        m.put(-0.0, "minus");
        assertThat(m.len()).isEqualTo(3);
        assertThat(m.get(0.0)).isEqualTo("minus");
        List<Object> keys = new ArrayList<>();
        m.forEach((k, v) -> keys.add(k));
        assertThat(keys).as("the stored key is updated to the last one written, -0").contains(-0.0);
        m.clear();
        assertThat(m.len()).as("clear removes NaN entries too").isZero();
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("PERF-01.02 Q: does make(map[K]V, n) avoid growth while inserting n keys? (buckets: always; Swiss: whenever one table holds them all, or the split is far from full)")
    void presizedMapDoesNotGrowForHintInserts(IntFunction<GoMap<Object, Object>> make) {
        for (int n : new int[] {9, 100, 1_000, 13_000}) {
            GoMap<Object, Object> m = make.apply(n);
            MapStats before = m.stats();
            if (before instanceof MapStats.Swiss && n == 13_000) continue;   // see the next test
            for (int i = 0; i < n; i++) m.put(i, i);
            MapStats after = m.stats();
            switch (after) {
                case MapStats.Buckets b -> {
                    assertThat(b.B()).isEqualTo(((MapStats.Buckets) before).B());
                    assertThat(b.growing()).isFalse();
                }
                case MapStats.Swiss s -> assertThat(s.capacity()).isEqualTo(((MapStats.Swiss) before).capacity());
            }
        }
    }

    /*
     * Go 1.24's NewMap sizes a Swiss map "to hold hint entries without growing in the average case":
     * make(map, 13000) is 16 tables of 1024 slots, each full at 7/8 (896 keys), and the seeded hash
     * deals the keys out binomially (mean 812.5, sd 27.6). A table dealt 897 or more splits. Exact
     * binomial tail, per map: 1 - (1 - P(Bin(13000, 1/16) >= 897))^16 = 0.02125. Go behaves the same;
     * this is not a lab artefact. A fixed seed would hide the point, so the test counts over fresh
     * seeds and bounds the count by 4 sigma.
     */
    @org.junit.jupiter.api.Test
    @DisplayName("PERF-01.02 make(map, 13000) on Swiss tables grows in about 2.1% of seeds: presizing is for the average case, as Go's NewMap says")
    void presizedSwissMapStillSplitsATableForAboutTwoPercentOfSeeds() {
        int maps = 1_500, n = 13_000, grew = 0;
        for (int k = 0; k < maps; k++) {
            GoMap<Object, Object> m = GoMap.swiss(n);
            int capacity = ((MapStats.Swiss) m.stats()).capacity();
            for (int i = 0; i < n; i++) m.put(i, i);
            if (((MapStats.Swiss) m.stats()).capacity() != capacity) grew++;
        }
        double p = 0.02125, mean = maps * p, sd = Math.sqrt(maps * p * (1 - p));
        assertThat((double) grew).as("maps that grew, of %d (expected %.1f ± %.1f)", maps, mean, sd)
                .isBetween(mean - 4 * sd, mean + 4 * sd);
    }
}
