package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Backend;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.WaitReason;
import dev.golab.sync.Mutex;
import dev.golab.sync.WaitGroup;
import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same channel and sync behaviour on both goroutine backends (issue: Go's runtime on
 * continuations): VT runs each goroutine on a virtual thread, CONT on Go's G-M-P scheduler over raw
 * continuations. Channels and sync only call the park/ready seam, so every answer must hold on both.
 */
@DisplayName("CONC-02 on both backends: hand-off, select, close and sync behave alike on VT and CONT")
class ChanBackendAnswersTest {
    @RegisterExtension
    final RecordCrashes crashes = new RecordCrashes();
    private Backend.Kind previous;

    void use(Backend.Kind kind) {
        previous = Go.runtime(kind);
    }

    @AfterEach
    void restore() {
        if (previous != null) Go.runtime(previous);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("CONC-02.01 Q: does an unbuffered ping-pong hand every value over, in order, on this backend? (yes)")
    void unbufferedPingPongHandsEveryValueOverInOrder(Backend.Kind kind) {
        use(kind);
        Chan<Integer> ping = Chan.make(), pong = Chan.make();
        int n = 20_000;
        Goroutine echo = Go.go(() -> {
            for (int i = 0; i < n; i++) pong.send(ping.recv() + 1);
        });
        AtomicLong sum = new AtomicLong();
        Goroutine driver = Go.go(() -> {
            for (int i = 0; i < n; i++) {
                ping.send(i);
                sum.addAndGet(pong.recv() - i);
            }
        });
        GoAwait.done(driver);
        GoAwait.done(echo);
        assertThat(sum).hasValue(n);
        assertThat(crashes.headlines()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("CONC-03.02 Q: is select uniform among ready cases on this backend? (yes, within 5 sigma)")
    void selectIsUniformAmongReadyCases(Backend.Kind kind) {
        use(kind);
        int n = 20_000;
        long[] counts = new long[2];
        Goroutine g = Go.go(() -> {
            Chan<Integer> a = Chan.make(1), b = Chan.make(1);
            for (int i = 0; i < n; i++) {
                a.send(0);
                b.send(1);
                counts[Select.select(Select.recv(a), Select.recv(b))]++;
                Select.select(Select.recv(a), Select.recv(b));          // drain the other one
            }
        });
        GoAwait.done(g);
        double sigma = Math.sqrt(n * 0.25);
        assertThat(Math.abs(counts[0] - n / 2.0)).isLessThan(5 * sigma);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("CONC-02.03 Q: does close wake every parked receiver with (zero, false) on this backend? (yes)")
    void closeWakesEveryParkedReceiver(Backend.Kind kind) {
        use(kind);
        Chan<Integer> c = Chan.make();
        List<Goroutine> gs = new ArrayList<>();
        AtomicLong closedSeen = new AtomicLong();
        for (int i = 0; i < 8; i++) gs.add(Go.go(() -> { if (!c.recvOk().ok()) closedSeen.incrementAndGet(); }));
        GoAwait.blocked(gs, WaitReason.CHAN_RECEIVE);
        c.close();
        gs.forEach(GoAwait::done);
        assertThat(closedSeen).hasValue(8);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("CONC-06 Q: do Mutex and WaitGroup keep a shared counter exact across goroutines on this backend? (yes)")
    void mutexAndWaitGroupKeepACounterExact(Backend.Kind kind) {
        use(kind);
        Mutex mu = new Mutex();
        WaitGroup wg = new WaitGroup();
        long[] counter = new long[1];
        AtomicReference<Goroutine> self = new AtomicReference<>();
        Goroutine main = Go.go(() -> {
            self.set(Goroutine.current());
            for (int w = 0; w < 8; w++) {
                wg.go(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        mu.lock();
                        counter[0]++;
                        mu.unlock();
                        if (i % 100 == 0) Go.gosched();
                    }
                });
            }
            wg.await();
        });
        GoAwait.done(main);
        assertThat(self.get()).isSameAs(main);
        assertThat(counter[0]).isEqualTo(16_000);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("RT-07 Q: does a goroutine blocked on a channel show its wait reason in a dump on this backend? (yes)")
    void aBlockedGoroutineShowsItsWaitReason(Backend.Kind kind) {
        use(kind);
        Chan<Integer> never = Chan.make();
        Goroutine g = Go.go(() -> never.send(1));
        GoAwait.blocked(g, WaitReason.CHAN_SEND);
        assertThat(g).hasToString("goroutine " + g.id() + " [chan send]:");
        assertThat(g.durablyBlocked()).isTrue();
        assertThat(never.recv()).isEqualTo(1);
        GoAwait.done(g);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("RT-PANIC Q: does an unrecovered panic in a goroutine crash the program with Go's report on this backend? (yes)")
    void anUnrecoveredPanicCrashesLikeGo(Backend.Kind kind) throws Exception {
        use(kind);
        Go.go(() -> { throw new dev.golab.runtime.GoPanic("boom"); });
        assertThat(crashes.next().headline()).isEqualTo("panic: boom");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.Kind.class)
    @DisplayName("CONC-09.01 Q: can the lab end goroutines leaked on a receive nobody serves, on this backend? "
            + "(yes: Goroutine.interrupt ends the receive with Interrupted, also when it races the park; Go has no way)")
    void interruptEndsALeakedReceiveEvenWhenItRacesThePark(Backend.Kind kind) {
        use(kind);
        int n = 200;
        Chan<Integer> never = Chan.make();
        AtomicInteger ended = new AtomicInteger();
        List<Goroutine> early = new ArrayList<>(), parked = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            Goroutine g = Go.go(() -> {
                try {
                    never.recv();
                } catch (Interrupted e) {
                    ended.incrementAndGet();
                }
            });
            if (i % 2 == 0) g.interrupt();                        // before, during or after its park
            (i % 2 == 0 ? early : parked).add(g);
        }
        GoAwait.blocked(parked, WaitReason.CHAN_RECEIVE);
        parked.forEach(Goroutine::interrupt);                     // committed parks: requeued by interrupt
        early.forEach(GoAwait::done);
        parked.forEach(GoAwait::done);
        assertThat(ended).hasValue(2 * n);
        assertThat(crashes.headlines()).isEmpty();
    }
}
