package dev.golab.chan;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ports of Go's own tests (runtime/chan_test.go, Go 1.23), names kept so readers can diff; each
 * runs against both models. time.Sleep orderings in the originals become waits on wait reasons.
 */
@ExtendWith(RecordCrashes.class)
class SelectGoPortTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    @DisplayName("TestSelectFairness: two always-ready buffered channels plus two never-ready ones; within 4σ of 50/50 (Go's bound)")
    void testSelectFairness(Model m) {
        final int trials = 10_000;
        Chan<Byte> c1 = m.make(trials + 1);
        Chan<Byte> c2 = m.make(trials + 1);
        for (int i = 0; i < trials + 1; i++) {
            c1.send((byte) 1);
            c2.send((byte) 2);
        }
        Chan<Byte> c3 = m.make(0);
        Chan<Byte> c4 = m.make(0);
        Chan<Byte> out = m.make(0);
        Chan<Byte> done = m.make(0);
        Go.go(() -> {
            while (true) {
                byte[] b = new byte[1];
                Select.select(Select.recv(c3, v -> b[0] = v), Select.recv(c4, v -> b[0] = v),
                        Select.recv(c1, v -> b[0] = v), Select.recv(c2, v -> b[0] = v));
                if (Select.select(Select.send(out, b[0]), Select.recv(done)) == 1) return;
            }
        });
        int cnt1 = 0;
        int cnt2 = 0;
        for (int i = 0; i < trials; i++) {
            byte b = out.recv();
            if (b == 1) cnt1++;
            else if (b == 2) cnt2++;
            else throw new AssertionError("unexpected value " + b + " on channel");
        }
        double r = (double) cnt1 / trials;
        double e = Math.abs(r - 0.5);
        assertThat(e).as("unfair select: in %d trials, results were %d, %d", trials, cnt1, cnt2)
                .isLessThanOrEqualTo(4 * Math.sqrt(0.25 / trials));
        done.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    @DisplayName("TestSelectDuplicateChannel: a G queued twice on one channel, woken elsewhere, must not corrupt recvq")
    void testSelectDuplicateChannel(Model m) {
        Chan<Integer> c = m.make(0);
        Chan<Integer> d = m.make(0);
        Chan<Integer> e = m.make(0);
        Goroutine a = Go.go(() -> {                                   // goroutine A
            Select.select(Select.recv(c), Select.recv(c), Select.recv(d));
            e.send(9);
        });
        GoAwait.blocked(a, WaitReason.SELECT);                    // A is queued first on c
        AtomicInteger bGot = new AtomicInteger();
        Goroutine b = Go.go(() -> bGot.set(c.recv()));                // goroutine B
        GoAwait.blocked(b, WaitReason.CHAN_RECEIVE);
        d.send(7);                                                    // wake A; it dequeues itself from c
        e.recv();                                                     // A is done
        c.send(8);                                                    // must wake B, not the finished A
        GoAwait.done(b);
        assertThat(bGot.get()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    @DisplayName("TestMultiConsumer: 23 workers ranging over one channel lose and duplicate nothing (count and sum)")
    void testMultiConsumer(Model m) {
        final int nwork = 23;
        final int niter = 27_182 * GoAwait.stressScale();
        int[] pn = {2, 3, 7, 11, 13, 17, 19, 23, 27, 31};
        Chan<Integer> q = m.make(nwork * 3);
        Chan<Integer> r = m.make(nwork * 3);
        AtomicInteger running = new AtomicInteger(nwork);
        for (int i = 0; i < nwork; i++) {
            int w = i;
            Go.go(() -> {
                for (int v : q) {
                    if (pn[w % pn.length] == v) Go.gosched();            // mess with the fifo-ish nature of range
                    r.send(v);
                }
                if (running.decrementAndGet() == 0) r.close();         // wg.Wait(); close(r)
            });
        }
        AtomicLong expect = new AtomicLong();
        Go.go(() -> {                                                 // feeder
            for (int i = 0; i < niter; i++) {
                int v = pn[i % pn.length];
                expect.addAndGet(v);
                q.send(v);
            }
            q.close();
        });
        long n = 0;
        long s = 0;
        for (int v : r) {
            n++;
            s += v;
        }
        assertThat(n).isEqualTo(niter);
        assertThat(s).isEqualTo(expect.get());
    }
}
