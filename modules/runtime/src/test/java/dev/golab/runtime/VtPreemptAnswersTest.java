package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * RT-03.A2 on the VT backend: nothing preempts a virtual thread, so golab's `go` statement is the
 * preemption point (VtPreempt). Every carrier is first taken by a goroutine that spins until all of
 * them hold one; then each keeps starting children until one has run. A child can only run once a
 * spawner gives its carrier up.
 */
@DisplayName("RT-03.A2 preemption of a spawning goroutine on the VT backend")
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
        int carriers = Runtime.getRuntime().availableProcessors();
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger childrenRan = new AtomicInteger();
        AtomicLong spawnedBeforeAChildRan = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        CountDownLatch finished = new CountDownLatch(carriers);
        for (int i = 0; i < carriers; i++) {
            Go.go(() -> {
                holding.incrementAndGet();
                while (holding.get() < carriers && System.nanoTime() - deadline < 0) Thread.onSpinWait();
                long spawned = 0;
                // no child can run while every carrier loops here, unless a spawner yields
                while (childrenRan.get() == 0 && System.nanoTime() - deadline < 0) {
                    Go.go(childrenRan::incrementAndGet);
                    spawned++;
                }
                spawnedBeforeAChildRan.accumulateAndGet(spawned, Math::max);
                finished.countDown();
            });
        }
        assertThat(finished.await(30, TimeUnit.SECONDS)).as("every spawner finished").isTrue();
        assertThat(holding.get()).as("every carrier held a spawner").isEqualTo(carriers);
        assertThat(System.nanoTime() - deadline).as("a child ran before the 20 s deadline").isNegative();
        assertThat(childrenRan.get()).isPositive();
        assertThat(spawnedBeforeAChildRan.get()).isGreaterThanOrEqualTo(VtPreempt.EVERY);
    }
}
