package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * RT-03.07 on the continuation runtime: sysmon asks a G that has run 10 ms to yield, and the G honours
 * it at its next `go` statement (Go before 1.14 honoured it at its next function call). A loop that
 * starts no G is never stopped: ContAnswersTest names that Java difference.
 */
@DisplayName("RT-03.07 preemption on the continuation runtime")
class ContPreemptAnswersTest {

    @Test
    @DisplayName("RT-03.07 Q: on one P, does a goroutine that keeps running `go f()` let its children run? (yes: after ~10 ms sysmon preempts it at a `go`, and it waits at the global queue tail)")
    void aGoroutineThatKeepsSpawningIsPreemptedAtAGoStatement() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            AtomicInteger childrenRan = new AtomicInteger();
            AtomicLong spawnedBeforeAChildRan = new AtomicLong(-1);
            CountDownLatch spawnerDone = new CountDownLatch(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            rt.go(() -> {
                long spawned = 0;
                // without preemption no child could run before this loop ends: one P, and we hold it
                while (childrenRan.get() == 0 && System.nanoTime() - deadline < 0) {
                    rt.go(childrenRan::incrementAndGet, null);
                    spawned++;
                }
                spawnedBeforeAChildRan.set(childrenRan.get() > 0 ? spawned : -1);
                spawnerDone.countDown();
            }, "spawner");
            assertThat(spawnerDone.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(spawnedBeforeAChildRan.get()).as("a child ran while the spawner still looped").isPositive();
            assertThat(rt.stats().preemptRequests()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    @DisplayName("RT-03.07 Q: where does a preempted goroutine wait? (at the global queue tail: it runs again once the Gs queued before it have run, save runnext and the ring)")
    void aPreemptedGoroutineRunsAgainAfterTheQueuedGoroutines() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            AtomicInteger childrenRan = new AtomicInteger();
            AtomicInteger seenOnReturn = new AtomicInteger(-1);
            AtomicLong spawned = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            rt.go(() -> {
                long before = rt.stats().preemptRequests();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                // spawn until sysmon has asked once; the `go` after the request is where it yields
                while (rt.stats().preemptRequests() == before && System.nanoTime() - deadline < 0) {
                    rt.go(childrenRan::incrementAndGet, null);
                    spawned.incrementAndGet();
                }
                rt.go(childrenRan::incrementAndGet, null);
                spawned.incrementAndGet();
                seenOnReturn.set(childrenRan.get());
                done.countDown();
            }, "spawner");
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(spawned.get()).isGreaterThan(1);
            // the children were queued ahead of it; only runnext and the 256-slot ring can still hold
            // some, as findRunnable takes one G from the global queue every 61st schedtick
            assertThat(seenOnReturn.get()).isGreaterThanOrEqualTo((int) spawned.get() - 257).isPositive();
        }
    }
}
