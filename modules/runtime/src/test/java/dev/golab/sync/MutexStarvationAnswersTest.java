package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Backend;
import dev.golab.runtime.Carriers;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.runtime.cont.ContRuntime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Go's Mutex fairness: normal mode (woken waiters compete with newcomers) and starvation mode. */
@DisplayName("CONC-06 sync.Mutex starvation mode")
class MutexStarvationAnswersTest {

    @Test
    @DisplayName("CONC-06 Q: what happens to a waiter that lost the race after waiting > 1 ms? (starvation mode)")
    void aWaiterThatWaitedOverOneMillisecondAndLostSwitchesTheMutexToStarvationModeAndIsHandedTheLock() {
        Mutex m = new Mutex();
        AtomicBoolean waiterGotIt = new AtomicBoolean();
        m.lock();
        Goroutine waiter = Go.go(() -> {
            m.lock();
            waiterGotIt.set(true);
            m.unlock();
        });
        await().until(() -> waiter.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        MutexAnswersTest.holdFor(1_500_000);                               // the waiter has now waited > 1 ms
        try (CarrierHog hog = new CarrierHog()) {         // readied goroutines cannot run until close()
            m.unlock();                                   // normal mode: wakes the waiter (woken bit)...
            m.lock();                                     // ...but this running goroutine barges in first
            assertThat(m.state()).isEqualTo(new Mutex.State(true, true, false, 0));
        }
        // The waiter runs, finds it locked after > 1 ms: sets starving and requeues at the head (LIFO).
        await().until(() -> m.state().starving() && waiter.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        assertThat(m.state()).isEqualTo(new Mutex.State(true, false, true, 1));
        assertThat(m.starvationEpisodes()).isEqualTo(1);
        m.unlock();                                       // starvation mode: direct handoff
        await().untilTrue(waiterGotIt);
        await().until(() -> m.state().equals(new Mutex.State(false, false, false, 0)));   // mode left
    }

    @Test
    @DisplayName("CONC-06 Q: can a goroutine that keeps re-locking starve another? (Go's TestMutexFairness)")
    void aWaiterAlwaysGetsTheMutexEventuallyEvenAgainstABarger() {
        Mutex m = new Mutex();
        AtomicBoolean stop = new AtomicBoolean();
        Go.go(() -> {
            while (!stop.get()) {
                m.lock();
                MutexAnswersTest.holdFor(100_000);                         // Go: time.Sleep(100 * time.Microsecond)
                m.unlock();
            }
        });
        AtomicBoolean done = new AtomicBoolean();
        Go.go(() -> {
            for (int i = 0; i < 10; i++) {
                MutexAnswersTest.holdFor(100_000);
                m.lock();
                m.unlock();
            }
            done.set(true);
        });
        try {
            await().atMost(Duration.ofSeconds(10)).untilTrue(done);   // Go: "can't acquire Mutex in 10 seconds"
        } finally {
            stop.set(true);
        }
    }

    /**
     * Occupies every carrier goroutines run on with a spinning goroutine: the JDK pool's carriers (VT
     * backend) or every P of the continuation runtime (CONT: a spinning G keeps its P, as nothing
     * preempts it), so a goroutine readied meanwhile waits in a run queue.
     */
    static final class CarrierHog implements AutoCloseable {
        private final AtomicBoolean release = new AtomicBoolean();
        private final AtomicInteger running = new AtomicInteger();
        private final int carriers = Go.runtime() == Backend.Kind.CONT
                ? ContRuntime.shared().gomaxprocs() : Carriers.jdkParallelism();

        CarrierHog() {
            for (int i = 0; i < carriers; i++) {
                Go.go(() -> {
                    running.incrementAndGet();
                    while (!release.get()) Thread.onSpinWait();      // never yields its carrier
                    running.decrementAndGet();
                });
            }
            await().until(() -> running.get() == carriers);
        }

        @Override
        public void close() {
            release.set(true);
            await().until(() -> running.get() == 0);
        }
    }
}
