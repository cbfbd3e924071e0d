package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The VT backend's spin before a park (Spin), and the state Park keeps for it: a waiter that spins is
 * WAITING and is readied without an unpark; one past its spin is PARKED and needs one. None of this
 * exists in Go, whose waiter never spins; the tests name it as the difference it is.
 */
@DisplayName("RT-PARK: the virtual-thread waiter's bounded spin (a Java difference)")
class SpinAnswersTest {
    private static final long AN_HOUR = TimeUnit.HOURS.toNanos(1);

    /** A handle of a thread of its own (never started): only its state word matters here. */
    private static Goroutine handle(int state) throws InterruptedException {
        AtomicReference<Goroutine> h = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> h.set(Goroutine.foreign()));
        t.join();
        Park.setStateForTest(h.get(), state);
        return h.get();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("RT-I15 Java difference: does a waiter spin while the goroutine it just woke waits for its carrier? (no: it parks after the grace)")
    void aWaiterWhoseWokenPeerIsStillQueued_stopsSpinningAfterTheGrace() throws InterruptedException {
        Goroutine waiter = handle(Park.WAITING), woken = handle(Park.READIED);   // woken: queued, not run yet
        // an hour's budget: only the grace rule can end this spin without a ready
        assertThat(Spin.spin(waiter, woken, AN_HOUR, 0)).as("readied?").isFalse();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("RT-I15 Java difference: does a waiter keep spinning once its woken peer runs elsewhere? (yes: it catches the ready)")
    void aWaiterWhoseWokenPeerRuns_spinsOnAndCatchesTheReady() throws Exception {
        Goroutine waiter = handle(Park.WAITING), woken = handle(Park.RUNNING);  // woken: already running
        Thread peer = Thread.ofPlatform().start(() -> Park.ready(waiter));    // a spinning waiter: no unpark
        assertThat(Spin.spin(waiter, woken, AN_HOUR, 0)).as("readied?").isTrue();
        peer.join();
        assertThat(Park.isReadied(waiter)).isTrue();
    }

    @Test
    @DisplayName("RT-I15 Java difference: which readies leave a mark for the waker's next spin? (only the unpark of a parked waiter, from a virtual thread)")
    void onlyAnUnparkFromAVirtualThread_isRememberedForItsNextSpin() throws Exception {
        Goroutine spinning = handle(Park.WAITING), parked = handle(Park.PARKED), fromPlatform = handle(Park.PARKED);
        AtomicReference<String> seen = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            Park.ready(spinning);                                 // still spinning: readied without an unpark
            Goroutine afterSpinning = Spin.takeWoken();
            Park.ready(parked);                                   // parked: unparked, queued on this carrier
            Goroutine afterParked = Spin.takeWoken();
            seen.set(afterSpinning + " / " + (afterParked == parked) + " / " + Spin.takeWoken());
        }).join();
        Park.ready(fromPlatform);                                 // a platform thread has no carrier queue
        assertThat(Spin.takeWoken()).isNull();
        assertThat(seen.get()).isEqualTo("null / true / null");
        assertThat(Park.isReadied(spinning) && Park.isReadied(parked) && Park.isReadied(fromPlatform)).isTrue();
    }

    @Test
    @DisplayName("RT-PARK Java difference: which waits spin before they park? (only hand-offs: channels, select, the sync locks; a WaitGroup, Cond, sleep or endless wait parks at once, as Go's gopark)")
    void onlyHandOffWaits_spin_andEveryOtherWaitParksAtOnce() {
        java.util.Set<WaitReason> spinning = java.util.EnumSet.noneOf(WaitReason.class);
        for (WaitReason r : WaitReason.values()) if (Spin.budgetFor(r) > 0) spinning.add(r);
        assertThat(spinning).containsExactlyInAnyOrder(WaitReason.CHAN_RECEIVE, WaitReason.CHAN_SEND,
                WaitReason.SELECT, WaitReason.SYNC_MUTEX_LOCK, WaitReason.SYNC_RWMUTEX_RLOCK,
                WaitReason.SYNC_RWMUTEX_LOCK, WaitReason.SEMACQUIRE);
        assertThat(Spin.budgetFor(WaitReason.SYNC_WAITGROUP_WAIT)).isZero();
        assertThat(Spin.budgetFor(WaitReason.CHAN_RECEIVE)).isEqualTo(Spin.BUDGET_NANOS);
    }
}
