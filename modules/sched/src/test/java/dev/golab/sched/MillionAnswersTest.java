package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03.08: goroutines are cheap enough to have very many — here virtual threads on Go's policy. */
class MillionAnswersTest {

    @Test
    @DisplayName("RT-03.08 Q: can a million goroutines run? (10^6 leaves of a 10-ary spawn tree complete on GoScheduler)")
    void aMillionGoroutinesSpawnedAsATreeAllComplete() throws Exception {
        try (GoScheduler s = GoScheduler.create(2)) {
            LongAdder leaves = new LongAdder();
            CountDownLatch done = new CountDownLatch(1);
            AtomicLong pending = new AtomicLong(1);
            s.go(() -> tree(s, 6, leaves, pending, done));
            assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
            assertThat(leaves.sum()).isEqualTo(1_000_000);
            assertThat(s.stats().executes()).isGreaterThanOrEqualTo(1_111_111);   // every node started once
        }
    }

    /** Skynet's shape without channels: each node spawns 10 children; leaves count themselves. */
    private static void tree(GoScheduler s, int depth, LongAdder leaves, AtomicLong pending, CountDownLatch done) {
        if (depth == 0) leaves.increment();
        else {
            pending.addAndGet(10);
            for (int i = 0; i < 10; i++) s.go(() -> tree(s, depth - 1, leaves, pending, done));
        }
        if (pending.decrementAndGet() == 0) done.countDown();
    }

    @Test
    @DisplayName("RT-03.08 Q: can 10^5·scale goroutines be parked at once, within a bounded heap? (yes: ~1 KB each)")
    void manyGoroutinesParkedAtOnceFitInABoundedHeap() throws Exception {
        int n = 100_000 * Integer.getInteger("golab.stress.scale", 1);
        try (GoScheduler s = GoScheduler.create(2)) {
            CountDownLatch release = new CountDownLatch(1), parked = new CountDownLatch(n), done = new CountDownLatch(n);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            for (int i = 0; i < n; i++) {
                s.go(() -> {
                    parked.countDown();
                    try {
                        release.await();                    // parks: unmounts, the carrier runs the next one
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    done.countDown();
                });
            }
            assertThat(parked.await(120, TimeUnit.SECONDS)).isTrue();
            long perGoroutine = (rt.totalMemory() - rt.freeMemory() - before) / n;
            release.countDown();
            assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(60)).until(() -> s.live() == 0);   // each ends after counting down
            // Go: ~2.6 KB per goroutine (2 KiB stack + g). A parked virtual thread: Thread + stack chunk.
            assertThat(perGoroutine).as("bytes per parked goroutine (GC-noisy upper bound)").isLessThan(8_192);
        }
    }
}
