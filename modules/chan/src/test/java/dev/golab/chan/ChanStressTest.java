package dev.golab.chan;

import dev.golab.runtime.Interrupted;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CH-I6 under load: 8 producers x 8 consumers push 10^6 values (x golab.stress.scale) through one
 * channel while a chaos goroutine interrupts random producers and consumers and, in half the runs,
 * closes the channel at a random moment (the TestChanSendInterface-style close race: senders then
 * panic). Every value whose send returned normally is received exactly once; every other value
 * (interrupted, or panicked on close) never is.
 */
@ExtendWith(RecordCrashes.class)
class ChanStressTest {
    static final int P = 8;
    static final int C = 8;

    /** The test's channels, in the order made: a run that fails closes them, so its goroutines end. */
    private final List<Chan<Integer>> made = new ArrayList<>();

    private Chan<Integer> make(Model m, int cap) {
        Chan<Integer> c = m.make(cap);
        made.add(c);
        return c;
    }

    /**
     * A run that failed (a timeout, an assertion) would otherwise leave its producers, selectors and
     * ticker running, and they would slow every later test of the fork to a timeout too. Closing ch
     * before tick ends each of them: producers and senders catch the panic, receivers see !ok.
     */
    @AfterEach
    void closeWhatIsOpen() {
        for (Chan<Integer> c : made) {
            try {
                c.close();
            } catch (GoPanic alreadyClosed) {
                // the run closed it
            }
        }
    }

    @ParameterizedTest(name = "{0} cap {1} close {2}")
    @CsvSource({"HCHAN,0,false", "HCHAN,16,true", "SEGMENT,0,true", "SEGMENT,16,false"})
    @DisplayName("CH-I6 Q: with interrupts and a racing close, is any value lost or duplicated? no")
    void eightByEightLosesAndDuplicatesNothing(Model m, int cap, boolean closeEarly) {
        int total = 1_000_000 * GoAwait.stressScale();
        int per = total / P;
        Chan<Integer> ch = make(m, cap);
        AtomicIntegerArray sent = new AtomicIntegerArray(total);     // 1 = send returned normally
        AtomicIntegerArray got = new AtomicIntegerArray(total);      // receive count per value
        AtomicLong interrupts = new AtomicLong();
        List<Goroutine> producers = new ArrayList<>();
        for (int p = 0; p < P; p++) {
            int base = p * per;
            producers.add(Go.go(() -> {
                for (int i = 0; i < per; i++) {
                    try {
                        ch.send(base + i);
                        sent.set(base + i, 1);
                    } catch (Interrupted e) {
                        Go.interrupted();                          // not sent; go on with the next one
                        interrupts.incrementAndGet();
                    } catch (GoPanic closed) {
                        return;                                        // send on closed channel
                    }
                }
            }));
        }
        List<Goroutine> consumers = new ArrayList<>();
        for (int k = 0; k < C; k++) {
            consumers.add(Go.go(() -> {
                while (true) {
                    try {
                        Recv<Integer> r = ch.recvOk();
                        if (!r.ok()) return;
                        got.incrementAndGet(r.value());
                    } catch (Interrupted e) {
                        Go.interrupted();
                        interrupts.incrementAndGet();
                    }
                }
            }));
        }
        SplittableRandom rnd = new SplittableRandom(cap * 31L + m.ordinal());
        long closeAt = closeEarly ? rnd.nextLong(1, 200) : Long.MAX_VALUE;
        boolean closed = false;
        for (long tick = 0; producers.stream().anyMatch(g -> !g.isDone()); tick++) {
            Goroutine victim = rnd.nextBoolean() ? producers.get(rnd.nextInt(P)) : consumers.get(rnd.nextInt(C));
            victim.interrupt();
            if (tick == closeAt) {
                ch.close();
                closed = true;
            }
            Go.gosched();
            Thread.onSpinWait();
            if (tick % 64 == 0) GoAwait.until(() -> true);              // let the goroutines run
        }
        if (!closed) ch.close();
        consumers.forEach(GoAwait::done);
        int lost = 0;
        int dup = 0;
        int ghost = 0;
        for (int v = 0; v < total; v++) {
            int s = sent.get(v);
            int g = got.get(v);
            if (s == 1 && g == 0) lost++;
            if (g > 1) dup++;
            if (s == 0 && g > 0) ghost++;
        }
        System.out.printf("%s cap %d: %d values, %d interrupts, lost %d, duplicated %d, ghost %d%n",
                m, cap, total, interrupts.get(), lost, dup, ghost);
        assertThat(lost).isZero();
        assertThat(dup).isZero();
        assertThat(ghost).isZero();
    }

