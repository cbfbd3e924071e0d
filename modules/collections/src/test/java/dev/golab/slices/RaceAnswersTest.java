package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-08 (slice parts): racing appends lose elements; one index per goroutine is race-free. */
class RaceAnswersTest {
    /** The shared variable of `results = append(results, n)`: a plain field, no synchronisation. */
    private static final class Shared {
        IntSlice results = IntSlice.nil();
    }

    private static int racyAppends(int goroutines, int perGoroutine) throws InterruptedException {
        Shared shared = new Shared();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int g = 0; g < goroutines; g++) {
            int n = g;
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perGoroutine; i++) shared.results = shared.results.append(n); // read-append-write race
            }));
        }
        start.countDown();
        for (Thread t : ts) t.join(); // join: every write happens-before the read below
        return shared.results.len();
    }

    @Test
    @DisplayName("CONC-08.03 Q: can unsynchronised results = append(results, n) from 10 goroutines lose elements?")
    void racingAppendsEventuallyLoseElements() {
        // Go's seed has one append per goroutine; 2,000 each makes the lost update observable within a few tries.
        int[] lastLen = {0};
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            lastLen[0] = racyAppends(10, 2_000);
            return lastLen[0] < 20_000;
        });
        assertThat(lastLen[0]).isLessThan(20_000);
    }

    @Test
    @DisplayName("CONC-08.04 Q: is writing one pre-allocated index per goroutine race-free and visible after Wait?")
    void disjointIndexWritesAreAllVisibleAfterJoin() throws InterruptedException {
        IntSlice results = IntSlice.make(10);
        List<Thread> ts = new ArrayList<>();
        for (int g = 0; g < 10; g++) {
            int n = g;
            ts.add(Thread.ofPlatform().start(() -> results.set(n, n * n))); // each goroutine owns results[n]
        }
        for (Thread t : ts) t.join(); // stands in for wg.Wait(): the happens-before edge
        assertThat(results.toArray()).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81);
    }
}
