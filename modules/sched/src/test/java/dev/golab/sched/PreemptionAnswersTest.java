package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RT-03.07 on the real scheduler — the difference from Go, named: a virtual thread is never preempted.
 * The simulator's half of the answer (Go 1.14 async preemption fixes the same program) is in
 * sim.PreemptionSimAnswersTest.
 */
class PreemptionAnswersTest {

    @Test
    @DisplayName("RT-03.07 Q: can a tight loop starve other goroutines with GOMAXPROCS=1? DIFFERS FROM GO: on virtual threads yes (no preemption); Go 1.14+ preempts it after ~10 ms")
    void differsFromGo_aTightLoopOnAVirtualThreadStarvesTheOtherGoroutinesOfItsP() {
        try (GoScheduler s = GoScheduler.create(1)) {
            AtomicBoolean otherRan = new AtomicBoolean(), looping = new AtomicBoolean();
            AtomicBoolean otherRanDuringLoop = new AtomicBoolean(true);
            s.go(() -> {
                looping.set(true);
                // spin until sysmon reports that Go would have preempted us (a 10 ms run), then a bit more
                while (s.stats().preemptRequests() == 0) Thread.onSpinWait();
                for (int i = 0; i < 1_000_000; i++) Thread.onSpinWait();
                otherRanDuringLoop.set(otherRan.get());
            });
            await().atMost(Duration.ofSeconds(30)).untilTrue(looping);
            s.go(() -> otherRan.set(true));                 // runnable the whole time the loop spins
            await().atMost(Duration.ofSeconds(30)).untilTrue(otherRan);
            assertThat(otherRanDuringLoop.get()).as("the other goroutine ran before the loop gave up its carrier").isFalse();
            assertThat(s.stats().preemptRequests()).as("sysmon saw a >10 ms run it could not preempt").isGreaterThanOrEqualTo(1);
            assertThat(s.stats().handoffs()).as("a RUNNABLE carrier is running code, not blocked: no handoff").isZero();
        }
    }

    @Test
    @DisplayName("RT-03.07 Q: what is the Java workaround? (cooperative yield points: Gosched in the loop lets the others run)")
    void aLoopThatCallsGoschedLetsTheOtherGoroutineRun() {
        try (GoScheduler s = GoScheduler.create(1)) {
            AtomicBoolean otherRan = new AtomicBoolean();
            AtomicInteger yieldsBeforeOtherRan = new AtomicInteger();
            AtomicBoolean started = new AtomicBoolean();
            s.go(() -> {
                started.set(true);
                while (!otherRan.get()) {
                    yieldsBeforeOtherRan.incrementAndGet();
                    Go.gosched();                           // Thread.yield → the global queue tail, as in Go
                }
            });
            await().atMost(Duration.ofSeconds(30)).untilTrue(started);
            s.go(() -> otherRan.set(true));
            await().atMost(Duration.ofSeconds(30)).untilTrue(otherRan);
            await().atMost(Duration.ofSeconds(30)).until(() -> s.live() == 0);
            assertThat(s.stats().yields()).isGreaterThanOrEqualTo(1);
        }
    }
}
