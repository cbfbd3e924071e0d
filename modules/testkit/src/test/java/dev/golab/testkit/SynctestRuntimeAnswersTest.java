package dev.golab.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.Clock;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.VirtualClock;
import dev.golab.runtime.WaitReason;
import dev.golab.sync.WaitGroup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * testkit on the runtime alone (sleep, sync.WaitGroup, sync.Mutex): the bubble, its fake clock and its
 * deadlock report. The channel-based answers live with the channels (chan's SynctestAnswersTest).
 */
@DisplayName("TEST synctest on runtime primitives: fake time, durable blocking, deadlock")
class SynctestRuntimeAnswersTest {

    @Test
    @DisplayName("TK-I1 Q: in which order do sleepers wake in a bubble? (by deadline, each at its own fake instant)")
    void sleepersWakeInDeadlineOrderAtTheirOwnInstants() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Synctest.run(() -> {
            WaitGroup wg = new WaitGroup();
            for (int s : new int[] {3, 1, 2}) {
                wg.go(() -> {
                    Clock.current().sleep(Duration.ofSeconds(s));
                    log.add(s + "s@" + Duration.between(VirtualClock.EPOCH, Clock.current().now()).toSeconds());
                });
            }
            wg.await();
        });
        assertThat(log).containsExactly("1s@1", "2s@2", "3s@3");
    }

    @Test
    @DisplayName("CONC-02.A1 Q: a WaitGroup nobody will ever Done? (fatal: all goroutines are asleep - deadlock!)")
    void aWaitGroupNobodyDoneIsADeadlockWithItsWaitReason() {
        assertThatThrownBy(() -> Synctest.run(() -> {
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            wg.await();
        })).isInstanceOf(GoFatal.class)
                .hasMessageStartingWith("all goroutines are asleep - deadlock!")
                .hasMessageContaining("[sync.WaitGroup.Wait]");
    }

    @Test
    @DisplayName("TK-I2 Q: is a goroutine blocked in a JDK latch durably blocked? (no: [syscall], so time does not jump)")
    void aGoroutineInAJdkCallIsNotDurablyBlocked() {
        CountDownLatch release = new CountDownLatch(1);
        List<Instant> woke = new ArrayList<>();
        Synctest.run(() -> {
            Goroutine blocked = Go.go(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            GoAwait.until(() -> blocked.waitReason() != null);
            assertThat(blocked.durablyBlocked()).isFalse();
            Go.go(() -> {
                Clock.current().sleep(Duration.ofMinutes(1));
                woke.add(Clock.current().now());
            });
            release.countDown();                               // only now can every member block durably
        });
        assertThat(woke).containsExactly(VirtualClock.EPOCH.plus(Duration.ofMinutes(1)));
    }

    @Test
    @DisplayName("TK-I2 Q: is a goroutine waiting in sync.Mutex.Lock durably blocked? (no, as in Go 1.25's synctest: "
            + "a mutex is held only briefly, so time does not jump while one is contended)")
    void aGoroutineWaitingForAMutexIsNotDurablyBlocked() {
        dev.golab.sync.Mutex mu = new dev.golab.sync.Mutex();
        List<Instant> woke = new ArrayList<>();
        mu.lock();                                              // held from outside the bubble
        Synctest.run(() -> {
            Goroutine waiter = Go.go(() -> {
                mu.lock();
                mu.unlock();
            });
            GoAwait.blocked(waiter, WaitReason.SYNC_MUTEX_LOCK);
            assertThat(waiter.durablyBlocked()).isFalse();
            Go.go(() -> {
                Clock.current().sleep(Duration.ofMinutes(1));
                woke.add(Clock.current().now());
            });
            mu.unlock();                                        // only now can every member block durably
        });
        assertThat(woke).containsExactly(VirtualClock.EPOCH.plus(Duration.ofMinutes(1)));
    }

    @Test
    @DisplayName("TEST Q: synctest.Wait outside a bubble? (panics)")
    void waitOutsideABubblePanics() {
        assertThatThrownBy(Synctest::await).isInstanceOf(GoPanic.class).hasMessageContaining("synctest.Wait");
    }
}
