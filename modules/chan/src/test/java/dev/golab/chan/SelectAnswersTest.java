package dev.golab.chan;

import dev.golab.runtime.Interrupted;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Executable answers about select (CONC-03), distributions checked with sigma bounds like Go's tests. */
@ExtendWith(RecordCrashes.class)
class SelectAnswersTest {
    static final int ROUNDS = 100_000;

    /** |count - rounds/n| within 6 sigma of Binomial(rounds, 1/n). */
    static void assertUniform(int[] counts, int rounds) {
        int n = counts.length;
        double p = 1.0 / n;
        double sigma = Math.sqrt(rounds * p * (1 - p));
        for (int c : counts) assertThat(Math.abs(c - rounds * p)).isLessThan(6 * sigma);
    }

    @Test
    @DisplayName("CONC-03.01 Q: what does select do with nothing ready? blocks ('select'), then runs exactly one case")
    void selectBlocksUntilOneCaseCanProceedThenRunsExactlyOne() {
        Chan<Integer> a = Chan.make();
        Chan<Integer> b = Chan.make();
        AtomicInteger bodies = new AtomicInteger();
        AtomicInteger chosen = new AtomicInteger(-1);
        Goroutine g = Go.go(() -> chosen.set(Select.select(
                Select.recv(a, v -> bodies.incrementAndGet()),
                Select.recv(b, v -> bodies.incrementAndGet()))));
        GoAwait.blocked(g, WaitReason.SELECT);
        b.send(1);
        GoAwait.done(g);
        assertThat(chosen.get()).isEqualTo(1);
        assertThat(bodies.get()).isEqualTo(1);
        assertThat(a.len() + b.len()).isZero();
    }

    @Test
    @DisplayName("CONC-03.02 Q: several cases ready? uniform random — 2, 3, 4 closed channels (oracle closed_recv_2/3/4)")
    void selectChoosesUniformlyAmongReadyCases() {
        for (int n = 2; n <= 4; n++) {
            Chan<Integer>[] cs = closedChans(n);
            int[] counts = new int[n];
            Case[] cases = new Case[n];
            for (int i = 0; i < n; i++) cases[i] = Select.recv(cs[i]);
            for (int r = 0; r < ROUNDS; r++) counts[Select.select(cases)]++;
            assertUniform(counts, ROUNDS);
        }
    }

    @Test
    @DisplayName("CONC-03.02 Q: two refilled buffered receives / two drained buffered sends? 50/50 (oracle buffered_recv_2_refilled, buffered_send_2_drained)")
    void selectIsUniformForBufferedSendsAndReceives() {
        Chan<Integer> a = Chan.make(1);
        Chan<Integer> b = Chan.make(1);
        int[] recv = new int[2];
        a.send(1);
        b.send(2);
        for (int r = 0; r < ROUNDS; r++) {
            int i = Select.select(Select.recv(a), Select.recv(b));
            recv[i]++;
            (i == 0 ? a : b).send(i);
        }
        assertUniform(recv, ROUNDS);
        a.recv();
        b.recv();
        int[] send = new int[2];
        for (int r = 0; r < ROUNDS; r++) {
            int i = Select.select(Select.send(a, 1), Select.send(b, 2));
            send[i]++;
            (i == 0 ? a : b).recv();
        }
        assertUniform(send, ROUNDS);
    }

    @Test
    @DisplayName("CONC-03.04 Q: what does default do? runs iff nothing is ready — oracle 100000/100000 and 0/100000")
    void defaultRunsOnlyWhenNothingIsReady() {
        Chan<Integer> never = Chan.make();
        int defaults = 0;
        for (int r = 0; r < ROUNDS; r++) {
            if (Select.select(Select.recv(never), Select.otherwise(() -> {})) == 1) defaults++;
        }
        assertThat(defaults).isEqualTo(ROUNDS);
        Chan<Integer> ready = Chan.make(1);
        defaults = 0;
        for (int r = 0; r < ROUNDS; r++) {
            ready.send(r);
            if (Select.select(Select.recv(never), Select.recv(ready), Select.otherwise(() -> {})) == 2) defaults++;
        }
        assertThat(defaults).isZero();
    }

