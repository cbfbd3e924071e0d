package dev.golab.chan;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.RuntimeError;
import dev.golab.runtime.WaitReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Executable answers about channel basics (CORE-05, CONC-02, RT-04), checked against the oracle. */
@ExtendWith(RecordCrashes.class)
class ChanAnswersTest {

    @Test
    @DisplayName("CORE-05.02 Q: what does make(chan int, 5) give? A buffered channel with cap 5 (and make(chan int) cap 0)")
    void makeWithSizeGivesThatCapacity() {
        assertThat(Chan.<Integer>make(5).cap()).isEqualTo(5);
        assertThat(Chan.<Integer>make().cap()).isZero();
    }

    @Test
    @DisplayName("CORE-05 Q: make(chan int, -1)? panics 'makechan: size out of range' (a runtime.Error)")
    void negativeSizePanics() {
        assertThatThrownBy(() -> Chan.make(-1)).isInstanceOf(RuntimeError.class)
                .hasMessage("makechan: size out of range");
    }

    @Test
    @DisplayName("CORE-05.07 Q: send on a closed channel? panics 'send on closed channel'")
    void sendOnClosedChannelPanics() {
        Chan<Integer> c = Chan.make(1);
        c.close();
        assertThatThrownBy(() -> c.send(1)).isInstanceOf(RuntimeError.class).hasMessage("send on closed channel");
    }

    @Test
    @DisplayName("CORE-05.08 Q: receive from a closed channel? buffered values first (ok=true), then (0, false) — oracle closed_buffered_recv_sequence")
    void closedChannelDrainsBeforeZeroFalse() {
        Chan<Integer> c = Chan.make(3);
        c.send(10);
        c.send(20);
        c.close();
        assertThat(List.of(c.len(), c.cap())).containsExactly(2, 3);
        List<Recv<Integer>> got = List.of(c.recvOk(), c.recvOk(), c.recvOk(), c.recvOk());
        assertThat(got).containsExactly(new Recv<>(10, true), new Recv<>(20, true),
                new Recv<>(null, false), new Recv<>(null, false));
        assertThat(List.of(c.len(), c.cap())).containsExactly(0, 3);
    }

    @Test
    @DisplayName("CORE-05.10 / CONC-02.A2 Q: len and cap of channels? queued count and buffer size — oracle len_cap")
    void lenAndCapMatchTheOracle() {
        Chan<Integer> b = Chan.make(5);
        b.send(1);
        b.send(2);
        assertThat(List.of(Chan.nil().len(), Chan.nil().cap())).containsExactly(0, 0);
        assertThat(List.of(Chan.make().len(), Chan.make().cap())).containsExactly(0, 0);
        assertThat(List.of(b.len(), b.cap())).containsExactly(2, 5);
        b.close();
        assertThat(List.of(b.len(), b.cap())).containsExactly(2, 5);
    }

    @Test
    @DisplayName("CORE-05.A1 Q: close twice, close nil? 'close of closed channel' and 'close of nil channel'")
    void closingClosedOrNilPanics() {
        Chan<Integer> c = Chan.make();
        c.close();
        assertThatThrownBy(c::close).isInstanceOf(RuntimeError.class).hasMessage("close of closed channel");
        assertThatThrownBy(() -> Chan.nil().close()).isInstanceOf(RuntimeError.class).hasMessage("close of nil channel");
    }

    @Test
    @DisplayName("CORE-05.08 Q: receive from a closed unbuffered chan string? (\"\", false) — here (null, false)")
    void closedUnbufferedGivesZeroFalse() {
        Chan<String> c = Chan.make();
        c.close();
        assertThat(c.recvOk()).isEqualTo(new Recv<String>(null, false));
    }

    @Test
    @DisplayName("CONC-02.01 Q: unbuffered send? blocks until a receiver takes it; when send returns the receiver has the value (oracle: send not completed before receive)")
    void unbufferedSendCompletesOnlyWithItsReceiver() {
        Chan<String> c = Chan.make();
        AtomicBoolean sendReturned = new AtomicBoolean();
        Goroutine sender = Go.go(() -> {
            c.send("hi");
            sendReturned.set(true);
        });
        GoAwait.blocked(sender, WaitReason.CHAN_SEND);
        assertThat(sendReturned).isFalse();
        assertThat(c.recv()).isEqualTo("hi");
        GoAwait.done(sender);
        assertThat(sendReturned).isTrue();
    }

    @Test
    @DisplayName("CONC-02.01 Q: unbuffered receive with no sender? blocks ('chan receive')")
    void unbufferedReceiveBlocksUntilASenderArrives() {
        Chan<Integer> c = Chan.make();
        AtomicReference<Integer> got = new AtomicReference<>();
        Goroutine r = Go.go(() -> got.set(c.recv()));
        GoAwait.blocked(r, WaitReason.CHAN_RECEIVE);
        c.send(5);
        GoAwait.done(r);
        assertThat(got.get()).isEqualTo(5);
    }