    @ParameterizedTest(name = "{0} cap {1}")
    @CsvSource({"HCHAN,0", "SEGMENT,0", "SEGMENT,16"})
    @DisplayName("CH-I6 Q: when most select receive cases on a channel are abandoned (a busy second case), is any value lost or duplicated? no")
    void abandonedSelectReceivesLoseAndDuplicateNothing(Model m, int cap) {
        int total = 200_000 * GoAwait.stressScale();
        int per = total / P;
        Chan<Integer> ch = make(m, cap);
        Chan<Integer> tick = make(m, 0);                          // the case that usually wins
        AtomicIntegerArray got = new AtomicIntegerArray(total);
        AtomicLong ticks = new AtomicLong();
        List<Goroutine> producers = new ArrayList<>();
        for (int p = 0; p < P; p++) {
            int base = p * per;
            producers.add(Go.go(() -> {
                try {
                    for (int i = 0; i < per; i++) ch.send(base + i);
                } catch (GoPanic closed) {
                    // the run failed and closeWhatIsOpen closed ch
                }
            }));
        }
        List<Goroutine> selectors = new ArrayList<>();
        for (int k = 0; k < C; k++) {
            selectors.add(Go.go(() -> {
                boolean[] open = {true};
                while (open[0]) {
                    Select.select(Select.recvOk(ch, (v, ok) -> {
                        if (ok) got.incrementAndGet(v);
                        else open[0] = false;
                    }), Select.recv(tick, v -> ticks.incrementAndGet()));
                }
            }));
        }
        shutDown(producers, ch, selectors, tick, ticker(tick));
        assertEachValueArrivedOnce(m + " cap " + cap + ", receives by select, " + ticks.get() + " ticks won", null, got);
    }

    @ParameterizedTest(name = "{0} cap {1}")
    @CsvSource({"HCHAN,0", "SEGMENT,0", "SEGMENT,16"})
    @DisplayName("CH-I6 Q: when most select send cases on a channel are abandoned (a busy second case), is any value lost or duplicated? no")
    void abandonedSelectSendsLoseAndDuplicateNothing(Model m, int cap) {
        int total = 200_000 * GoAwait.stressScale();
        int per = total / P;
        Chan<Integer> ch = make(m, cap);
        Chan<Integer> tick = make(m, 0);                          // the case that usually wins
        AtomicIntegerArray sent = new AtomicIntegerArray(total);
        AtomicIntegerArray got = new AtomicIntegerArray(total);
        AtomicLong ticks = new AtomicLong();
        List<Goroutine> senders = new ArrayList<>();
        for (int p = 0; p < P; p++) {
            int base = p * per;
            senders.add(Go.go(() -> {
                try {
                    for (int i = 0; i < per; ) {
                        int v = base + i;
                        if (Select.select(Select.send(ch, v, () -> sent.set(v, 1)), Select.recv(tick, t -> ticks.incrementAndGet())) == 0) i++;
                    }
                } catch (GoPanic closed) {
                    // the run failed and closeWhatIsOpen closed ch
                }
            }));
        }
        List<Goroutine> consumers = new ArrayList<>();
        for (int k = 0; k < C; k++) consumers.add(Go.go(() -> ch.forEach(got::incrementAndGet)));
        shutDown(senders, ch, consumers, tick, ticker(tick));
        assertEachValueArrivedOnce(m + " cap " + cap + ", sends by select, " + ticks.get() + " ticks won", sent, got);
    }

    /** Ends a run: the writers finish, ch is closed, its readers drain it, then the ticker stops. */
    private static void shutDown(List<Goroutine> writers, Chan<Integer> ch, List<Goroutine> readers,
                                 Chan<Integer> tick, Goroutine ticker) {
        writers.forEach(GoAwait::done);
        ch.close();
        readers.forEach(GoAwait::done);
        tick.close();
        GoAwait.done(ticker);
    }

    /** Every value was sent (all of them when {@code sent} is null) and received exactly once. */
    private static void assertEachValueArrivedOnce(String run, AtomicIntegerArray sent, AtomicIntegerArray got) {
        int lost = 0;
        int dup = 0;
        for (int v = 0; v < got.length(); v++) {
            if ((sent != null && sent.get(v) != 1) || got.get(v) == 0) lost++;
            if (got.get(v) > 1) dup++;
        }
        System.out.printf("%s: %d values, lost %d, duplicated %d%n", run, got.length(), lost, dup);
        assertThat(lost).isZero();
        assertThat(dup).isZero();
    }

    /** Sends on tick until it is closed, so that a select's case on tick is usually ready. */
    private static Goroutine ticker(Chan<Integer> tick) {
        return Go.go(() -> {
            try {
                while (true) tick.send(1);
            } catch (GoPanic closed) {
                // tick closed: the run is over
            }
        });
    }
}
