package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * RT-03.A2 on the VT backend: nothing preempts a virtual thread, so golab's `go` statement is the
 * preemption point (VtPreempt); and RT-03.A1's global queue, which Go's Gosched puts a G behind. Every carrier is first taken by a goroutine that spins until all of
 * them hold one; then each keeps starting children until one has run. A child can only run once a
 * spawner gives its carrier up.
 */
@DisplayName("RT-03.A1 / RT-03.A2 on the VT backend: preemption at `go`, and Gosched behind queued work")
class VtPreemptAnswersTest {
    private Backend.Kind previous;

    @AfterEach
    void restore() {
        if (previous != null) Go.runtime(previous);
    }

    @Test
    @DisplayName("RT-03.A2 Q: on VT, when every carrier runs a goroutine that keeps running `go f()`, do the children run? (yes: once 10 ms have passed a spawner yields its carrier at a `go`, as sysmon would preempt it; the JDK alone never would)")
    void spawnersOnEveryCarrierYieldAtAGoStatement() throws InterruptedException {
        previous = Go.runtime(Backend.Kind.VT);
        int carriers = Carriers.jdkParallelism();
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger childrenRan = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        CountDownLatch finished = onEveryCarrier(carriers, holding, () -> {
            while (holding.get() < carriers && System.nanoTime() - deadline < 0) Thread.onSpinWait();
            // no child can run while every carrier loops here, unless a spawner yields (or unmounts)
            while (childrenRan.get() == 0 && System.nanoTime() - deadline < 0) {
                Go.go(childrenRan::incrementAndGet);
            }
        });
        assertThat(finished.await(30, TimeUnit.SECONDS)).as("every spawner finished").isTrue();
        assertThat(holding.get()).as("every carrier held a spawner").isEqualTo(carriers);
        assertThat(System.nanoTime() - deadline).as("a child ran before the 20 s deadline").isNegative();
        assertThat(childrenRan.get()).isPositive();
        // No bound on how many `go`s came first: a spawner whose `go` meets a contended monitor in the
        // goroutine registry unmounts (JDK 25), and its carrier may run a child before any preemption.
        // Without VtPreempt the spawners hold every carrier until the deadline, and the test fails.
    }

    @Test
    @DisplayName("RT-03.A1 Q: on VT, when every carrier loops on runtime.Gosched(), does a goroutine started from a platform thread run? (yes: Go's Gosched queues the G behind the global queue; here a yield, and once per 10 ms a 1 ns park, since a yield alone starved it)")
    void goschedOnEveryCarrierLetsAGoroutineFromOutsideRun() throws InterruptedException {
        previous = Go.runtime(Backend.Kind.VT);
        int carriers = Carriers.jdkParallelism();
        AtomicInteger holding = new AtomicInteger();
        AtomicBoolean set = new AtomicBoolean();
        AtomicLong goscheds = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        CountDownLatch finished = onEveryCarrier(carriers, holding, () -> {
            long n = 0;
            while (!set.get() && System.nanoTime() - deadline < 0) {    // the deadline only ends a failed run
                Go.gosched();
                n++;
            }
            goscheds.addAndGet(n);
        });
        while (holding.get() < carriers && System.nanoTime() - deadline < 0) Thread.onSpinWait();
        Go.go(() -> set.set(true));                           // from this platform thread: outside the pool
        assertThat(finished.await(30, TimeUnit.SECONDS)).as("every looping goroutine finished").isTrue();
        assertThat(System.nanoTime() - deadline).as("the setter ran before the 20 s deadline").isNegative();
        assertThat(goscheds.get()).as("Gosched calls before the setter ran").isPositive();
    }

    /** One goroutine per carrier: each counts itself in {@code holding}, runs {@code body}, counts down. */
    private static CountDownLatch onEveryCarrier(int carriers, AtomicInteger holding, Runnable body) {
        CountDownLatch finished = new CountDownLatch(carriers);
        for (int i = 0; i < carriers; i++) {
            Go.go(() -> {
                holding.incrementAndGet();
                body.run();
                finished.countDown();
            });
        }
        return finished;
    }
}
