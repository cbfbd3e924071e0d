package dev.golab.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Go 1.23 bucket model's internals: load factor, incremental and same-size growth, evacuation. */
class BucketMapModelTest {

    @Test
    @DisplayName("CORE-04 Q: when does a Go 1.23 map double? (count > 8 and count > 6.5 * 2^B)")
    void growthStartsWhenTheLoadFactorWouldExceedSixAndAHalf() {
        BucketMap<Integer, Integer> m = BucketMap.make(0, null);
        List<String> grows = new ArrayList<>();
        int lastB = 0;
        for (int i = 0; i < 2_000; i++) {
            m.put(i, i);
            MapStats.Buckets s = m.stats();
            if (s.B() != lastB) {
                grows.add((i + 1) + "->B" + s.B());
                lastB = s.B();
            }
        }
        // the 9th insert grows B 0->1; then 14 (13 = 6.5*2 fits), 27, 53, 105, 209, 417, 833, 1665
        assertThat(grows).containsExactly("9->B1", "14->B2", "27->B3", "53->B4", "105->B5", "209->B6",
                "417->B7", "833->B8", "1665->B9");
    }

    @Test
    @DisplayName("CORE-04 Q: is growth incremental? (each write evacuates at most two old buckets)")
    void evacuationProgressesTwoBucketsPerWriteAndFinishes() {
        BucketMap<Integer, Integer> m = BucketMap.make(0, null);
        int i = 0;
        while (m.B < 6) m.put(i, i++);
        MapStats.Buckets s = m.stats();
        assertThat(s.growing()).isTrue();
        assertThat(s.oldBuckets()).isEqualTo(32);
        int writes = 0;
        while (m.stats().growing()) {
            int before = m.nevacuate;
            m.put(i, i++);
            writes++;
            assertThat(m.nevacuate - before).isBetween(0, 32);
            for (int k = 0; k < i; k++) assertThat(m.get(k)).as("every key reachable mid-grow").isEqualTo(k);
        }
        assertThat(writes).isBetween(1, 32);
        assertThat(m.len()).isEqualTo(i);
    }

    @Test
    @DisplayName("CORE-04 Q: what triggers a same-size grow? (too many overflow buckets at a low load)")
    void churnThatLeavesOverflowBucketsTriggersSameSizeGrow() {
        BucketMap<Integer, Integer> m = BucketMap.make(0, null);
        for (int i = 0; i < 100; i++) m.put(i, i);
        int b = m.B;
        boolean sawSameSize = false;
        for (int i = 100; i < 200_000 && !sawSameSize; i++) {
            m.put(i, i); // insert new, delete old: count stays ~100, overflow buckets accumulate
            m.delete(i - 100);
            sawSameSize = m.stats().sameSizeGrow();
        }
        assertThat(sawSameSize).isTrue();
        assertThat(m.B).as("same-size grow keeps B").isEqualTo(b);
        assertThat(m.len()).isEqualTo(100);
    }

    @Test
    @DisplayName("CORE-04 Q: does range survive growth that happens in the middle of it?")
    void rangeDuringGrowthProducesEveryOriginalKeyOnceAndNoDeletedKey() {
        for (int trial = 0; trial < 200; trial++) {
            BucketMap<Integer, Integer> m = BucketMap.make(0, null);
            for (int i = 0; i < 53; i++) m.put(i, i); // just started growing to B=4
            Set<Integer> seen = new HashSet<>();
            Set<Integer> deleted = new HashSet<>();
            int next = 1_000;
            for (var e : m) {
                assertThat(seen.add(e.key())).as("no key twice").isTrue();
                assertThat(deleted).as("deleted keys are not produced").doesNotContain(e.key());
                m.put(next, next++); // keep growing during the range
                if (e.key() < 1_000) {
                    m.delete(e.key() + 1); // delete a key that may be ahead of us
                    deleted.add(e.key() + 1);
                }
                m.put(e.key(), e.key() * 10); // update the current key
            }
            for (int k = 0; k < 53; k++) {
                if (!seen.contains(k)) assertThat(m.getOk(k).ok()).as("only deleted keys may be missed").isFalse();
            }
        }
    }

    @Test
    @DisplayName("CORE-04 Q: where do overflow buckets come from? (makeBucketArray's 2^(B-4) spares first; "
            + "Java difference: the flat arrays are then copied bigger where Go mallocs one bucket)")
    void overflowBucketsUseGosSparesFirstAndAreCountedLikeNewoverflowWhenTheFlatArraysGrow() {
        BucketMap<Integer, Integer> m = BucketMap.make(6_656, null); // 6.5 * 2^10: B = 10, no growth below
        assertThat(m.B).isEqualTo(10);
        int spares = m.buckets.tophash.length - m.buckets.nbuckets;
        assertThat(spares).as("Go: 2^(B-4) spare overflow buckets").isEqualTo(64);
        for (int i = 0; i < 6_656; i++) m.put(i, i);
        MapStats.Buckets s = m.stats();
        assertThat(s.B()).as("filled to the load factor, not beyond").isEqualTo(10);
        // at 6.5 keys per bucket ~21% of 1024 buckets overflow (Poisson), ~11 sigma above the 64 spares
        assertThat(s.overflowBuckets()).as("more overflow buckets than spares").isGreaterThan(spares);
        assertThat(m.buckets.next - m.buckets.nbuckets).as("every handed-out bucket is linked").isEqualTo(s.overflowBuckets());
        assertThat(s.noverflow()).as("B < 16: newoverflow counts each bucket exactly").isEqualTo(s.overflowBuckets());
        for (int i = 0; i < 6_656; i++) assertThat(m.get(i)).isEqualTo(i);
    }
}
