package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Lock2;
import dev.golab.runtime.Park;
import dev.golab.testkit.GoAwait;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The channel lock runs Go's lock2 loop (4 tries 30 pauses apart), with one Java difference (RL-I3):
 * the waiter on an unbuffered channel's lock, on a virtual thread, waits only Lock2.HANDOFF_SPIN_CNT
 * pauses before its second try. What a test can show is the rule (exclusion with both gaps on one lock
 * is Lock2Test's); what the gap buys is ChanSyncBenchmark's (docs/handoff-log.md).
 */
@DisplayName("CONC-02 Java difference: the channel lock's first gap (RL-I3)")
class RuntimeLockAnswersTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-02.01 Java difference: how long does a goroutine wait on a taken channel lock before it tries again? (Go's 30 pauses; on a virtual thread, an unbuffered channel's waiter only a few)")
    void theFirstGap_isShortOnlyForARendezvousOnAVirtualThread() {
        HchanChannel<Integer> unbuffered = new HchanChannel<>(0);
        HchanChannel<Integer> buffered = new HchanChannel<>(1);
        assertThat(Lock2.HANDOFF_SPIN_CNT).isBetween(1, Lock2.ACTIVE_SPIN_CNT - 1);
        // a platform thread (and so a continuation G, whose M is one) keeps Go's gap on every channel
        assertThat(unbuffered.firstPauses()).isEqualTo(Lock2.ACTIVE_SPIN_CNT);
        assertThat(buffered.firstPauses()).isEqualTo(Lock2.ACTIVE_SPIN_CNT);

        AtomicInteger onUnbuffered = new AtomicInteger(), onBuffered = new AtomicInteger();
        AtomicBoolean virtual = new AtomicBoolean();
        Goroutine g = Go.go(() -> {
            virtual.set(Park.onVirtualThread(Park.self()));
            onUnbuffered.set(unbuffered.firstPauses());
            onBuffered.set(buffered.firstPauses());
        });
        GoAwait.done(g);
        // buffered: a holder may send or receive several times in a row, which Go's long gap lets it do
        assertThat(onBuffered.get()).isEqualTo(Lock2.ACTIVE_SPIN_CNT);
        assertThat(onUnbuffered.get())
                .as("VT backend: the partner's short critical section, never a batch")
                .isEqualTo(virtual.get() ? Lock2.HANDOFF_SPIN_CNT : Lock2.ACTIVE_SPIN_CNT);
    }
}
