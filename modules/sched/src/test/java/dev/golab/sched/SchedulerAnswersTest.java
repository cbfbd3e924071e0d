package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03 on the real scheduler: virtual threads run with Go's run-queue policy. */
class SchedulerAnswersTest {

    @Test
    @DisplayName("RT-03.01 Q: how are goroutines multiplexed onto threads, and how many Ps are there?")
    void goroutinesRunOnAtMostGomaxprocsCarriersEachHoldingAP() throws Exception {
        try (GoScheduler s = GoScheduler.create(2)) {
            int n = 200;
            CountDownLatch done = new CountDownLatch(n);
            var carriers = new java.util.concurrent.ConcurrentHashMap<Integer, Boolean>();
            for (int i = 0; i < n; i++) {
                s.go(() -> {
                    carriers.put(s.currentP(), true);
                    assertThat(Thread.currentThread().isVirtual()).isTrue();
                    done.countDown();
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            // every goroutine ran while its M held a P (never -1), and only P ids 0..GOMAXPROCS-1 exist
            assertThat(carriers.keySet()).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(0, 1));
            assertThat(s.procs()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("RT-03.01 Q: may a waiter on a GoScheduler spin for its peer? (only with a second P: with "
            + "GOMAXPROCS=1 the peer cannot run while it spins, so RT-I5 turns spinning off)")
    void aWaiterSpinsOnlyWhenItsSchedulerHasAnotherP() throws Exception {
        for (int procs : new int[] {1, 2}) {
            try (GoScheduler s = GoScheduler.create(procs)) {
                AtomicInteger seen = new AtomicInteger(-1);
                CountDownLatch done = new CountDownLatch(1);
                s.go(() -> {
                    seen.set(dev.golab.runtime.Carriers.now());
                    done.countDown();
                });
                assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
                assertThat(seen).as("carriers seen by a goroutine of a %d-P scheduler", procs).hasValue(procs);
            }
        }
        assertThat(dev.golab.runtime.Carriers.now()).as("a thread that is not on our Ms sees the JDK pool")
                .isEqualTo(dev.golab.runtime.Carriers.jdkParallelism());
    }

    @Test
    @DisplayName("RT-03.02 Q: does a waiter on a GoScheduler spin while the goroutine it readied waits in its P's "
            + "runnext? (no: that goroutine cannot run before the waiter parks, so it parks at once; on the JDK's "
            + "pool another carrier may take the woken thread, so there the 300 ns grace applies)")
    void aWaiterDoesNotSpinInFrontOfTheGoroutineItReadied() throws Exception {
        AtomicBoolean onOurM = new AtomicBoolean(), onJdkPool = new AtomicBoolean(true);
        try (GoScheduler s = GoScheduler.create(2)) {
            CountDownLatch done = new CountDownLatch(1);
            s.go(() -> {
                onOurM.set(dev.golab.runtime.Carriers.readiedRunHere());
                done.countDown();
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        }
        Thread vt = Thread.startVirtualThread(() -> onJdkPool.set(dev.golab.runtime.Carriers.readiedRunHere()));
        vt.join();
        assertThat(onOurM).as("a goroutine on a GoScheduler M: its readied peer waits in runnext").isTrue();
        assertThat(onJdkPool).as("a virtual thread on the JDK's pool").isFalse();
        assertThat(dev.golab.runtime.Carriers.readiedRunHere()).as("a platform thread").isFalse();
    }

    @Test
    @DisplayName("RT-03.02 Q: where does a goroutine made ready by a running goroutine go? (runnext handoff ordering)")
    void spawnedGoroutinesRunLastSpawnedFirstThenInFifoOrder() throws Exception {
        // Go with GOMAXPROCS=1: `go A; go B; go C` from one goroutine runs C (runnext), then A, B (the ring).
        try (GoScheduler s = GoScheduler.create(1)) {
            List<String> order = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(3);
            s.go(() -> {
                for (String name : List.of("A", "B", "C")) {
                    s.go(() -> {
                        order.add(name);
                        done.countDown();
                    });
                }
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(order).containsExactly("C", "A", "B");
            assertThat(s.stats().runnextHits()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: does a goroutine on the global queue run while a P always has local work? (within 61 schedules)")
    void globalGoroutineRunsWithin61SchedticksOfABusyP() throws Exception {
        try (GoScheduler s = GoScheduler.create(1)) {
            long waited = waitOfGlobalGoroutine(s);
            assertThat(waited).isBetween(0L, 61L);
            assertThat(s.stats().globalPolls()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: what if the 61st-tick check did not exist? (the global goroutine starves while local work lasts)")
    void withoutThe61CheckTheGlobalGoroutineWaitsForTheLocalQueueToDrain() throws Exception {
        try (GoScheduler s = GoScheduler.withGlobalCheckInterval(1, Integer.MAX_VALUE)) {
            long waited = waitOfGlobalGoroutine(s);
            assertThat(waited).isGreaterThan(61L);
        }
    }

    /**
     * A self-respawning flood keeps ~40 Gs on P0's ring until the marked G has run (or 2000 runs after
     * it was queued, so the control without the 61st-tick check ends too); a G put on the global queue
     * from this (foreign) thread records how many schedticks it waited.
     */
    private static long waitOfGlobalGoroutine(GoScheduler s) throws InterruptedException {
        AtomicInteger liveFlood = new AtomicInteger(), runs = new AtomicInteger(), submittedAt = new AtomicInteger(-1);
        AtomicLong ranAt = new AtomicLong(-1), seenAt = new AtomicLong(-1);
        CountDownLatch warm = new CountDownLatch(1);
        Runnable[] flood = new Runnable[1];
        flood[0] = () -> {
            int r = runs.incrementAndGet();
            if (r == 500) warm.countDown();
            // the flood runs on P0 itself, so it sees the global queue turn non-empty in P0's own
            // schedule order (a read of schedtick from this test thread could be late under load)
            if (s.global.size() > 0) seenAt.compareAndSet(-1, s.schedtick(0));
            int since = submittedAt.get();
            boolean stop = ranAt.get() >= 0 || (since >= 0 && r - since >= 2_000);
            if (!stop) {
                int children = liveFlood.get() < 40 ? 2 : 0;   // never a single child: a runnext chain freezes schedtick
                for (int i = 0; i < children; i++) {
                    liveFlood.incrementAndGet();
                    s.go(flood[0]);
                }
            }
            liveFlood.decrementAndGet();
        };
        liveFlood.incrementAndGet();
        s.go(flood[0]);
        assertThat(warm.await(30, TimeUnit.SECONDS)).isTrue();
        submittedAt.set(runs.get());
        s.go(() -> {                                        // from a foreign thread: global queue
            long tick = s.schedtick(0);
            seenAt.compareAndSet(-1, tick);                 // taken before any flood G looked: waited 0
            ranAt.set(tick);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> ranAt.get() >= 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> s.live() == 0);
        return ranAt.get() - seenAt.get();
    }

    @Test
    @DisplayName("RT-03.A1 Q: what happens when a local run queue (256 slots) overflows? (half spills to the global queue)")
    void aFullLocalQueueSpillsHalfToTheGlobalQueue() throws Exception {
        try (GoScheduler s = GoScheduler.create(1)) {
            int n = 600;
            CountDownLatch done = new CountDownLatch(n);
            s.go(() -> {
                for (int i = 0; i < n; i++) s.go(done::countDown);
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            // 600 spawns without yielding: the ring fills at 257 (256 + runnext), spills 129, refills...
            assertThat(s.stats().spills()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    @DisplayName("RT-03.06 Q: what does GOMAXPROCS(n) return, and what does GOMAXPROCS(0) do?")
    void gomaxprocsSetsAndReturnsThePreviousValueAndZeroOnlyQueries() {
        int original = Go.gomaxprocs(0);
        try {
            int previous = Go.gomaxprocs(3);
            assertThat(previous).isEqualTo(original);
            assertThat(Go.gomaxprocs(0)).isEqualTo(3);
            assertThat(Go.gomaxprocs(0)).isEqualTo(3);       // querying changes nothing
            try (GoScheduler s = GoScheduler.install(2)) {
                assertThat(Go.gomaxprocs()).as("with golab's scheduler installed, GOMAXPROCS is its P count").isEqualTo(2);
            }
            assertThat(Go.gomaxprocs()).isEqualTo(3);
        } finally {
            Go.gomaxprocs(original);
        }
    }

    @Test
    @DisplayName("RT-03 Q: does Go.go spawn onto the installed scheduler, and do children inherit it?")
    void installedSchedulerRunsGoGoAndTheGoroutinesChildren() throws Exception {
        try (GoScheduler s = GoScheduler.install(2)) {
            AtomicInteger parentP = new AtomicInteger(-2), childP = new AtomicInteger(-2);
            CountDownLatch done = new CountDownLatch(1);
            Go.go(() -> {
                parentP.set(s.currentP());
                Thread.ofVirtual().start(() -> {              // a plain JDK virtual thread, created inside
                    childP.set(s.currentP());
                    done.countDown();
                });
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(parentP.get()).isGreaterThanOrEqualTo(0);
            assertThat(childP.get()).as("JDK: children inherit the parent's scheduler").isGreaterThanOrEqualTo(0);
        }
    }
}
