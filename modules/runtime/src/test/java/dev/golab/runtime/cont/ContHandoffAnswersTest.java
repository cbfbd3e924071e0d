package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashRecorder;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import jdk.internal.vm.Continuation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03.04 / RT-03.A2: an M blocked outside golab's park is a syscall; sysmon hands its P off. */
@DisplayName("RT-03.04 syscall hand-off on the continuation runtime")
class ContHandoffAnswersTest {

    @Test
    @DisplayName("RT-03.04 Q: can goroutines that all block in a JDK BlockingQueue deadlock the runtime? (no: sysmon hands each blocked M's P to a new M)")
    void goroutinesBlockedInAJdkQueueDoNotStopTheOthers() throws Exception {
        try (ContRuntime rt = ContRuntime.start(2)) {
            int consumers = 8;
            LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
            CountDownLatch consumed = new CountDownLatch(consumers);
            for (int i = 0; i < consumers; i++) {
                rt.go(() -> {
                    try {
                        queue.take();                          // blocks the carrier M, not just the G
                        consumed.countDown();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "consumer" + i);
            }
            rt.go(() -> {
                for (int i = 0; i < consumers; i++) queue.add(i);
            }, "producer");                                    // queued behind every consumer
            assertThat(consumed.await(30, TimeUnit.SECONDS)).as("the producer ran despite blocked Ms").isTrue();
            assertThat(rt.stats().handoffs()).isPositive();
        }
    }

    @Test
    @DisplayName("RT-03.04 Q: what happens to a goroutine readied by one whose P sysmon retook while it was blocked? (it runs: the waker sees the retake and queues it globally)")
    void aReadyRacingTheRetakeOfTheWakersPIsNeverLost() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {            // 1 P: no idle P, so sysmon retakes at once
            int rounds = 400;
            Turns turns = new Turns(0);
            AtomicInteger outOfTurn = new AtomicInteger();
            AtomicInteger counter = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(2);
            for (int me = 0; me < 2; me++) {
                int self = me;
                rt.go(() -> {
                    for (int i = 0; i < rounds; i++) {
                        turns.await(self);
                        if (counter.getAndIncrement() % 2 != self) outOfTurn.incrementAndGet();
                        LockSupport.parkNanos(100_000);        // a "syscall": the carrier blocks, sysmon retakes
                        turns.pass(1 - self);                   // ready() from a G whose P was retaken
                    }
                    done.countDown();
                }, "player" + me);
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).as("no readied goroutine stranded").isTrue();
            assertThat(counter.get()).isEqualTo(2 * rounds);
            assertThat(outOfTurn.get()).isZero();
            assertThat(rt.stats().handoffs()).as("sysmon retook Ps while their Gs readied").isPositive();
        }
    }

    @Test
    @DisplayName("RT-03.04 Q: and goroutines blocked entering `synchronized`, while the owner is parked inside it? (the owner is readied, gets a P and releases the monitor)")
    void goroutinesBlockedOnAMonitorDoNotStopItsParkedOwner() throws Exception {
        try (ContRuntime rt = ContRuntime.start(2)) {
            Object monitor = new Object();
            Turns turns = new Turns(0);
            int contenders = 6;
            AtomicInteger entered = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(contenders + 1);
            rt.go(() -> {
                synchronized (monitor) {
                    turns.await(1);                            // parks holding the monitor (not pinned on JDK 25)
                }
                done.countDown();
            }, "owner");
            for (int i = 0; i < contenders; i++) {
                rt.go(() -> {
                    synchronized (monitor) {                   // a blocked monitor enter blocks the M
                        entered.incrementAndGet();
                    }
                    done.countDown();
                }, "contender" + i);
            }
            rt.go(() -> turns.pass(1), "waker");               // queued behind every contender
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(entered.get()).isEqualTo(contenders);
            // No assertion on handoffs() here: on an idle box a spinning M may run the waker before
            // any contender blocks, so whether sysmon had to hand a P off depends on timing.
        }
    }

    @Test
    @DisplayName("RT-03.04 Q: what does a park that cannot unmount (pinned) do? (blocks its M like a syscall; the P is handed off)")
    void aPinnedParkBlocksItsMAndThePIsHandedOff() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            Turns turns = new Turns(0);
            AtomicReference<ContG> pinned = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            rt.go(() -> {
                pinned.set(ContRuntime.current());
                Continuation.pin();                            // a critical section: yield must fail
                try {
                    turns.await(1);
                } finally {
                    Continuation.unpin();
                }
                done.countDown();
            }, "pinned");
            rt.go(() -> turns.pass(1), "waker");               // runs only on a handed-off P
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(pinned.get().pinnedBy()).isEqualTo("CRITICAL_SECTION");
            assertThat(rt.stats().handoffs()).isPositive();
        }
    }

    @Test
    @DisplayName("RT-03 Q: what happens when blocked goroutines need more Ms than the limit? (Go: `fatal error: thread exhaustion`)")
    void needingMoreMsThanTheCapIsFatalThreadExhaustion() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (CrashRecorder crashes = new CrashRecorder(); ContRuntime rt = ContRuntime.start(1, 4)) {
            for (int i = 0; i < 6; i++) {
                rt.go(() -> {
                    try {
                        release.await();                       // every G holds its M
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "blocker" + i);
            }
            Crash crash = crashes.next();
            assertThat(crash.headline()).isEqualTo("fatal error: thread exhaustion");
            assertThat(rt.stats().threads()).isLessThanOrEqualTo(4);
        } finally {
            release.countDown();
        }
    }
}
