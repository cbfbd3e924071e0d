package dev.golab.maps;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Ports of Go's own runtime/map_test.go tests (go1.23), names kept so readers can diff against Go. */
class MapGoPortTest {
    static Stream<Named<IntFunction<GoMap<Object, Object>>>> models() {
        return Stream.of(Named.of("maps.Bucket", h -> GoMap.make(h)), Named.of("maps.Swiss", h -> GoMap.swiss(h)));
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("TestNegativeZero: m[+0] then m[-0] is one entry whose key is now -0")
    void negativeZeroOverwritesThePositiveZeroKey(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        m.put(+0.0, true);
        m.put(-0.0, true); // should overwrite the +0 entry
        assertThat(m.len()).isEqualTo(1);
        m.forEach((k, v) -> assertThat(Math.copySign(1.0, (Double) k)).as("wrong sign").isNegative());
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("TestMapNanGrowIterator: a range over NaN keys finishing a grow midway sees every value once")
    void nanKeysSurviveGrowthDuringIteration(IntFunction<GoMap<Object, Object>> make) {
        GoMap<Object, Object> m = make.apply(0);
        int nBuckets = 16;
        int nKeys = (int) (nBuckets * 6.5); // runtime.HashLoad
        for (int i = 0; i < nKeys; i++) m.put(Double.NaN, i);
        m.put(1.0, 1); // trigger grow
        m.delete(1.0);
        Set<Object> found = new HashSet<>();
        for (var e : m) {
            if (!e.value().equals(-1)) assertThat(found.add(e.value())).as("repeat of value %s", e.value()).isTrue();
            if (found.size() == nKeys / 2) {
                for (int i = 0; i < nBuckets; i++) m.delete(1.0); // halfway: finish the grow
            }
        }
        assertThat(found).as("missing value").hasSize(nKeys);
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("TestIgnoreBogusMapHint: make(map, negative or huge hint) does not panic")
    void bogusHintsAreIgnored(IntFunction<GoMap<Object, Object>> make) {
        for (int hint : new int[] {-1, Integer.MIN_VALUE}) {
            GoMap<Object, Object> m = make.apply(hint);
            m.put(1, 1);
            assertThat(m.len()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("TestMapIterOrder: for 3, 7, 9, 15 keys the order changes within 1000 ranges")
    void iterationOrderChangesForSmallMaps(IntFunction<GoMap<Object, Object>> make) {
        for (int n : new int[] {3, 7, 9, 15}) {
            GoMap<Object, Object> m = make.apply(0);
            for (int i = 0; i < n; i++) m.put(i, true);
            List<Object> first = keys(m);
            boolean changed = false;
            for (int j = 0; j < 1_000 && !changed; j++) changed = !keys(m).equals(first); // Go tries 1000 times
            assertThat(changed).as("map with %d elements: iteration order never changed", n).isTrue();
        }
    }

    private static List<Object> keys(GoMap<Object, Object> m) {
        List<Object> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k));
        return out;
    }
}
