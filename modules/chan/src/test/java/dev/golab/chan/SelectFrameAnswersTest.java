package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;
import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A blocked select's records (its sudogs, selectDone and gopark's unlockf) are kept per goroutine for
 * its next select (SelectFrame, SF-I1/SF-I2), as Go takes sudogs from a per-P cache and keeps the rest
 * on the stack; and on virtual threads the select spins on its own word (SelectState, SS-I2).
 */
@ExtendWith(RecordCrashes.class)
@DisplayName("CONC-03 select's records: reused per goroutine, and the VT select's own word (SF-I1, SF-I2, SS-I2)")
class SelectFrameAnswersTest {

    /** The goroutine's spare frame, left in place. */
    private static SelectFrame spareOf(Goroutine g) {
        Object f = g.takeSelectSpare();
        g.putSelectSpare(f);
        return (SelectFrame) f;
    }

    private static int blockedSelect(HchanChannel<String> a, HchanChannel<String> b, List<String> got) {
        return Select.select(Select.recv(a, got::add), Select.recv(b, got::add));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-03.01 Q: does each blocked select in a loop allocate new sudogs? (no: the goroutine's second select reuses the first one's frame, and the frame keeps no value)")
    void blockedSelectsInALoop_reuseOneFrame_thatKeepsNoValue() {
        HchanChannel<String> a = new HchanChannel<>(0);
        HchanChannel<String> b = new HchanChannel<>(0);
        List<String> got = new ArrayList<>();
        List<SelectFrame> frames = new ArrayList<>();
        Goroutine g = Go.go(() -> {
            Goroutine me = Goroutine.current();
            for (int i = 0; i < 2; i++) {
                blockedSelect(a, b, got);
                frames.add(spareOf(me));
            }
        });
        GoAwait.blocked(g, WaitReason.SELECT);
        a.send("first");
        GoAwait.blocked(g, WaitReason.SELECT);
        b.send("second");
        GoAwait.done(g);
        assertThat(got).containsExactly("first", "second");
        assertThat(frames).hasSize(2).doesNotContainNull();
        assertThat(frames.get(1)).as("the second select's frame").isSameAs(frames.get(0));
        SelectFrame f = frames.get(1);
        for (int ci = 0; ci < 2; ci++) {                          // SF-I2: nothing kept alive
            assertThat(f.at(ci).elem).isNull();
            assertThat(f.at(ci).c).isNull();
            assertThat(f.at(ci).queued).isFalse();
        }
        assertThat(f.st.winner).isNull();
        assertThat(f.st.completed()).isFalse();
        assertThat(f.st.claim()).as("selectDone is 0 again").isTrue();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-03.01 Q: may a case body select again, blocking? (yes: the outer select gave its frame back before the body ran, and the inner one takes it)")
    void aCaseBodyThatSelectsAgain_findsTheFrameGivenBack() {
        HchanChannel<String> a = new HchanChannel<>(0);
        HchanChannel<String> b = new HchanChannel<>(0);
        HchanChannel<String> c = new HchanChannel<>(0);
        List<String> got = new ArrayList<>();
        AtomicReference<SelectFrame> inBody = new AtomicReference<>();
        AtomicReference<SelectFrame> after = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            Goroutine me = Goroutine.current();
            Select.select(Select.recv(a, v -> {
                got.add(v);
                inBody.set(spareOf(me));
                Select.select(Select.recv(b, got::add), Select.recv(c, got::add));
            }), Select.recv(c));
            after.set(spareOf(me));
        });
        GoAwait.blocked(g, WaitReason.SELECT);
        a.send("outer");
        GoAwait.blocked(g, WaitReason.SELECT);
        b.send("inner");
        GoAwait.done(g);
        assertThat(got).containsExactly("outer", "inner");
        assertThat(inBody.get()).as("given back before the body").isNotNull();
        assertThat(after.get()).isSameAs(inBody.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("CH-I6 Q: and an interrupted select's frame? (dropped, not reused; the goroutine's next select works on a new one)")
    void anInterruptedSelect_dropsItsFrame_andTheNextSelectWorks() {
        HchanChannel<String> a = new HchanChannel<>(0);
        HchanChannel<String> b = new HchanChannel<>(0);
        List<String> got = new ArrayList<>();
        AtomicReference<Object> spareAfterInterrupt = new AtomicReference<>("unset");
        Goroutine g = Go.go(() -> {
            Goroutine me = Goroutine.current();
            try {
                blockedSelect(a, b, got);
            } catch (Interrupted e) {
                spareAfterInterrupt.set(me.takeSelectSpare());
                Go.interrupted();                                 // the flag stays set until cleared
            }
            blockedSelect(a, b, got);
        });
        GoAwait.blocked(g, WaitReason.SELECT);
        g.interrupt();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !"unset".equals(spareAfterInterrupt.get()));   // the first select has thrown
        GoAwait.blocked(g, WaitReason.SELECT);                   // its second select
        b.send("after");
        GoAwait.done(g);
        assertThat(spareAfterInterrupt.get()).isNull();
        assertThat(got).containsExactly("after");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @DisplayName("CONC-03.01 Java difference: can a waker's flag on a spinning select and the select's giving up race into a lost or a double wake-up? (no: every one of 20,000 races on one reused SelectState ends once)")
    void theSelectWordAndTheCommitRace_withoutALostOrDoubleWakeUp() throws Exception {
        int rounds = 20_000;
        WakerThread<Sudog> waker = new WakerThread<>(rounds, sg -> {
            assertThat(sg.sel.claim()).isTrue();
            sg.ready();                                           // winner = sg, as under the channel lock
            sg.goready();
        });
        Goroutine g = Park.self();
        SelectState st = new SelectState(Park.onVirtualThread(g));
        assertThat(st.spinWord).as("the test thread waits as a VT goroutine does").isTrue();
        Sudog sg = new Sudog(g, new HchanChannel<>(0), false, st, 0);
        for (int i = 0; i < rounds; i++) {
            waker.wake(sg);
            // caught in the spin, completed as the spin ended, or parked and readied: each ends once
            assertThat(Park.parkOnOwnWord(g, WaitReason.SELECT, st, st)).isTrue();
            assertThat(st.winner).isSameAs(sg);
            assertThat(g.waitReason()).as("the wait is over").isNull();
            st.reset();                                           // SelectFrame.release's part
        }
        waker.assertFinishedCleanly();
        WakerThread.assertNoReadyPending(g);
    }
}