    @Test
    @DisplayName("CONC-03.05 Q: case v, ok := <-ch after close and drain? ok == false, so the doWork loop returns")
    void recvOkCaseSeesClosedAndDrained() {
        Chan<Integer> ch = Chan.make(2);
        ch.send(1);
        ch.send(2);
        ch.close();
        int sum = 0;
        int rounds = 0;
        while (true) {                            // doWork: for { select { case v, ok := <-ch: if !ok { return nil } ... } }
            AtomicReference<Recv<Integer>> got = new AtomicReference<>();
            Select.select(Select.recvOk(ch, (v, ok) -> got.set(new Recv<>(v, ok))));
            rounds++;
            if (!got.get().ok()) break;
            sum += got.get().value();
        }
        assertThat(sum).isEqualTo(3);
        assertThat(rounds).isEqualTo(3);
    }

    @Test
    @DisplayName("CONC-03.07 Q: a case on a nil channel? never chosen — oracle recv_nil 0, send_nil 0, recv_ready 1000000")
    void nilChannelCasesAreNeverChosen() {
        Chan<Integer> nil = Chan.nil();
        Chan<Integer> ready = Chan.make(1);
        int[] counts = new int[3];
        for (int r = 0; r < ROUNDS; r++) {
            ready.send(r);
            counts[Select.select(Select.recv(nil), Select.send(nil, 1), Select.recv(ready))]++;
        }
        assertThat(counts).containsExactly(0, 0, ROUNDS);
    }

    @Test
    @DisplayName("CONC-03.08 Q: do send cases take part? yes — a send case wins when its receiver is waiting")
    void sendCasesTakePartLikeReceives() {
        Chan<String> ch3 = Chan.make();
        Chan<String> never = Chan.make();
        AtomicReference<String> got = new AtomicReference<>();
        Goroutine r = Go.go(() -> got.set(ch3.recv()));
        GoAwait.blocked(r, WaitReason.CHAN_RECEIVE);
        int i = Select.select(Select.recv(never), Select.send(ch3, "hello"));
        GoAwait.done(r);
        assertThat(i).isEqualTo(1);
        assertThat(got.get()).isEqualTo("hello");
    }

    @Test
    @DisplayName("CONC-03.08 Q: a blocked select's send case? completes when a receiver arrives")
    void blockedSelectSendCompletesWithLateReceiver() {
        Chan<String> a = Chan.make();
        Chan<String> b = Chan.make();
        AtomicInteger chosen = new AtomicInteger(-1);
        Goroutine g = Go.go(() -> chosen.set(Select.select(Select.send(a, "x"), Select.recv(b))));
        GoAwait.blocked(g, WaitReason.SELECT);
        assertThat(a.recv()).isEqualTo("x");
        GoAwait.done(g);
        assertThat(chosen.get()).isZero();
    }

    @Test
    @DisplayName("CONC-03.A1 Q: select {}? blocks forever ('select (no cases)')")
    void emptySelectBlocksForever() {
        Goroutine g = Go.go(() -> Select.select());
        GoAwait.blocked(g, WaitReason.SELECT_NO_CASES);
        g.interrupt();
        GoAwait.done(g);
    }

