package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CORE-04 / CONC-08 sync.Map")
class SyncMapAnswersTest {

    @Test
    @DisplayName("CORE-04.08 Q: what do Store/Load and LoadOrStore do on a sync.Map?")
    void storeThenLoadReturnsTheValueAndLoadOrStoreIsAnAtomicCheckAndSet() {
        SyncMap<String, Integer> m = new SyncMap<>();
        m.store("a", 1);
        assertThat(m.load("a")).isEqualTo(new SyncMap.Loaded<>(1, true));
        assertThat(m.load("zz")).isEqualTo(new SyncMap.Loaded<>(null, false));
        assertThat(m.loadOrStore("b", 2)).isEqualTo(new SyncMap.Loaded<>(2, false));   // stored
        assertThat(m.loadOrStore("b", 3)).isEqualTo(new SyncMap.Loaded<>(2, true));    // existing
    }

    @Test
    @DisplayName("CORE-04.08 Q: does LoadOrStore store exactly once when many goroutines race on one key?")
    void concurrentLoadOrStoreStoresExactlyOnceAndEveryoneSeesTheWinner() {
        SyncMap<String, Integer> m = new SyncMap<>();
        List<SyncMap.Loaded<Integer>> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 16; g++) {
            int v = g;
            wg.go(() -> results.add(m.loadOrStore("k", v)));
        }
        wg.await();
        assertThat(results.stream().filter(r -> !r.loaded())).hasSize(1);
        Integer winner = m.load("k").value();
        assertThat(results).allMatch(r -> r.value().equals(winner));
    }

    @Test
    @DisplayName("CONC-08 Q: how does sync.Map serve reads without a lock? (read map, dirty map, misses promotion)")
    void newKeysLiveInTheDirtyMapUntilEnoughMissesPromoteItToTheReadMap() {
        SyncMap<String, Integer> m = new SyncMap<>();
        m.store("a", 1);
        m.store("b", 2);
        var s = m.internals();
        assertThat(s.read()).isEmpty();
        assertThat(s.dirty()).containsExactlyInAnyOrder("a", "b");
        assertThat(s.amended()).isTrue();
        m.load("a");                                      // miss 1 (read lacks it; served under mu)
        assertThat(m.internals().misses()).isEqualTo(1);
        m.load("a");                                      // miss 2 == len(dirty): promote
        s = m.internals();
        assertThat(s.read()).containsExactlyInAnyOrder("a", "b");
        assertThat(s.dirty()).isNull();
        assertThat(s.amended()).isFalse();
        assertThat(s.misses()).isZero();
        m.store("a", 10);                                 // key in read: a CAS on its entry, no dirty map
        assertThat(m.internals().dirty()).isNull();
    }

    @Test
    @DisplayName("CONC-08 Q: what happens to a deleted key when the dirty map is rebuilt? (expunged)")
    void deletedKeysAreExpungedInsteadOfCopiedWhenDirtyIsRebuilt() {
        SyncMap<String, Integer> m = new SyncMap<>();
        m.store("a", 1);
        m.store("b", 2);
        m.range((k, v) -> true);                          // Range promotes dirty
        m.delete("a");                                    // entry in read set to nil, key stays
        m.store("c", 3);                                  // new key: rebuild dirty from read, expunge "a"
        var s = m.internals();
        assertThat(s.read()).containsExactlyInAnyOrder("a", "b");
        assertThat(s.dirty()).containsExactlyInAnyOrder("b", "c");
        m.store("a", 4);                                  // unexpunge: back into dirty
        assertThat(m.internals().dirty()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(m.load("a").value()).isEqualTo(4);
    }

    @Test
    @DisplayName("CONC-08 Q: what do Swap, CompareAndSwap, CompareAndDelete, LoadAndDelete and Clear do (Go 1.20+/1.23)?")
    void swapCompareAndSwapCompareAndDeleteLoadAndDeleteAndClear() {
        SyncMap<String, Integer> m = new SyncMap<>();
        assertThat(m.swap("a", 1)).isEqualTo(new SyncMap.Loaded<>(null, false));
        assertThat(m.swap("a", 2)).isEqualTo(new SyncMap.Loaded<>(1, true));
        assertThat(m.compareAndSwap("a", 1, 3)).isFalse();
        assertThat(m.compareAndSwap("a", 2, 3)).isTrue();
        assertThat(m.compareAndSwap("missing", null, 3)).isFalse();   // absent is not "nil value"
        assertThat(m.compareAndDelete("a", 2)).isFalse();
        assertThat(m.compareAndDelete("a", 3)).isTrue();
        m.store("b", 5);
        assertThat(m.loadAndDelete("b")).isEqualTo(new SyncMap.Loaded<>(5, true));
        assertThat(m.loadAndDelete("b")).isEqualTo(new SyncMap.Loaded<>(null, false));
        m.store("c", 6);
        m.clear();
        assertThat(m.load("c").loaded()).isFalse();
        List<String> seen = new ArrayList<>();
        m.range((k, v) -> seen.add(k));
        assertThat(seen).isEmpty();
    }

    @Test
    @DisplayName("CONC-08 Q: does Range stop when f returns false?")
    void rangeStopsWhenTheCallbackReturnsFalse() {
        SyncMap<Integer, Integer> m = new SyncMap<>();
        for (int i = 0; i < 10; i++) m.store(i, i);
        int[] calls = {0};
        m.range((k, v) -> ++calls[0] < 3);
        assertThat(calls[0]).isEqualTo(3);
    }

    @Test
    @DisplayName("CORE-04.08 Q: (prop) does sync.Map behave like a map for any sequence of operations?")
    void everyOperationSequenceMatchesAHashMapReference() {
        qt().withFixedSeed(20261127L).withExamples(300)
                .forAll(lists().of(integers().between(0, 8 * 6 * 5 - 1)).ofSizeBetween(1, 80))
                .checkAssert(ops -> {
                    SyncMap<Integer, Integer> m = new SyncMap<>();
                    Map<Integer, Integer> ref = new HashMap<>();
                    List<String> steps = new ArrayList<>();
                    for (int op : ops) {
                        int kind = op % 8, k = (op / 8) % 6, v = op / 48;
                        Object got, want;
                        switch (kind) {
                            case 0 -> { steps.add("m.Store(" + k + ", " + v + ")"); m.store(k, v); ref.put(k, v); got = want = null; }
                            case 1 -> { steps.add("m.Load(" + k + ")"); got = m.load(k); want = loaded(ref.get(k), ref.containsKey(k)); }
                            case 2 -> { steps.add("m.LoadOrStore(" + k + ", " + v + ")"); got = m.loadOrStore(k, v);
                                want = ref.containsKey(k) ? loaded(ref.get(k), true) : new SyncMap.Loaded<>(v, false); ref.putIfAbsent(k, v); }
                            case 3 -> { steps.add("m.LoadAndDelete(" + k + ")"); got = m.loadAndDelete(k);
                                want = loaded(ref.get(k), ref.containsKey(k)); ref.remove(k); }
                            case 4 -> { steps.add("m.Swap(" + k + ", " + v + ")"); got = m.swap(k, v);
                                want = loaded(ref.get(k), ref.containsKey(k)); ref.put(k, v); }
                            case 5 -> { steps.add("m.CompareAndSwap(" + k + ", " + v + ", " + (v + 1) + ")");
                                got = m.compareAndSwap(k, v, v + 1); want = ref.containsKey(k) && Objects.equals(ref.get(k), v);
                                if ((Boolean) want) ref.put(k, v + 1); }
                            case 6 -> { steps.add("m.CompareAndDelete(" + k + ", " + v + ")");
                                got = m.compareAndDelete(k, v); want = ref.containsKey(k) && Objects.equals(ref.get(k), v);
                                if ((Boolean) want) ref.remove(k); }
                            default -> { steps.add("m.Range(...)"); Map<Integer, Integer> seen = new HashMap<>();
                                m.range((kk, vv) -> seen.put(kk, vv) == null); got = seen; want = new HashMap<>(ref); }
                        }
                        assertThat(got).as("after %s", steps).isEqualTo(want);
                    }
                    Set<Integer> keys = new java.util.HashSet<>();
                    m.range((kk, vv) -> keys.add(kk));
                    assertThat(keys).as("after %s", steps).isEqualTo(ref.keySet());
                });
    }

    private static SyncMap.Loaded<Integer> loaded(Integer v, boolean ok) {
        return new SyncMap.Loaded<>(ok ? v : null, ok);
    }
}
