package dev.golab.runtime.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** StripedCounter: the live-goroutine counts of AllGs and ContRuntime (SC-I1). */
@DisplayName("RT-03.08 counting live goroutines without a shared cache line")
class StripedCounterTest {

    @Test
    @DisplayName("RT-03.08 prop: the sum is the sum of every add, whichever threads made them (model: one long)")
    void theSumIsTheSumOfEveryAddFromEveryThread() {
        qt().withFixedSeed(20261207L).withExamples(60)
                .forAll(lists().of(integers().between(-1_000, 1_000)).ofSizeBetween(0, 200), integers().between(1, 6))
                .checkAssert((adds, threads) -> {
                    StripedCounter c = new StripedCounter();
                    long model = adds.stream().mapToLong(Integer::longValue).sum();
                    CountDownLatch go = new CountDownLatch(1);
                    List<Thread> ts = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        int me = t;
                        ts.add(Thread.ofPlatform().start(() -> {
                            awaitQuietly(go);
                            for (int i = me; i < adds.size(); i += threads) c.add(adds.get(i));
                        }));
                    }
                    go.countDown();
                    ts.forEach(StripedCounterTest::joinQuietly);
                    assertThat(c.sum()).isEqualTo(model);
                });
    }

    @Test
    @DisplayName("RT-03.08 Q: do two Ms with neighbouring thread ids share a cache line? (no: consecutive ids get slots 128 bytes apart)")
    void consecutiveThreadIdsGetDistinctSlotsOnTheirOwnLines() {
        Set<Integer> slots = new TreeSet<>();
        LongStream.range(1_000, 1_000 + StripedCounter.STRIPES).forEach(id -> slots.add(StripedCounter.slot(id)));
        assertThat(slots).hasSize(StripedCounter.STRIPES).doesNotContain(0);
        List<Integer> sorted = new ArrayList<>(slots);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat((sorted.get(i) - sorted.get(i - 1)) * Long.BYTES).isGreaterThanOrEqualTo(128);
        }
    }

    private static void awaitQuietly(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
