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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Go channel contract every model passes (JCTools' "sanity suite subclassed per variant"),
 * over the capacity grid 0, 1, 2, 10, 100, 1000. Invariant IDs refer to package-info.
 */
@ExtendWith(RecordCrashes.class)
public interface ChanContract {
    /** {@code make(chan Integer, cap)} in the model under test. */
    <T> Chan<T> make(int cap);

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I2 len and cap: cap sends complete alone and len counts them")
    default void lenCountsQueuedValuesAndCapIsTheBufferSize(int cap) {
        Chan<Integer> c = make(cap);
        for (int i = 0; i < cap; i++) {
            assertThat(c.len()).isEqualTo(i);
            c.send(i);
        }
        assertThat(c.len()).isEqualTo(cap);
        assertThat(c.cap()).isEqualTo(cap);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I1 FIFO: one producer's values arrive in order")
    default void valuesArriveInSendOrder(int cap) {
        Chan<Integer> c = make(cap);
        int n = 2 * cap + 50;
        Go.go(() -> {
            for (int i = 0; i < n; i++) c.send(i);
            c.close();
        });
        List<Integer> got = new ArrayList<>();
        for (Integer v : c) got.add(v);
        assertThat(got).hasSize(n);
        for (int i = 0; i < n; i++) assertThat(got.get(i)).isEqualTo(i);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I3 close: buffered values first, then (zero, false) forever; len unchanged by close")
    default void closeDeliversBufferedValuesThenZeroFalse(int cap) {
        Chan<Integer> c = make(cap);
        for (int i = 0; i < cap; i++) c.send(i + 1);
        c.close();
        assertThat(c.len()).isEqualTo(cap);
        for (int i = 0; i < cap; i++) assertThat(c.recvOk()).isEqualTo(new Recv<>(i + 1, true));
        assertThat(c.recvOk()).isEqualTo(new Recv<>(null, false));
        assertThat(c.recvOk()).isEqualTo(new Recv<>(null, false));
        assertThat(c.len()).isZero();
        assertThat(c.cap()).isEqualTo(cap);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I3 misuse panics with Go's texts: send on closed, close of closed")
    default void misusePanicsWithGoTexts(int cap) {
        Chan<Integer> c = make(cap);
        c.close();
        assertThatThrownBy(() -> c.send(1)).isInstanceOf(GoPanic.class).hasMessage("send on closed channel");
        assertThatThrownBy(c::close).isInstanceOf(GoPanic.class).hasMessage("close of closed channel");
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I3 close wakes every blocked receiver with (zero, false)")
    default void closeWakesAllBlockedReceivers(int cap) {
        Chan<Integer> c = make(cap);
        ConcurrentLinkedQueue<Recv<Integer>> got = new ConcurrentLinkedQueue<>();
        List<Goroutine> gs = new ArrayList<>();
        for (int i = 0; i < 5; i++) gs.add(Go.go(() -> got.add(c.recvOk())));
        GoAwait.blocked(gs, WaitReason.CHAN_RECEIVE);
        c.close();
        GoAwait.until(() -> got.size() == 5);
        assertThat(got).containsOnly(new Recv<>(null, false));
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I3 close makes every blocked sender panic; the buffered values stay")
    default void closeMakesBlockedSendersPanic(int cap) {
        Chan<Integer> c = make(cap);
        for (int i = 0; i < cap; i++) c.send(i);
        AtomicInteger panics = new AtomicInteger();
        List<Goroutine> gs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gs.add(Go.go(() -> {
                try {
                    c.send(-1);
                } catch (GoPanic p) {
                    if (p.getMessage().equals("send on closed channel")) panics.incrementAndGet();
                }
            }));
        }
        GoAwait.blocked(gs, WaitReason.CHAN_SEND);
        assertThat(c.len()).isEqualTo(cap);
        c.close();
        GoAwait.until(() -> panics.get() == 3);
        assertThat(c.len()).isEqualTo(cap);
        for (int i = 0; i < cap; i++) assertThat(c.recv()).isEqualTo(i);
        assertThat(c.recvOk().ok()).isFalse();
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I4 the (cap+1)-th send blocks until a receive; an unbuffered send returns after the receiver has it")
    default void sendBeyondCapacityBlocksUntilReceived(int cap) {
        Chan<Integer> c = make(cap);
        for (int i = 0; i < cap; i++) c.send(i);
        AtomicInteger sent = new AtomicInteger();
        Goroutine g = Go.go(() -> {
            c.send(cap);
            sent.set(1);
        });
        GoAwait.blocked(g, WaitReason.CHAN_SEND);
        assertThat(sent.get()).isZero();
        assertThat(c.len()).isEqualTo(cap);
        for (int i = 0; i <= cap; i++) assertThat(c.recv()).isEqualTo(i);
        GoAwait.until(() -> sent.get() == 1);
        assertThat(c.len()).isZero();
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I6 an interrupted blocked sender leaves no value behind and len exact")
    default void interruptedSenderLeavesChannelConsistent(int cap) {
        Chan<Integer> c = make(cap);
        for (int i = 0; i < cap; i++) c.send(i);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Goroutine g = Go.go(() -> {
            try {
                c.send(-1);
            } catch (Interrupted e) {
                thrown.set(e);
            }
        });
        GoAwait.blocked(g, WaitReason.CHAN_SEND);
        g.interrupt();
        GoAwait.done(g);
        assertThat(thrown.get()).isInstanceOf(Interrupted.class);
        assertThat(c.len()).isEqualTo(cap);
        c.close();
        List<Integer> rest = new ArrayList<>();
        for (Integer v : c) rest.add(v);
        assertThat(rest).doesNotContain(-1).hasSize(cap);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I6 an interrupted blocked receiver takes nothing: the next send goes to the next receiver")
    default void interruptedReceiverLosesNoValue(int cap) {
        Chan<Integer> c = make(cap);
        Goroutine g = Go.go(() -> {
            try {
                c.recv();
            } catch (Interrupted expected) {
                // the receive did not happen
            }
        });
        GoAwait.blocked(g, WaitReason.CHAN_RECEIVE);
        g.interrupt();
        GoAwait.done(g);
        AtomicReference<Integer> got = new AtomicReference<>();
        Goroutine r = Go.go(() -> got.set(c.recv()));
        c.send(42);
        GoAwait.done(r);
        assertThat(got.get()).isEqualTo(42);
        assertThat(c.len()).isZero();
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I6 4 producers x 4 consumers: every value exactly once")
    default void manyProducersManyConsumersLoseAndDuplicateNothing(int cap) {
        Chan<Integer> c = make(cap);
        int per = 2000;
        Chan<Void> done = Chan.make(4);
        boolean[] seen = new boolean[4 * per];
        AtomicInteger dups = new AtomicInteger();
        AtomicInteger count = new AtomicInteger();
        for (int p = 0; p < 4; p++) {
            int base = p * per;
            Go.go(() -> {
                for (int i = 0; i < per; i++) c.send(base + i);
                done.send(null);
            });
        }
        List<Goroutine> consumers = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            consumers.add(Go.go(() -> {
                for (Integer v : c) {
                    synchronized (seen) {
                        if (seen[v]) dups.incrementAndGet();
                        seen[v] = true;
                    }
                    count.incrementAndGet();
                }
            }));
        }
        for (int p = 0; p < 4; p++) done.recv();
        c.close();
        consumers.forEach(GoAwait::done);
        assertThat(dups.get()).isZero();
        assertThat(count.get()).isEqualTo(4 * per);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I5 select over this model: a ready receive beats a blocked send and default")
    default void selectSeesThisModelsReadiness(int cap) {
        Chan<Integer> a = make(cap);
        Chan<Integer> b = make(cap);
        if (cap > 0) {
            a.send(7);
            for (int i = 0; i < cap; i++) b.send(i);
        } else {
            GoAwait.blocked(Go.go(() -> a.send(7)), WaitReason.CHAN_SEND);
        }
        AtomicReference<Integer> got = new AtomicReference<>();
        int chosen = Select.select(Select.send(b, 99), Select.recv(a, got::set), Select.otherwise(() -> {}));
        assertThat(chosen).isEqualTo(1);
        assertThat(got.get()).isEqualTo(7);
        assertThat(b.len()).isEqualTo(cap);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 2, 10, 100, 1000})
    @DisplayName("CH-I2 hand-offs to parked receivers (plain and select) leave the capacity intact: cap sends still complete alone")
    default void handOffsToParkedReceiversKeepTheCapacity(int cap) {
        Chan<Integer> c = make(cap);
        for (int round = 0; round < 3; round++) {
            AtomicReference<Integer> got = new AtomicReference<>();
            Goroutine r = round == 1
                    ? Go.go(() -> Select.select(Select.recv(c, got::set), Select.recv(make(0))))
                    : Go.go(() -> got.set(c.recv()));
            GoAwait.blocked(r, round == 1 ? WaitReason.SELECT : WaitReason.CHAN_RECEIVE);
            c.send(round);
            GoAwait.done(r);
            assertThat(got.get()).isEqualTo(round);
        }
        for (int i = 0; i < cap; i++) {
            assertThat(Select.select(Select.send(c, i), Select.otherwise(() -> {}))).as("send %d of cap %d", i, cap).isZero();
        }
        assertThat(Select.select(Select.send(c, -1), Select.otherwise(() -> {}))).isEqualTo(1);
        assertThat(c.len()).isEqualTo(cap);
    }
}
