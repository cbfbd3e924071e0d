package dev.golab.time;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.chan.Chan;
import dev.golab.chan.Recv;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Executable answers about timers and tickers (STD-04, CONC-03.03), on a VirtualClock: no real waiting. */
@ExtendWith(RecordCrashes.class)
class TimerAnswersTest {
    final VirtualClock clock = new VirtualClock();
    static final Duration S = Duration.ofSeconds(1);

    /** A receive that does not block: the value, or null when nothing is pending (select + default). */
    static Instant poll(Chan<Instant> c) {
        AtomicReference<Instant> got = new AtomicReference<>();
        Select.select(Select.recv(c, got::set), Select.otherwise(() -> {}));
        return got.get();
    }

    @Test
    @DisplayName("STD-04.01 Q: NewTicker(d)? a tick every d on C; Stop ends ticks and does not close C")
    void tickerTicksEveryPeriodUntilStopped() {
        Clock.runWith(clock, () -> {
            Ticker t = Time.newTicker(S);
            for (int i = 1; i <= 3; i++) {
                clock.advance(S);
                assertThat(poll(t.c())).isEqualTo(VirtualClock.EPOCH.plusSeconds(i));
            }
            t.stop();
            clock.advance(S.multipliedBy(5));
            assertThat(poll(t.c())).isNull();
            assertThat(clock.pendingTimers()).isZero();
            Goroutine g = Go.go(() -> t.c().recv());           // C is not closed: a receive blocks
            GoAwait.blocked(g, WaitReason.CHAN_RECEIVE);
            g.interrupt();
            GoAwait.done(g);
        });
    }

    @Test
    @DisplayName("STD-04.02 Q: NewTimer(d)? fires once after d; Stop before → true and nothing is ever delivered; Stop after → false")
    void timerFiresOnceAndStopReportsWhetherItStoppedIt() {
        Clock.runWith(clock, () -> {
            Timer t = Time.newTimer(S);
            clock.advance(Duration.ofMillis(999));
            assertThat(poll(t.c())).isNull();
            clock.advance(Duration.ofMillis(1));
            assertThat(poll(t.c())).isEqualTo(VirtualClock.EPOCH.plusSeconds(1));
            clock.advance(S.multipliedBy(10));
            assertThat(poll(t.c())).isNull();                 // once only
            assertThat(t.stop()).isFalse();                   // already fired and received

            Timer u = Time.newTimer(S);
            assertThat(u.stop()).isTrue();
            clock.advance(S.multipliedBy(10));
            assertThat(poll(u.c())).isNull();
        });
    }

    @Test
    @DisplayName("STD-04.03 / CONC-03.03 Q: select on a result vs time.After(5s)? timeout branch if no result within 5 s, result branch otherwise")
    void selectWithTimeAfterTimesOut() {
        Clock.runWith(clock, () -> {
            Chan<String> result = Chan.make();
            AtomicReference<String> branch = new AtomicReference<>();
            Goroutine g = Go.go(() -> Select.select(
                    Select.recv(result, v -> branch.set("result " + v)),
                    Select.recv(Time.after(Duration.ofSeconds(5)), v -> branch.set("timeout"))));
            GoAwait.blocked(g, WaitReason.SELECT);
            clock.advance(Duration.ofMillis(4999));
            assertThat(branch.get()).isNull();
            clock.advance(Duration.ofMillis(1));
            GoAwait.done(g);
            assertThat(branch.get()).isEqualTo("timeout");

            branch.set(null);
            Goroutine h = Go.go(() -> Select.select(
                    Select.recv(result, v -> branch.set("result " + v)),
                    Select.recv(Time.after(Duration.ofSeconds(5)), v -> branch.set("timeout"))));
            GoAwait.blocked(h, WaitReason.SELECT);
            clock.advance(Duration.ofSeconds(4));
            result.send("42");
            GoAwait.done(h);
            assertThat(branch.get()).isEqualTo("result 42");
        });
    }

