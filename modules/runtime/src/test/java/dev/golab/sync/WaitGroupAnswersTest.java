package dev.golab.sync;

import dev.golab.runtime.CrashRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CONC-06 sync.WaitGroup")
class WaitGroupAnswersTest {

    @Test
    @DisplayName("CONC-06.01 Q: when does Wait return, and does a deferred Done run when the task panics?")
    void waitReturnsAfterEveryDoneAndADeferredDoneRunsEvenWhenTheTaskPanics() {
        try (CrashRecorder crashes = new CrashRecorder()) {
            WaitGroup wg = new WaitGroup();
            AtomicInteger finished = new AtomicInteger();
            for (int i = 0; i < 10; i++) {
                int n = i;
                wg.add(1);                                      // Add before go
                Go.go(() -> Func.run(f -> {
                    f.defer(wg::done);                          // defer wg.Done()
                    if (n == 3) throw new GoPanic("task 3 failed");
                    finished.incrementAndGet();
                }));
            }
            wg.await();
            assertThat(finished).hasValue(9);
            assertThat(wg.counter()).isZero();
            await().until(() -> !crashes.isEmpty());   // the panic still kills the program in Go
            assertThat(crashes.headlines()).containsExactly("panic: task 3 failed");
        }
    }

    @Test
    @DisplayName("CONC-06.01 Q: what is a goroutine blocked in Wait doing, as a goroutine dump shows it?")
    void aGoroutineInWaitIsParkedWithReasonSyncWaitGroupWait() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        AtomicBoolean returned = new AtomicBoolean();
        Goroutine g = Go.go(() -> {
            wg.await();
            returned.set(true);
        });
        await().until(() -> g.waitReason() == WaitReason.SYNC_WAITGROUP_WAIT);
        assertThat(g.waitingOn()).isSameAs(wg);
        assertThat(wg.waiters()).isEqualTo(1);
        assertThat(returned).isFalse();
        wg.done();
        await().untilTrue(returned);
        assertThat(wg.waiters()).isZero();
    }

    @Test
    @DisplayName("CONC-06.A5 Q: what happens when the WaitGroup counter goes negative?")
    void aNegativeCounterPanicsWithGosText() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        wg.done();
        assertThatThrownBy(wg::done).isInstanceOf(GoPanic.class).hasMessage("sync: negative WaitGroup counter");
        assertThatThrownBy(() -> new WaitGroup().add(-2)).hasMessage("sync: negative WaitGroup counter");
        // a panic (recoverable), not a fatal error like the Mutex misuse
        assertThatThrownBy(() -> new WaitGroup().done()).isNotInstanceOf(Error.class);
    }

    @Test
    @DisplayName("CONC-06.A7 Q: what does Go 1.25's wg.Go(f) do?")
    void wgGoDoesTheAddAndTheDoneForYou() {
        WaitGroup wg = new WaitGroup();
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 5; i++) wg.go(ran::incrementAndGet);
        wg.await();
        assertThat(ran).hasValue(5);
        assertThat(wg.counter()).isZero();
    }

    @Test
    @DisplayName("CONC-06 Q: does Wait on a zero WaitGroup block?")
    void waitOnAZeroCounterReturnsImmediately() {
        WaitGroup wg = new WaitGroup();
        wg.await();
        wg.add(2);
        wg.add(-2);
        wg.await();
        assertThat(wg.waiters()).isZero();
    }

    @Test
    @DisplayName("CONC-06 Q: can a WaitGroup be reused (Add) before the previous Wait has returned?")
    void reusingTheGroupBeforeTheWaiterWokeIsDetectedByTheWaiter() {
        // Stat: the waiter must not have run between Done (which readies it) and the next Add. The
        // releasing goroutine does Done; Add(1) back to back, so the waiter nearly always wakes late.
        int attempts = 0, detected = 0;
        while (detected == 0 && attempts < 50) {
            attempts++;
            WaitGroup wg = new WaitGroup();
            wg.add(1);
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Goroutine waiter = Go.go(() -> {
                try {
                    wg.await();
                    outcome.set(new Throwable("returned"));
                } catch (GoPanic p) {
                    outcome.set(p);
                }
            });
            await().until(() -> waiter.waitReason() == WaitReason.SYNC_WAITGROUP_WAIT);
            wg.done();
            wg.add(1);                                          // reuse, too early
            await().until(() -> outcome.get() != null);
            if (outcome.get() instanceof GoPanic p) {
                assertThat(p).hasMessage("sync: WaitGroup is reused before previous Wait has returned");
                detected++;
            }
        }
        assertThat(detected).as("misuse detected within %d attempts", attempts).isPositive();
    }
}
