package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The virtual-thread waiter of a plain channel wait spins on a word of its own: hchan's sudog (SD-I5)
 * or the segment channel's waiter (SG-I3). So the waker of a waiter caught spinning writes that one
 * object and never readies the goroutine. Go's waiter never spins and its waker always calls goready:
 * these tests name the Java difference, and check that neither order of the race loses or doubles a
 * wake-up.
 */
@DisplayName("CONC-02 Java difference: the channel waiter's spin on its own word (SD-I5, SG-I3)")
class WaiterWordAnswersTest {

    private static Sudog plainWait(Goroutine g) {
        return new Sudog(g, new HchanChannel<>(0), false, null, 0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-02.01 Java difference: does the waker of a receiver still spinning ready its goroutine? (no: it sets the sudog's flag, and the receiver may no longer park)")
    void aWaiterCaughtSpinning_isCompletedByItsSudogAlone() {
        Goroutine g = Park.self();
        Sudog sg = plainWait(g);
        assertThat(sg.spinWord).as("a plain wait on a virtual or platform thread").isTrue();
        sg.goready();                                             // the waker, while the waiter spins
        assertThat(sg.completed()).as("the spin sees it").isTrue();
        assertThat(sg.commitPark()).as("may it still commit to parking?").isFalse();
        WakerThread.assertNoReadyPending(g);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-02.01 Java difference: and the waker of a receiver that gave up spinning? (it readies the goroutine, as Go's goready)")
    void aWaiterThatCommittedToParking_isReadiedByItsWaker() {
        Goroutine g = Park.self();
        Sudog sg = plainWait(g);
        assertThat(sg.commitPark()).isTrue();
        sg.goready();
        assertThat(sg.completed()).isTrue();
        // the ready came before the park: the park returns at once instead of waiting for good
        assertThat(Park.park(g, WaitReason.CHAN_RECEIVE, sg, Unlocker.NONE)).isTrue();
        assertThat(g.waitReason()).isNull();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-02.01 Java difference: can the waker's flag and the waiter's giving up race into a lost or a double wake-up? (no: every one of 20,000 races ends once)")
    void theFlagAndTheCommitRace_withoutALostOrDoubleWakeUp() throws Exception {
        int rounds = 20_000;
        WakerThread<Sudog> waker = new WakerThread<>(rounds, Sudog::goready);
        Goroutine g = Park.self();
        for (int i = 0; i < rounds; i++) {
            Sudog sg = plainWait(g);
            waker.wake(sg);
            // caught in the spin, completed as the spin ended, or parked and readied: each ends once
            assertThat(Park.parkOnOwnWord(g, WaitReason.CHAN_RECEIVE, sg, sg)).isTrue();
            assertThat(sg.completed()).isTrue();
            assertThat(g.waitReason()).as("the wait is over").isNull();
        }
        waker.assertFinishedCleanly();
        WakerThread.assertNoReadyPending(g);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-02.01 Java difference: and on the segment channel? (the same: a spinning waiter is completed by its own word, a parking one is readied)")
    void aSegmentWaiter_isCompletedByItsWordWhileSpinning_andReadiedOnceParking() {
        Goroutine g = Park.self();
        SegmentWaiter spinning = new SegmentWaiter(false, null);
        assertThat(spinning.tryResume("v")).isTrue();             // still spinning: no ready for g
        assertThat(spinning.completed()).isTrue();
        assertThat(spinning.await(null, WaitReason.CHAN_RECEIVE)).isEqualTo(SegmentWaiter.RESUMED);
        assertThat(spinning.value).isEqualTo("v");
        WakerThread.assertNoReadyPending(g);

        SegmentWaiter parking = new SegmentWaiter(false, null);
        Thread closer = Thread.ofPlatform().unstarted(parking::tryClose);
        Thread.ofPlatform().start(() -> {
            // the waiter commits to parking once its spin (a few µs at most) ends without a peer
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> parking.state() == SegmentWaiter.PARKING);
            closer.start();
        });
        assertThat(parking.await(null, WaitReason.CHAN_RECEIVE)).isEqualTo(SegmentWaiter.CLOSED);
    }
}
