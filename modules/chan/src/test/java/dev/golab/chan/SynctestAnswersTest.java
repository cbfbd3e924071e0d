package dev.golab.chan;

import dev.golab.testkit.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Clock;
import dev.golab.time.Time;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** testing/synctest's bubble: fake time that moves only when every goroutine is durably blocked. */
@DisplayName("synctest: a bubble with virtual time and deadlock detection")
class SynctestAnswersTest {

    @Test
    @DisplayName("Q: where does time start in a bubble, and does Sleep(1h) take an hour? (2000-01-01 UTC; no, it jumps)")
    void sleepJumpsTheFakeClockInstantly() {
        List<Instant> seen = new ArrayList<>();
        long realStart = System.nanoTime();
        Synctest.run(() -> {
            seen.add(Clock.current().now());
            Clock.current().sleep(Duration.ofHours(1));
            seen.add(Clock.current().now());
        });
        assertThat(seen).containsExactly(VirtualClock.EPOCH, VirtualClock.EPOCH.plus(Duration.ofHours(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    @DisplayName("Q: does the clock move while some bubble goroutine can still run? (no: only when all are durably blocked)")
    void timeDoesNotMoveWhileAGoroutineCanRun() {
        List<String> log = new ArrayList<>();
        Synctest.run(() -> {
            Chan<Integer> results = Chan.make();
            Go.go(() -> {
                long spin = 0;
                for (int i = 0; i < 2_000_000; i++) spin += i;                // busy: never blocked
                results.send((int) (spin & 1));
            });
            Chan<Instant> timeout = Time.after(Duration.ofMillis(1));
            int chosen = Select.select(Select.recv(results), Select.recv(timeout));
            log.add(chosen == 0 ? "result first" : "timeout first");
        });
        assertThat(log).containsExactly("result first");
    }

    @Test
    @DisplayName("CONC-02.A1 Q: what if every goroutine is blocked and nothing can wake them? (fatal: all goroutines are asleep - deadlock!)")
    void allBlockedWithoutTimersIsADeadlock() {
        assertThatThrownBy(() -> Synctest.run(() -> {
            Chan<Integer> never = Chan.make();
            Go.go(() -> never.send(1));                                       // waits for a receiver
            Chan.<Integer>make().recv();                                       // waits for a sender
        })).isInstanceOf(GoFatal.class)
                .hasMessageStartingWith("all goroutines are asleep - deadlock!")
                .hasMessageContaining("[chan send]")
                .hasMessageContaining("[chan receive]");
    }

    @Test
    @DisplayName("CONC-02.A1 Q: the seed's `ch <- 4` on a full buffer with no receiver? (the runtime reports the deadlock)")
    void sendOnFullBufferWithNoReceiverIsADeadlock() {
        assertThatThrownBy(() -> Synctest.run(() -> {
            Chan<Integer> ch = Chan.make(3);
            ch.send(1);
            ch.send(2);
            ch.send(3);
            ch.send(4);                                                       // blocks forever
        })).isInstanceOf(GoFatal.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .matches("all goroutines are asleep - deadlock!\ngoroutine \\d+ \\[chan send\\]:"));
    }

    @Test
    @DisplayName("Q: how does synctest.Wait help a test? (returns once every other goroutine is durably blocked)")
    void waitReturnsWhenOthersAreBlocked() {
        List<String> log = new ArrayList<>();
        Synctest.run(() -> {
            Chan<String> c = Chan.make(1);
            Go.go(() -> {
                c.send("sent");
                c.send("blocks: buffer full");
            });
            Synctest.await();                                                 // the goroutine is now stuck on its 2nd send
            log.add(c.recv());
            log.add(c.recv());
        });
        assertThat(log).containsExactly("sent", "blocks: buffer full");
    }

    @Test
    @DisplayName("Q: does a panic in the bubble's root goroutine reach the test? (yes: rethrown by run)")
    void rootPanicIsRethrown() {
        assertThatThrownBy(() -> Synctest.run(() -> {
            throw new GoPanic("in bubble");
        })).isInstanceOf(GoPanic.class).hasMessage("in bubble");
    }

    @Test
    @DisplayName("Q: does a ticker in a bubble tick on fake time? (yes: 5 ticks of 1s take 5 fake seconds)")
    void tickerTicksOnFakeTime() {
        List<Duration> ticks = new ArrayList<>();
        Synctest.run(() -> {
            var ticker = Time.newTicker(Duration.ofSeconds(1));
            for (int i = 0; i < 5; i++) {
                ticker.c().recv();
                ticks.add(Synctest.elapsed());
            }
            ticker.stop();
        });
        assertThat(ticks).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(4), Duration.ofSeconds(5));
    }
}
