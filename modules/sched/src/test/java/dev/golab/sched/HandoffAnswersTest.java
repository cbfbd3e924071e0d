package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03.04 / RT-03.A2 on the real scheduler: a blocked carrier is Go's M stuck in a syscall. */
class HandoffAnswersTest {
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Blocking inside a static initialiser pins the virtual thread: its carrier blocks, like an M in a syscall. */
    static final class BlocksInClinit {
        static {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {}
    }

    @Test
    @DisplayName("RT-03.04 Q: when a goroutine blocks its thread (a syscall), do the other goroutines of its P still run? (sysmon hands the P to another M)")
    void aPWhoseCarrierIsBlockedIsHandedToAnotherM() throws Exception {
        try (GoScheduler s = GoScheduler.create(1)) {
            AtomicInteger unblockerP = new AtomicInteger(-2);
            CountDownLatch done = new CountDownLatch(1);
            s.go(() -> {
                s.go(() -> {                                // queued on this P's runnext, behind us
                    unblockerP.set(s.currentP());
                    RELEASE.countDown();
                });
                BlocksInClinit.touch();                     // pins and blocks the only carrier
                done.countDown();
            });
            // without the handoff this is a deadlock: the unblocker waits on the blocked P forever
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(s.stats().handoffs()).isGreaterThanOrEqualTo(1);
            assertThat(unblockerP.get()).as("it ran on the same P, now held by a new M").isEqualTo(0);
            assertThat(s.stats().threads()).as("GOMAXPROCS limits Ms running Go code, not Ms").isGreaterThanOrEqualTo(2);
        }
    }
}