    @Test
    @DisplayName("CONC-02.02 Q: buffered cap n? n sends complete alone, the (n+1)-th blocks until a receive")
    void nPlusFirstSendBlocks() {
        Chan<Integer> c = Chan.make(3);
        for (int i = 0; i < 3; i++) c.send(i);
        Goroutine g = Go.go(() -> c.send(3));
        GoAwait.blocked(g, WaitReason.CHAN_SEND);
        assertThat(c.recv()).isZero();
        GoAwait.done(g);
        assertThat(c.len()).isEqualTo(3);
    }

    @Test
    @DisplayName("CONC-02.03 Q: receive on an empty buffered channel? blocks")
    void emptyBufferedReceiveBlocks() {
        Chan<Integer> c = Chan.make(4);
        Goroutine g = Go.go(c::recv);
        GoAwait.blocked(g, WaitReason.CHAN_RECEIVE);
        c.send(1);
        GoAwait.done(g);
    }

    @Test
    @DisplayName("CONC-02.04 Q: order of a buffered channel? FIFO — oracle buffered_fifo_order [1 2 3 4 5]")
    void bufferedIsFifo() {
        Chan<Integer> c = Chan.make(5);
        for (int i = 1; i <= 5; i++) c.send(i);
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 5; i++) got.add(c.recv());
        assertThat(got).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    @DisplayName("CONC-02.05 Q: semaphore make(chan struct{}, 5)? never more than 5 inside, all 40 run")
    void bufferedChannelIsASemaphore() {
        Chan<Void> sem = Chan.make(5);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        Chan<Void> release = Chan.make();
        List<Goroutine> gs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sem.send(null);                       // acquire before go
            gs.add(Go.go(() -> {
                try {
                    int now = inside.incrementAndGet();
                    maxInside.accumulateAndGet(now, Math::max);
                    release.recv();               // hold the slot until the test lets go
                    inside.decrementAndGet();
                    ran.incrementAndGet();
                } finally {
                    sem.recv();                   // release in a defer
                }
            }));
            if (i % 5 == 4) for (int k = 0; k < 5; k++) release.send(null);
        }
        gs.forEach(GoAwait::done);
        assertThat(maxInside.get()).isLessThanOrEqualTo(5).isPositive();
        assertThat(ran.get()).isEqualTo(40);
    }

    @Test
    @DisplayName("CONC-02.06 Q: done := make(chan struct{}); close(done)? releases every waiter — oracle: 5 of 5 woken")
    void closeReleasesEveryWaiter() {
        Chan<Void> done = Chan.make();
        List<Goroutine> gs = new ArrayList<>();
        AtomicInteger woken = new AtomicInteger();
        for (int i = 0; i < 5; i++) gs.add(Go.go(() -> {
            if (!done.recvOk().ok()) woken.incrementAndGet();
        }));
        GoAwait.blocked(gs, WaitReason.CHAN_RECEIVE);
        done.close();
        gs.forEach(GoAwait::done);
        assertThat(woken.get()).isEqualTo(5);
    }

    @Test
    @DisplayName("Q: what does a nil channel do? send/receive block forever ('chan send (nil chan)' / 'chan receive (nil chan)')")
    void nilChannelBlocksForeverWithGoReasons() {
        Goroutine s = Go.go(() -> Chan.<Integer>nil().send(1));
        Goroutine r = Go.go(() -> Chan.nil().recv());
        GoAwait.blocked(s, WaitReason.CHAN_SEND_NIL_CHAN);
        GoAwait.blocked(r, WaitReason.CHAN_RECEIVE_NIL_CHAN);
        s.interrupt();                   // the lab's only way out (Go: none)
        r.interrupt();
        GoAwait.done(s);
        GoAwait.done(r);
    }

    @Test
    @DisplayName("Q: for v := range c over a closed buffered channel? yields the rest, then ends — oracle [1 2]")
    void rangeDrainsThenEnds() {
        Chan<Integer> c = Chan.make(2);
        c.send(1);
        c.send(2);
        c.close();
        List<Integer> got = new ArrayList<>();
        for (Integer v : c) got.add(v);
        assertThat(got).containsExactly(1, 2);
    }

    @Test
    @DisplayName("Q: is send on closed a runtime.Error? yes (plainError) — recover() returns a value whose Error() is the text")
    void sendOnClosedIsARuntimeError() {
        Chan<Integer> c = Chan.make();
        c.close();
        try {
            c.send(1);
        } catch (GoPanic p) {
            assertThat(p.value()).isInstanceOf(RuntimeError.class);
            assertThat(((RuntimeError) p.value()).error()).isEqualTo("send on closed channel");
            return;
        }
        throw new AssertionError("no panic");
    }
}
