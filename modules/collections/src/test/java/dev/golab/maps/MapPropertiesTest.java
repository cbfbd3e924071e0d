package dev.golab.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random put / get / delete / clear / range programs against LinkedHashMap (contents), for both designs.
 * Ranges mutate the map in their body and are checked against Go's rules: no deleted key, no duplicate
 * (unless re-inserted during the range), every key present throughout produced exactly once.
 */
class MapPropertiesTest {
    static Stream<Named<IntFunction<GoMap<Integer, Integer>>>> models() {
        return Stream.of(Named.of("maps.Bucket", h -> GoMap.make(h)), Named.of("maps.Swiss", h -> GoMap.swiss(h)));
    }

    @ParameterizedTest
    @MethodSource("models")
    @DisplayName("CORE-04 Q: does the model behave like a map for any put/get/delete/clear/range program?")
    void randomProgramsMatchLinkedHashMap(IntFunction<GoMap<Integer, Integer>> make) {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int keySpace = 1 + rnd.nextInt(rnd.nextBoolean() ? 40 : 3_000);
            GoMap<Integer, Integer> m = make.apply(rnd.nextInt(3) == 0 ? rnd.nextInt(500) : 0);
            Map<Integer, Integer> ref = new LinkedHashMap<>();
            List<String> prog = new ArrayList<>();
            for (int step = 0; step < 1_000; step++) {
                int k = rnd.nextInt(keySpace);
                int op = rnd.nextInt(100);
                if (op < 50) {
                    prog.add("m[" + k + "] = " + step);
                    m.put(k, step);
                    ref.put(k, step);
                } else if (op < 70) {
                    assertThat(m.getOk(k)).as("v, ok := m[%d] after %s", k, tail(prog))
                            .isEqualTo(new GoMap.Lookup<>(ref.get(k), ref.containsKey(k)));
                } else if (op < 93) {
                    prog.add("delete(m, " + k + ")");
                    m.delete(k);
                    ref.remove(k);
                } else if (op < 94) {
                    prog.add("clear(m)");
                    m.clear();
                    ref.clear();
                } else {
                    prog.add("for k, v := range m { ...mutate... }");
                    rangeWithMutation(m, ref, rnd, keySpace);
                }
                assertThat(m.len()).as("len(m) after %s", tail(prog)).isEqualTo(ref.size());
            }
            Map<Integer, Integer> all = new HashMap<>();
            m.forEach(all::put);
            assertThat(all).isEqualTo(ref);
        }
    }

    private static String tail(List<String> prog) {
        return String.join("; ", prog.subList(Math.max(0, prog.size() - 8), prog.size()));
    }

    private static void rangeWithMutation(GoMap<Integer, Integer> m, Map<Integer, Integer> ref, SplittableRandom rnd,
                                          int keySpace) {
        Set<Integer> atStart = new HashSet<>(ref.keySet());
        Set<Integer> deletedSinceStart = new HashSet<>();
        Set<Integer> insertedSinceStart = new HashSet<>();
        Set<Integer> produced = new HashSet<>();
        for (var e : m) {
            int k = e.key();
            assertThat(ref).as("produced key %d must be live", k).containsKey(k);
            assertThat(e.value()).as("value of %d is the current one", k).isEqualTo(ref.get(k));
            boolean again = !produced.add(k);
            if (again) assertThat(insertedSinceStart).as("%d produced twice without re-insert", k).contains(k);
            int r = rnd.nextInt(10);
            int x = rnd.nextInt(keySpace);
            if (r < 3) {
                m.delete(x);
                if (ref.remove(x) != null) deletedSinceStart.add(x);
            } else if (r < 6) {
                if (!ref.containsKey(x)) insertedSinceStart.add(x);
                m.put(x, -x);
                ref.put(x, -x);
            } else if (r < 7) {
                m.put(k, k * 7); // update the current key
                ref.put(k, k * 7);
            }
        }
        for (int k : atStart) {
            if (!deletedSinceStart.contains(k)) assertThat(produced).as("key %d present throughout", k).contains(k);
        }
    }
}
