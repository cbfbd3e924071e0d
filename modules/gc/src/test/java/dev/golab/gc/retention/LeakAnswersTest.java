package dev.golab.gc.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.sim.Metrics;
import dev.golab.gc.sim.Simulation;
import dev.golab.gc.sim.Workload;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.testkit.GoLeaks;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-07: leaks are unwanted reachability, shown on the simulator's heap. */
@DisplayName("RT-07 Q: how do memory leaks happen in a garbage-collected Go program, and how do you detect them?")
class LeakAnswersTest {
    final Heap h = new Heap();
    final Collector c = new Collector(h, Barrier.HYBRID).oracle(true);
    final Root main = h.newStack("main", 8192);

    /** leaky(): ch := make(chan int); go func() { ch <- compute(buf) }(); return on timeout. */
    int buf;

    Root leaky(boolean buffered) {
        Root g = h.newStack("worker", 8192);
        int ch = c.allocate(g, g.slot("ch"), 96, 1);
        buf = c.allocate(g, g.slot("buf"), 1 << 20, 0);
        if (buffered) { c.write(g, ch, 0, g.get(g.slot("buf"))); c.exit(g); }   // ch <- v fills the buffer, worker returns
        else c.block(g, ch);                                                       // ch <- v: no receiver, ever
        return g;
    }

    @Test
    @DisplayName("RT-07.01 Q: what does a goroutine blocked forever on an unbuffered send keep alive?")
    void blockedSenderKeepsItsStackAndDataReachableForever() {
        Root g = leaky(false);
        for (int i = 0; i < 3; i++) c.gc();
        assertThat(h.isAllocated(buf)).as("1 MiB buffer survives every GC").isTrue();
        assertThat(h.stacks().stream().filter(Root::isRoot).count()).as("goroutine count one higher").isEqualTo(2);
        assertThat(GoroutineLeakProfile.leaked(h)).containsExactly("worker");
    }

    @Test
    @DisplayName("RT-07.02 Q: how does a buffered channel of capacity 1 fix leaky()?")
    void bufferedChannelLetsTheWorkerExitAndEverythingIsFreed() {
        Root g = leaky(true);
        c.gc();
        assertThat(g.isRoot()).isFalse();
        assertThat(h.isAllocated(buf)).as("nobody received: channel and value are garbage").isFalse();
        assertThat(GoroutineLeakProfile.leaked(h)).isEmpty();
    }

    @Test
    @DisplayName("RT-07.03 Q: does a small sub-slice keep its large backing array alive?")
    void subSliceRetainsTheWholeBackingArrayUntilCopied() {
        int big = c.allocate(main, main.slot("big"), 1 << 20, 0);
        int small = c.allocate(null, -1, 24, 1);              // small := big[:4] (a slice header pointing into big)
        c.write(main, small, 0, big);
        c.writeGlobal(main, h.globals().slot("kept"), small);
        c.setLocal(main, main.slot("big"), Heap.NIL);
        c.gc();
        assertThat(h.isAllocated(big)).as("1 MiB kept for 4 bytes").isTrue();
        int copy = c.allocate(null, -1, 4, 0);                // small = append([]byte(nil), small...)
        c.writeGlobal(main, h.globals().slot("kept"), copy);
        c.gc();
        assertThat(h.isAllocated(big)).isFalse();
        Metrics retained = Simulation.run(Simulation.Config.of(Workload.SUBSLICE).seconds(2)).metrics();
        Metrics copied = Simulation.run(Simulation.Config.of(Workload.SUBSLICE_COPY).seconds(2)).metrics();
        assertThat(retained.liveBytesAtEnd()).isGreaterThan(100 * copied.liveBytesAtEnd());
    }

    @Test
    @DisplayName("RT-07.04 Q: does a cache without eviction grow without bound, and does an LRU bound cap it?")
    void unboundedCacheGrowsLinearlyAndABoundCapsLiveSize() {
        long[] live = new long[2];
        for (int bounded = 0; bounded < 2; bounded++) {
            Heap hh = new Heap();
            Collector cc = new Collector(hh, Barrier.HYBRID);
            int head = hh.globals().slot("cache");
            java.util.ArrayDeque<Integer> order = new java.util.ArrayDeque<>();
            for (int i = 0; i < 1000; i++) {
                int e = cc.allocate(null, -1, 1024, 1);       // cache[key] = entry (a list node)
                cc.write(null, e, 0, hh.globals().get(head));
                cc.writeGlobal(null, head, e);
                order.addFirst(e);
                if (bounded == 1 && order.size() > 100) { order.pollLast(); cc.write(null, order.peekLast(), 0, Heap.NIL); }
                if (i % 100 == 99) cc.gc();
            }
            live[bounded] = hh.inUseBytes();
        }
        assertThat(live[0]).isEqualTo(1000L * 1024);
        assertThat(live[1]).isEqualTo(100L * 1024);
    }

