package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The park/ready seam (Go's gopark/goready) every blocking primitive of the lab goes through. */
@DisplayName("RT-PARK: gopark and goready, the one seam under channels, sync and timers")
class ParkAnswersTest {

    @Test
    @DisplayName("RT-I2 Q: can a goready that arrives before its gopark be lost? (no: the park returns at once)")
    void aReadyThatComesBeforeThePark_isKeptAndConsumedByIt() {
        Goroutine me = Park.self();
        Park.ready(me);                                        // early: published lock-free, readied first
        assertThat(Park.park(me, WaitReason.CHAN_RECEIVE, this, Unlocker.NONE)).isTrue();
        assertThat(me.waitReason()).isNull();
    }

    @Test
    @DisplayName("RT-I1 Q: what happens when a goroutine is readied twice? (fatal error: bad g->status in ready)")
    void readyingTwice_isGosFatalBadGStatus() {
        Goroutine me = Park.self();
        Park.ready(me);
        assertThatThrownBy(() -> Park.ready(me)).isInstanceOf(GoFatal.class).hasMessage("bad g->status in ready");
        assertThat(Park.park(me, WaitReason.CHAN_RECEIVE, this, Unlocker.NONE)).isTrue();   // consume the first
    }

    @Test
    @DisplayName("RT-I2 Q: inside a goroutine (VT or CONT), is a goready that comes before its gopark kept? (yes; a second one is fatal)")
    void insideAGoroutine_anEarlyReadyIsKeptForTheNextPark_andASecondIsFatal() {
        AtomicReference<String> seen = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            Goroutine me = Park.self();
            Park.ready(me);                                    // CONT: RUNNING → READIED in the G's own word
            String second;
            try {
                Park.ready(me);
                second = "no fatal";
            } catch (GoFatal e) {
                second = e.getMessage();
            }
            Go.gosched();                                      // a pending ready survives a Gosched
            boolean readied = Park.park(me, WaitReason.CHAN_RECEIVE, this, Unlocker.NONE);
            seen.set(second + " / " + readied + " / " + me.waitReason());
        });
        await().atMost(Duration.ofSeconds(10)).until(g::isDone);
        assertThat(seen.get()).isEqualTo("bad g->status in ready / true / null");
    }

    @Test
    @DisplayName("RT-I14 Q: is an interrupt that comes before a goroutine's park lost? (no: the park ends with false at once)")
    void anInterruptBeforeThePark_endsItWithFalse() {
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            try {
                interrupted.await();                           // the interrupt lands while it runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();            // VT: the thread's flag is the interrupt
            }
            Goroutine me = Park.self();
            boolean first = Park.park(me, WaitReason.SELECT, this, Unlocker.NONE);
            Park.abandon(me);
            boolean cleared = Go.interrupted();
            seen.set(first + " / " + cleared);
        });
        g.interrupt();
        interrupted.countDown();
        await().atMost(Duration.ofSeconds(10)).until(g::isDone);
        assertThat(seen.get()).isEqualTo("false / true");
    }

    @Test
    @DisplayName("RT-I3 Q: what does a dump show while a goroutine waits in gopark? (its wait reason, then running again)")
    void parkRecordsTheWaitReasonWhileWaitingAndClearsItAfter() {
        AtomicReference<Goroutine> self = new AtomicReference<>();
        CountDownLatch published = new CountDownLatch(1);
        Goroutine g = Go.go(() -> {
            Goroutine me = Park.self();
            self.set(me);
            Park.park(me, WaitReason.CHAN_SEND, this, published::countDown);   // unlockf runs once WAITING
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> published.getCount() == 0 && g.durablyBlocked());
        assertThat(g).hasToString("goroutine " + g.id() + " [chan send]:");
        assertThat(self.get()).isSameAs(g);
        Park.ready(g);
        await().atMost(Duration.ofSeconds(10)).until(() -> g.isDone());
        assertThat(g.waitReason()).isNull();
    }

    @Test
    @DisplayName("Java difference (Go has no interruption): an interrupt ends a park with false, so the waiter can withdraw")
    void anInterruptEndsTheParkWithFalse_goCannotInterruptAGoroutine() {
        AtomicBoolean result = new AtomicBoolean(true);
        Goroutine g = Go.go(() -> {
            Goroutine me = Park.self();
            result.set(Park.park(me, WaitReason.SELECT, this, Unlocker.NONE));
            Park.abandon(me);
        });
        await().atMost(Duration.ofSeconds(10)).until(g::durablyBlocked);
        g.interrupt();
        await().atMost(Duration.ofSeconds(10)).until(() -> g.isDone());
        assertThat(result).isFalse();
    }

    @Test
    @DisplayName("RT-I4 Java difference: a waiter spins a bounded time before parking its thread (Go: idle Ms spin, not the waiter)")
    void theWaiterSpinsOnlyWithinItsBudget_thenItsThreadReallyParks() {
        long budget = Spin.BUDGET_NANOS;
        assertThat(budget).isEqualTo(Runtime.getRuntime().availableProcessors() < 2 ? 0
                : Long.getLong("golab.park.spinNanos", 2000));                              // RT-I5: none on one carrier
        Goroutine g = Go.go(() -> Park.park(Park.self(), WaitReason.SLEEP, this, Unlocker.NONE));
        // durablyBlocked requires the thread itself to be parked: the spin has ended
        await().atMost(Duration.ofSeconds(10)).until(g::durablyBlocked);
        Park.ready(g);
        await().atMost(Duration.ofSeconds(10)).until(() -> g.isDone());
    }

    @Test
    @DisplayName("RT-07 Q: how does a goroutine blocked in a JDK call show in a leak dump? ([syscall]: Go's closest state)")
    void aGoroutineBlockedOutsideTheLabShowsAsSyscall() {
        CountDownLatch never = new CountDownLatch(1);
        Goroutine g = Go.go(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> g.waitReason() == WaitReason.SYSCALL);
        assertThat(g).hasToString("goroutine " + g.id() + " [syscall]:");
        assertThat(g.durablyBlocked()).as("nothing in a bubble can wake it").isFalse();
        never.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> g.isDone());
    }
}
