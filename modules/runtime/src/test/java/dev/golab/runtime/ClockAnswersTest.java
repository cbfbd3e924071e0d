package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Clock seam: one timer facility (system clock) and a virtual clock for tests and bubbles. */
@DisplayName("Clock: timers, Stop/Reset results, virtual time")
class ClockAnswersTest {

    @Test
    @DisplayName("Q: in what order do timers fire on a virtual clock? (by deadline, ties in scheduling order, never early)")
    void virtualTimersFireInDeadlineOrderNeverEarly() {
        VirtualClock clock = new VirtualClock();
        List<String> fired = new ArrayList<>();
        clock.schedule(Duration.ofSeconds(3), () -> fired.add("3s@" + clock.nanoTime()));
        clock.schedule(Duration.ofSeconds(1), () -> fired.add("1s-a@" + clock.nanoTime()));
        clock.schedule(Duration.ofSeconds(1), () -> fired.add("1s-b@" + clock.nanoTime()));
        clock.advance(Duration.ofMillis(999));
        assertThat(fired).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(fired).containsExactly("1s-a@1000000000", "1s-b@1000000000", "3s@3000000000");
        assertThat(clock.now()).isEqualTo(VirtualClock.EPOCH.plusMillis(5999));
    }

    @Test
    @DisplayName("Q: what do Timer.Stop and Reset return? (true while pending, false once fired or stopped)")
    void stopAndResetReportWhetherPending() {
        VirtualClock clock = new VirtualClock();
        List<Long> fired = new ArrayList<>();
        ClockTimer t = clock.schedule(Duration.ofSeconds(1), () -> fired.add(clock.nanoTime()));
        assertThat(t.reset(Duration.ofSeconds(2))).isTrue();
        clock.advance(Duration.ofMillis(1500));
        assertThat(fired).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(fired).containsExactly(2_000_000_000L);
        assertThat(t.stop()).isFalse();
        assertThat(t.reset(Duration.ofSeconds(1))).isFalse();
        assertThat(t.stop()).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertThat(fired).hasSize(1);
    }

    @Test
    @DisplayName("Q: does time.Sleep on a fake clock wait for real time? (no: it waits until the clock is advanced)")
    void sleepOnVirtualClockWaitsForAdvanceNotRealTime() throws Exception {
        VirtualClock clock = new VirtualClock();
        AtomicBoolean woke = new AtomicBoolean();
        CountDownLatch asleep = new CountDownLatch(1);
        Clock.runWith(clock, () -> Go.go(() -> {
            asleep.countDown();
            Clock.current().sleep(Duration.ofDays(365));
            woke.set(true);
        }));
        asleep.await();
        await().until(() -> clock.pendingTimers() == 1);
        assertThat(woke).isFalse();
        assertThat(clock.advanceToNext()).isTrue();
        await().untilTrue(woke);
        assertThat(clock.now()).isEqualTo(VirtualClock.EPOCH.plus(Duration.ofDays(365)));
    }

    @Test
    @DisplayName("Q: does the system clock need a thread per timer? (no: one heap, one timer thread, many timers)")
    void systemClockServesManyTimersFromOneThread() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        int n = 1000;
        for (int i = 0; i < n; i++) {
            Clock.system().schedule(Duration.ofMillis(i % 20), () -> threads.add(Thread.currentThread().getName()));
        }
        await().until(() -> threads.size() == n);
        assertThat(threads).containsOnly("golab-timers");
    }

    @Test
    @DisplayName("Q: does time.AfterFunc run f in its own goroutine? (yes)")
    void afterFuncRunsInItsOwnGoroutine() {
        VirtualClock clock = new VirtualClock();
        AtomicBoolean inGoroutine = new AtomicBoolean();
        clock.afterFunc(Duration.ofSeconds(1), () -> inGoroutine.set(dev.golab.runtime.Goroutine.current() != null));
        clock.advance(Duration.ofSeconds(1));
        await().untilTrue(inGoroutine);
    }
}
