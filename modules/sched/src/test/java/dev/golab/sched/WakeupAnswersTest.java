package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No lost wake-up: park/unpark storms from goroutines (runnext path), from a foreign platform thread
 * (global path) and from the JDK's timer thread (parkNanos expiry) all complete. A lost wake-up shows
 * as a goroutine that never finishes, so each phase is bounded by an await with a generous limit.
 */
class WakeupAnswersTest {
    private static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    @Test
    @DisplayName("RT-03 Q: can a wake-up be lost while Ms spin down and park? (50 ping-pong pairs × 2000 hand-offs complete)")
    void pingPongPairsOnSynchronousQueuesAllComplete() throws Exception {
        int pairs = 50, rounds = 2_000 * SCALE;
        try (GoScheduler s = GoScheduler.create(2)) {
            CountDownLatch done = new CountDownLatch(pairs * 2);
            for (int p = 0; p < pairs; p++) {
                SynchronousQueue<Integer> ping = new SynchronousQueue<>(), pong = new SynchronousQueue<>();
                s.go(() -> {
                    try {
                        for (int i = 0; i < rounds; i++) {
                            ping.put(i);
                            if (pong.take() != i) throw new AssertionError("pong out of order");
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    done.countDown();
                });
                s.go(() -> {
                    try {
                        for (int i = 0; i < rounds; i++) pong.put(ping.take());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    done.countDown();
                });
            }
            assertThat(done.await(120, TimeUnit.SECONDS)).as("lost wake-up: %s", s.stats()).isTrue();
        }
    }

    @Test
    @DisplayName("RT-03 Q: are wake-ups from outside any P (a platform thread, the timer thread) ever lost? (no)")
    void unparksFromAForeignThreadAndTimersAllArrive() throws Exception {
        int n = 200, rounds = 200 * SCALE;
        try (GoScheduler s = GoScheduler.create(2)) {
            Thread[] gs = new Thread[n];
            CountDownLatch done = new CountDownLatch(n);
            int[] progress = new int[n];
            for (int i = 0; i < n; i++) {
                int id = i;
                gs[i] = s.go(() -> {
                    for (int r = 0; r < rounds; r++) {
                        if (r % 10 == 0) LockSupport.parkNanos(1_000);   // woken by the JDK's unparker thread
                        else LockSupport.park();                         // woken by the storm below (or spuriously)
                        progress[id] = r;
                    }
                    done.countDown();
                });
            }
            Thread storm = Thread.ofPlatform().start(() -> {
                while (done.getCount() > 0) for (Thread g : gs) LockSupport.unpark(g);
            });
            assertThat(done.await(120, TimeUnit.SECONDS)).as("lost wake-up: %s", s.stats()).isTrue();
            storm.join();
            await().atMost(java.time.Duration.ofSeconds(60)).until(() -> s.live() == 0);
        }
    }
}