    @Test
    @DisplayName("RT-07.05 Q: what does an append-only global slice keep alive — even after s = s[:0]?")
    void appendOnlyGlobalKeepsEverythingAndReslicingDoesNotRelease() {
        int s = h.globals().slot("events");
        int arr = c.allocate(null, -1, 8 * 64, 64);
        c.writeGlobal(main, s, arr);
        for (int i = 0; i < 64; i++) c.write(main, arr, i, c.allocate(null, -1, 256, 0));   // events = append(events, e)
        c.gc();
        assertThat(h.objectCount()).isEqualTo(65);
        // events = events[:0] keeps the same backing array: every element is still reachable
        c.gc();
        assertThat(h.objectCount()).isEqualTo(65);
        c.writeGlobal(main, s, Heap.NIL);                       // events = nil
        c.gc();
        assertThat(h.objectCount()).isZero();
    }

    @Test
    @DisplayName("RT-07.06 Q: what happens to a cycle of objects that carry finalizers?")
    void finalizerCycleIsNeverCollectedAndItsFinalizersNeverRun() {
        int a = c.allocate(null, -1, 64, 1), b = c.allocate(null, -1, 64, 1), lone = c.allocate(null, -1, 64, 1);
        c.write(null, a, 0, b);
        c.write(null, b, 0, a);
        h.setFinalizer(a, true);
        h.setFinalizer(b, true);
        h.setFinalizer(lone, true);
        for (int i = 0; i < 5; i++) c.gc();
        assertThat(h.isAllocated(a) && h.isAllocated(b)).as("the cycle leaks").isTrue();
        assertThat(c.finalized()).containsExactly(lone);      // only the lone object's finalizer ran
        assertThat(h.isAllocated(lone)).as("freed one cycle after its finalizer ran").isFalse();
        int x = c.allocate(null, -1, 64, 1), y = c.allocate(null, -1, 64, 1);   // the same cycle without finalizers
        c.write(null, x, 0, y);
        c.write(null, y, 0, x);
        c.gc();
        assertThat(h.isAllocated(x) || h.isAllocated(y)).isFalse();
    }

    @Test
    @DisplayName("RT-07.07 Q: how do NumGoroutine and a goleak-style verifyNone() detect a leaked goroutine?")
    void goroutineGaugeAndVerifyNoneSeeTheBlockedGoroutine() throws Exception {
        GoLeaks leaks = GoLeaks.snapshot();                   // testkit's goleak: the one leak check on real goroutines
        int before = Go.numGoroutine();
        CountDownLatch never = new CountDownLatch(1);
        Go.go(() -> {                                         // blocked in a JDK latch: Go's closest state is [syscall]
            try { never.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        });
        await().until(() -> Go.numGoroutine() == before + 1
                && leaks.extra().stream().anyMatch(g -> g.toString().endsWith("[syscall]:")));
        assertThatThrownBy(() -> leaks.verifyNone(Duration.ofMillis(20)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("[syscall]");
        never.countDown();                                    // the fix: let it finish
        await().until(() -> Go.numGoroutine() == before);
        leaks.verifyNone(Duration.ofSeconds(5));              // passes: nothing left behind
        assertThat(leaks.extra()).isEmpty();
    }

    @Test
    @DisplayName("RT-07.A1 Q: what does the GC-based goroutineleak profile report, and what does it miss?")
    void leakProfileReportsUnreachablePrimitivesAndMissesGlobalOnes() {
        Root lost = h.newStack("lost", 8192), viaGlobal = h.newStack("viaGlobal", 8192), viaLocal = h.newStack("viaLocal", 8192);
        Root d1 = h.newStack("deadlock1", 8192), d2 = h.newStack("deadlock2", 8192);
        c.block(lost, c.allocate(lost, lost.slot("ch"), 96, 1));
        int gch = c.allocate(viaGlobal, viaGlobal.slot("ch"), 96, 1);
        c.writeGlobal(null, h.globals().slot("jobs"), gch);   // var jobs = make(chan Job): nobody will send, but reachable
        c.block(viaGlobal, gch);
        int lch = c.allocate(viaLocal, viaLocal.slot("ch"), 96, 1);
        c.setLocal(main, main.slot("ch"), lch);               // main (runnable) still holds ch: it may send
        c.block(viaLocal, lch);
        int m1 = c.allocate(d1, d1.slot("mu"), 8, 0), m2 = c.allocate(d2, d2.slot("mu"), 8, 0);
        c.setLocal(d1, d1.slot("other"), m2);
        c.setLocal(d2, d2.slot("other"), m1);
        c.block(d1, m2);                                      // each holds the mutex the other waits for
        c.block(d2, m1);
        assertThat(GoroutineLeakProfile.leaked(h)).containsExactlyInAnyOrder("lost", "deadlock1", "deadlock2");
        // viaGlobal is a real leak the profile misses (false negative); viaLocal can still be woken by main
    }
}