    @Test
    @DisplayName("CONC-03.A2 Q: a closed channel's receive case? always ready: a busy spin, yet another ready case still wins ~1/2")
    void closedChannelCaseIsAlwaysReady() {
        Chan<Integer> closed = closedChans(1)[0];
        Chan<Integer> work = Chan.make(1);
        int[] counts = new int[2];
        for (int r = 0; r < ROUNDS; r++) {
            if (work.len() == 0) work.send(r);
            counts[Select.select(Select.recv(closed), Select.recv(work))]++;
        }
        assertUniform(counts, ROUNDS);
        if (work.len() > 0) work.recv();                 // the last round may have left one queued
        Chan<Integer> disabled = Chan.nil();             // "set it to nil" disables the case
        for (int r = 0; r < 1000; r++) {
            work.send(r);
            assertThat(Select.select(Select.recv(disabled), Select.recv(work))).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("Q: a chosen send case on a closed channel? panics 'send on closed channel'")
    void chosenSendOnClosedPanics() {
        Chan<Integer> c = Chan.make(1);
        Chan<Integer> never = Chan.make();
        c.close();
        assertThatThrownBy(() -> Select.select(Select.send(c, 1), Select.recv(never)))
                .isInstanceOf(GoPanic.class).hasMessage("send on closed channel");
    }

    @Test
    @DisplayName("Q: a select blocked on send when the channel is closed? wakes and panics")
    void blockedSelectSendPanicsOnClose() {
        Chan<Integer> c = Chan.make();
        Chan<Integer> never = Chan.make();
        AtomicReference<String> panic = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            try {
                Select.select(Select.send(c, 1), Select.recv(never));
            } catch (GoPanic p) {
                panic.set(p.getMessage());
            }
        });
        GoAwait.blocked(g, WaitReason.SELECT);
        c.close();
        GoAwait.done(g);
        assertThat(panic.get()).isEqualTo("send on closed channel");
    }

    @Test
    @DisplayName("Q: the same channel in a send and a receive case of one select? allowed; a peer completes one of them")
    void sameChannelMaySendAndReceiveInOneSelect() {
        Chan<Integer> c = Chan.make();
        AtomicInteger chosen = new AtomicInteger(-1);
        Goroutine g = Go.go(() -> chosen.set(Select.select(Select.send(c, 5), Select.recv(c))));
        GoAwait.blocked(g, WaitReason.SELECT);
        assertThat(c.recv()).isEqualTo(5);
        GoAwait.done(g);
        assertThat(chosen.get()).isZero();
    }

    @Test
    @DisplayName("CH-I6 Q: an interrupted blocked select? runs no case and leaves no waiter behind")
    void interruptedSelectLeavesNoWaiter() {
        Chan<Integer> a = Chan.make();
        Chan<Integer> b = Chan.make();
        AtomicReference<Throwable> t = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            try {
                Select.select(Select.recv(a), Select.send(b, 1));
            } catch (Interrupted e) {
                t.set(e);
            }
        });
        GoAwait.blocked(g, WaitReason.SELECT);
        g.interrupt();
        GoAwait.done(g);
        assertThat(t.get()).isInstanceOf(Interrupted.class);
        assertThat(Select.select(Select.send(a, 1), Select.otherwise(() -> {}))).isEqualTo(1);   // no receiver left
        assertThat(Select.select(Select.recv(b), Select.otherwise(() -> {}))).isEqualTo(1);      // no sender left
    }

    @SuppressWarnings("unchecked")
    static Chan<Integer>[] closedChans(int n) {
        Chan<Integer>[] cs = new Chan[n];
        for (int i = 0; i < n; i++) {
            cs[i] = Chan.make();
            cs[i].close();
        }
        return cs;
    }

    @Test
    @DisplayName("CONC-03 Q: how many cases can one select have? (65536: selectgo's order array holds uint16 indices; more is refused before any channel is touched)")
    void aSelectOfMoreThan65536CasesIsRefusedWithOneMessage() {
        HchanChannel<Integer> c = new HchanChannel<>(1);
        c.send(7);
        Case[] cases = new Case[(1 << 16) + 1];
        java.util.Arrays.setAll(cases, i -> Select.recv(c));
        assertThatThrownBy(() -> Select.select(cases))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("select: more than 65536 cases");
        assertThat(c.len()).as("nothing received").isEqualTo(1);
    }

    @Test
    @DisplayName("CONC-03 Q: can one select mix the hchan and segment channel models? no: refused with one message before any channel is touched")
    void aSelectMixingChannelModelsIsRefusedBeforeTouchingAChannel() {
        HchanChannel<Integer> h = new HchanChannel<>(1);
        SegmentChannel<Integer> s = new SegmentChannel<>(1);
        h.send(7);
        s.send(8);
        assertThatThrownBy(() -> Select.select(Select.recv(h), Select.recv(s)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("select mixes channel models: ");
        assertThat(h.len() + s.len()).as("nothing received").isEqualTo(2);
    }
}