    @Test
    @DisplayName("Q: select over a nil channel and a 20ms timer? the timer, not before 20 ms (oracle select_only_nil_and_timer)")
    void nilAndTimerSelectPicksTheTimer() {
        Clock.runWith(clock, () -> {
            AtomicInteger chosen = new AtomicInteger(-1);
            Goroutine g = Go.go(() -> chosen.set(Select.select(
                    Select.recv(Chan.nil()), Select.recv(Time.after(Duration.ofMillis(20))))));
            GoAwait.blocked(g, WaitReason.CHAN_RECEIVE);     // one live case: compiled to a plain receive
            clock.advance(Duration.ofMillis(19));
            assertThat(chosen.get()).isEqualTo(-1);
            clock.advance(Duration.ofMillis(1));
            GoAwait.done(g);
            assertThat(chosen.get()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("STD-04.04 Q: Since/Until/Add? Since(t) == Now().Sub(t), Until(d) == d.Sub(Now()), t.Add(24h).Sub(t) == 24h (fake clock)")
    void sinceUntilAndAddAgree() {
        Clock.runWith(clock, () -> {
            Instant t = Time.now();
            clock.advance(Duration.ofMinutes(90));
            assertThat(Time.since(t)).isEqualTo(Duration.between(t, Time.now())).isEqualTo(Duration.ofMinutes(90));
            Instant deadline = t.plus(Duration.ofHours(3));
            assertThat(Time.until(deadline)).isEqualTo(Duration.ofMinutes(90));
            assertThat(Duration.between(t, t.plus(Duration.ofHours(24)))).isEqualTo(Duration.ofHours(24));
        });
    }

    @Test
    @DisplayName("STD-04.06 Q: Duration range? int64 nanoseconds: max ≈ 292 years; beyond overflows (Java's Duration does not: a difference)")
    void goDurationIsInt64Nanoseconds() {
        Duration max = Duration.ofNanos(Long.MAX_VALUE);
        assertThat(max.toDays() / 365).isEqualTo(292);
        assertThatThrownBy(() -> max.plusNanos(1).toNanos()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    @DisplayName("STD-04.07 Q: time.After in a loop? a new timer per iteration (counted); since 1.23 unreferenced ones are collected")
    void timeAfterInALoopCreatesTimersThatAreCollected() {
        Clock.runWith(clock, () -> {
            Chan<Integer> work = Chan.make(1);
            for (int i = 0; i < 1000; i++) {
                work.send(i);
                Select.select(Select.recv(work), Select.recv(Time.after(Duration.ofHours(1))));
            }
            assertThat(clock.pendingTimers()).isEqualTo(1000);   // each iteration armed one
        });
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            System.gc();
            return clock.pendingTimers() == 0;                    // Cleaner stopped every unreachable one
        });
    }

    @Test
    @DisplayName("STD-04.A1 Q: Go 1.23 timer channels? cap(C) == 0 and no stale value after Stop or Reset")
    void timerChannelsAreSynchronousAndNeverStale() {
        Clock.runWith(clock, () -> {
            Timer t = Time.newTimer(S);
            assertThat(List.of(t.c().len(), t.c().cap())).containsExactly(0, 0);
            clock.advance(S);                                     // fired, nobody received yet
            assertThat(t.c().len()).isZero();
            assertThat(t.reset(S)).isTrue();                      // the undelivered value counts as active
            assertThat(poll(t.c())).isNull();                     // the old value is gone
            clock.advance(S);
            assertThat(poll(t.c())).isEqualTo(VirtualClock.EPOCH.plusSeconds(2));
            clock.advance(S);
            Timer u = Time.newTimer(S);
            clock.advance(S);
            assertThat(u.stop()).isTrue();
            assertThat(poll(u.c())).isNull();
        });
    }

    @Test
    @DisplayName("STD-04.A2 Q: a slow ticker receiver? ticks are dropped, not queued: one pending tick, the first")
    void tickerDropsTicksForSlowReceiver() {
        Clock.runWith(clock, () -> {
            Ticker t = Time.newTicker(S);
            clock.advance(S.multipliedBy(5));
            assertThat(poll(t.c())).isEqualTo(VirtualClock.EPOCH.plusSeconds(1));
            assertThat(poll(t.c())).isNull();
            t.reset(Duration.ofSeconds(2));
            clock.advance(S);
            assertThat(poll(t.c())).isNull();
            clock.advance(S);
            assertThat(poll(t.c())).isEqualTo(VirtualClock.EPOCH.plusSeconds(7));
            assertThatThrownBy(() -> t.reset(Duration.ZERO)).isInstanceOf(GoPanic.class)
                    .hasMessage("non-positive interval for Ticker.Reset");
            assertThatThrownBy(() -> Time.newTicker(Duration.ZERO)).isInstanceOf(GoPanic.class)
                    .hasMessage("non-positive interval for NewTicker");
            t.stop();
        });
    }

    @Test
    @DisplayName("Q: does the system clock drive the same API? yes: time.After(5ms) delivers on the real clock (one heap, one thread)")
    void systemClockDeliversAfter() {
        Chan<Instant> c = Time.after(Duration.ofMillis(5));
        Recv<Instant> r = c.recvOk();
        assertThat(r.ok()).isTrue();
        List<Thread> timerThreads = new ArrayList<>();
        Thread.getAllStackTraces().keySet().forEach(t -> {
            if (t.getName().equals("golab-timers")) timerThreads.add(t);
        });
        assertThat(timerThreads).hasSize(1);
    }
}
