package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** allgs on CONT: the registry behind NumGoroutine, leak checks and dumps, without a map per `go`. */
@DisplayName("RT-03 allgs: the live-goroutine registry of the CONT backend")
class AllGsTest {

    private static Goroutine newG() {
        return new Goroutine(Goids.next(), null, null);
    }

    @Test
    @DisplayName("AG-I1/AG-I2 Q: does the registry list exactly the goroutines added and not removed? (yes, against a set as model)")
    void listsExactlyTheAddedAndNotRemoved_againstASetModel() {
        AllGs all = new AllGs();
        Set<Goroutine> model = new HashSet<>();
        List<Goroutine> alive = new ArrayList<>();
        Random r = new Random(42);
        for (int step = 0; step < 20_000; step++) {
            if (alive.isEmpty() || r.nextInt(3) > 0) {
                Goroutine g = newG();
                all.add(g);
                model.add(g);
                alive.add(g);
            } else {
                Goroutine g = alive.remove(r.nextInt(alive.size()));
                all.remove(g);
                model.remove(g);
            }
        }
        List<Goroutine> listed = new ArrayList<>();
        all.snapshot(listed);
        assertThat(listed).hasSize(model.size()).containsExactlyInAnyOrderElementsOf(model);
        assertThat(all.count()).isEqualTo(model.size());
    }

    @Test
    @DisplayName("AG-I3 Q: do ended goroutines pile up? (no: full chunks whose goroutines all ended are dropped)")
    void chunksOfEndedGoroutinesAreDropped() {
        AllGs all = new AllGs();
        Goroutine keeper = newG();
        all.add(keeper);                                           // one long-lived goroutine
        for (int i = 0; i < 200_000; i++) {
            Goroutine g = newG();
            all.add(g);
            all.remove(g);
        }
        // 200,000 adds fill ~196 chunks; all but the one holding `keeper` and each shard's current one go
        assertThat(all.chunks()).isLessThanOrEqualTo(AllGs.SHARDS + 1);
        List<Goroutine> listed = new ArrayList<>();
        all.snapshot(listed);
        assertThat(listed).containsExactly(keeper);
        assertThat(keeper.allChunk).isNotNull();
    }

    @Test
    @DisplayName("AG-I1 Q: do concurrent go and end on two threads lose or duplicate an entry? (no)")
    void concurrentAddsAndRemovesLoseNothing() throws Exception {
        AllGs all = new AllGs();
        int perThread = 50_000;
        List<List<Goroutine>> kept = List.of(new ArrayList<>(), new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        Thread[] ts = new Thread[2];
        for (int t = 0; t < 2; t++) {
            List<Goroutine> mine = kept.get(t);
            ts[t] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    Goroutine g = newG();
                    all.add(g);
                    if (i % 10 == 0) mine.add(g);
                    else all.remove(g);
                }
            });
            ts[t].start();
        }
        start.countDown();
        for (Thread t : ts) t.join();
        List<Goroutine> listed = new ArrayList<>();
        all.snapshot(listed);
        List<Goroutine> expected = new ArrayList<>(kept.get(0));
        expected.addAll(kept.get(1));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(all.count()).isEqualTo(expected.size());
    }

    @Test
    @DisplayName("RT-03 Q: does an ended goroutine that a user keeps hold the registry? (no: it is unlinked)")
    void anEndedGoroutineHoldsNoChunk() {
        AllGs all = new AllGs();
        Goroutine g = newG();
        all.add(g);
        all.remove(g);
        all.remove(g);                                             // a second end changes nothing
        assertThat(g.allChunk).isNull();
        assertThat(all.count()).isZero();
    }
}
