package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.golab.runtime.Backend;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goids;
import dev.golab.runtime.Goroutine;
import dev.golab.sync.WaitGroup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** newproc1's goid: one shared counter, read in batches of 16 by each M (Go: by each P). */
@DisplayName("RT-03 goroutine ids: Go's goidcache")
class GoidsTest {

    @Test
    @DisplayName("GOID-I1 Q: can two threads that take single ids and batches of 16 at once get the same id? (no: each comes from one add)")
    void concurrentSingleIdsAndBatchesNeverOverlap() throws Exception {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        List<Thread> takers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Long> duplicate = new AtomicReference<>();
        for (int t = 0; t < 4; t++) {
            boolean batches = t % 2 == 0;
            takers.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(start);
                for (int i = 0; i < 5_000; i++) {
                    long first = batches ? Goids.reserve() : Goids.next();
                    for (int k = 0; k < (batches ? Goids.BATCH : 1); k++) {
                        if (!seen.add(first + k)) duplicate.compareAndSet(null, first + k);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread t : takers) t.join();
        assertThat(duplicate.get()).as("an id handed out twice").isNull();
        assertThat(seen).hasSize(2 * 5_000 * Goids.BATCH + 2 * 5_000);
        assertThat(seen.stream().mapToLong(Long::longValue).min().orElseThrow()).as("GOID-I2: 1 is main's").isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("RT-03 Q: are goroutine ids given out in creation order? (not across Ms: each M takes 16 at a time, as each P does in Go; "
            + "one spawner's ids run in blocks of 16 even while another M spawns; only a preemption moves it to another M's block)")
    void eachMHandsOutItsOwnBlockOf16WhileAnotherMSpawns() throws Exception {
        assumeThat(ContRuntime.shared().gomaxprocs()).as("a second M needs a second P").isGreaterThanOrEqualTo(2);
        Backend.Kind previous = Go.runtime(Backend.Kind.CONT);
        try {
            int spawners = 2, children = 4_000;
            long preemptsBefore = ContRuntime.shared().stats().preemptRequests();
            long[][] ids = new long[spawners][children];
            WaitGroup all = new WaitGroup();
            all.add(spawners * (children + 1));
            CountDownLatch done = new CountDownLatch(1);
            Go.go(() -> {
                for (int s = 0; s < spawners; s++) {
                    long[] mine = ids[s];
                    Go.go(() -> {                                   // no park inside the loop: one M throughout
                        for (int i = 0; i < children; i++) mine[i] = Go.go(all::done).id();
                        all.done();
                    });
                }
                all.await();
                done.countDown();
            });
            done.await();
            // the spawners never park, so only sysmon's preemption (at a `go`) can move one to another M
            long preempts = ContRuntime.shared().stats().preemptRequests() - preemptsBefore;
            Set<Long> unique = new HashSet<>();
            for (long[] mine : ids) {
                for (long id : mine) unique.add(id);
                int blocks = 1, moves = 0;
                for (int i = 1; i < children; i++) {
                    if (mine[i] < mine[i - 1]) moves++;                 // another M's cache
                    if (mine[i] != mine[i - 1] + 1) blocks++;
                }
                assertThat((long) moves).as("one M's ids only grow; a move needs a preemption").isLessThanOrEqualTo(preempts);
                // blocks of 16 from one M's cache, plus a partial first one left by earlier spawns on that
                // M, and at most two more per move (the other M's partial block, then a fresh one back)
                assertThat(blocks).isLessThanOrEqualTo(children / Goids.BATCH + 2 + 2 * moves);
            }
            assertThat(unique).as("GOID-I1 across both Ms").hasSize(spawners * children);
        } finally {
            Go.runtime(previous);
        }
    }

    @Test
    @DisplayName("RT-03 Q: do goroutines started from main (not from a goroutine) get ids too? (yes: from the shared counter, "
            + "unique among all; 1 stays main's)")
    void goroutinesStartedOffAnMTakeSingleIdsFromTheSharedCounter() throws Exception {
        Backend.Kind previous = Go.runtime(Backend.Kind.CONT);
        try {
            CountDownLatch ran = new CountDownLatch(3);
            Goroutine a = Go.go(ran::countDown), b = Go.go(ran::countDown), c = Go.go(ran::countDown);
            ran.await();
            assertThat(List.of(a.id(), b.id(), c.id())).doesNotHaveDuplicates().allMatch(id -> id >= 2);
        } finally {
            Go.runtime(previous);
        }
    }

    private static void awaitQuietly(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
