package dev.golab.runtime.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Steal vs owner (PROC-I2, PROC-I3). Lincheck: the owner's put/get run in one thread
 * (nonParallelGroup "owner", as only the P's M touches its tail), thieves steal from the others; every
 * history must be explainable by the queue run one call at a time. The stress test then runs one
 * owner against two thieves over many Gs and checks each G leaves exactly once.
 */
@DisplayName("RT-03.03 steal vs owner on the shared local run queue")
class RunQueueLinearizabilityTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    /** Owner put (tail) and get vs thieves: no runnext displacement. */
    @Param(name = "g", gen = IntGen.class, conf = "1:9")
    public static class StealVsOwner {
        private final LocalRunQueue<Integer> q = new LocalRunQueue<>();
        private final GlobalRunQueue<Integer> global = new GlobalRunQueue<>();

        @Operation(nonParallelGroup = "owner")
        public void put(@Param(name = "g") int g) {
            q.put(g, false, global);
        }

        @Operation(nonParallelGroup = "owner")
        public String get() {
            Next<Integer> n = q.get();
            return n == null ? "nil" : n.g() + (n.inheritTime() ? " inherit" : "");
        }

        /** A fresh thief P steals (runnext included, as in the last pass): what it runs, then what it queued. */
        @Operation
        public String steal() {
            LocalRunQueue<Integer> thief = new LocalRunQueue<>();
            Integer g = thief.stealFrom(q, true, false);
            return g + " " + thief.ring();
        }
    }

    /**
     * The same plus runqput(next=true). Go kicks the old runnext to the tail in two steps (swap runnext,
     * then publish the tail), so for a moment the old runnext is in neither place; a thief that looks
     * then sees an empty ring and takes the new runnext, where run one call at a time it would have
     * taken the old one from the ring. Nothing is lost or run twice (PROC-I3): the order is merely not
     * a sequential one. This is Go's design, kept.
     */
    @Param(name = "g", gen = IntGen.class, conf = "1:9")
    public static class StealVsOwnerWithRunnext {
        private final StealVsOwner ops = new StealVsOwner();

        @Operation(nonParallelGroup = "owner")
        public void putNext(@Param(name = "g") int g) {
            ops.q.put(g, true, ops.global);
        }

        @Operation(nonParallelGroup = "owner")
        public String get() {
            return ops.get();
        }

        @Operation
        public String steal() {
            return ops.steal();
        }
    }

    @Test
    @DisplayName("RT-03.03 Q: is Go's runnext displacement linearizable against a thief? (no: the displaced G is briefly in neither place; Lincheck finds the history)")
    void runnextDisplacementIsNotLinearizableAgainstAThief() {
        assertThatThrownBy(() -> new ModelCheckingOptions().iterations(30).invocationsPerIteration(200).threads(2).actorsPerThread(2)
                .check(StealVsOwnerWithRunnext.class))
                .isInstanceOf(LincheckAssertionError.class)
                .hasMessageContaining("putNext");
    }

    @Test
    @DisplayName("RT-03.03 Q: is a steal racing the owner's put/get linearizable? (yes: one head CAS commits it; stress)")
    void stealVsOwnerIsLinearizableUnderStress() {
        new StressOptions().iterations(6 * SCALE).invocationsPerIteration(200).threads(3).actorsPerThread(3)
                .check(StealVsOwner.class);
    }

    @Test
    @DisplayName("RT-03.03 Q: is a steal racing the owner's put/get linearizable? (yes: one head CAS commits it; model checking)")
    void stealVsOwnerIsLinearizableUnderModelChecking() {
        new ModelCheckingOptions().iterations(4 * SCALE).invocationsPerIteration(50).threads(3).actorsPerThread(3)
                .check(StealVsOwner.class);
    }

    @Test
    @DisplayName("RT-03.03 Q: with one owner and two thieves racing, does every G leave the queues exactly once? (PROC-I3)")
    void everyGoroutineLeavesExactlyOnce() throws InterruptedException {
        int total = 200_000 * SCALE;
        LocalRunQueue<Integer> owner = new LocalRunQueue<>();
        GlobalRunQueue<Integer> global = new GlobalRunQueue<>();
        AtomicIntegerArray taken = new AtomicIntegerArray(total);
        AtomicBoolean ownerDone = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> thieves = List.of(0, 1).stream().map(i -> Thread.ofPlatform().start(() -> {
            LocalRunQueue<Integer> mine = new LocalRunQueue<>();
            await(start);
            int round = 0;
            while (!ownerDone.get() || !owner.isEmpty()) {
                Integer g = mine.stealFrom(owner, ++round % 4 == 0, false);
                if (g != null) taken.incrementAndGet(g);
                for (Next<Integer> n; (n = mine.get()) != null; ) taken.incrementAndGet(n.g());
            }
        })).toList();
        start.countDown();
        for (int g = 0; g < total; g++) {
            owner.put(g, g % 3 == 0, global);                    // runnext churn too
            if (g % 5 == 0) {
                Next<Integer> n = owner.get();
                if (n != null) taken.incrementAndGet(n.g());
            }
        }
        for (Next<Integer> n; (n = owner.get()) != null; ) taken.incrementAndGet(n.g());
        ownerDone.set(true);
        for (Thread t : thieves) t.join();
        for (Integer g : global.snapshot()) taken.incrementAndGet(g);
        int lost = 0, twice = 0;
        for (int g = 0; g < total; g++) {
            if (taken.get(g) == 0) lost++;
            if (taken.get(g) > 1) twice++;
        }
        assertThat(lost).as("Gs never run").isZero();
        assertThat(twice).as("Gs run twice").isZero();
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
