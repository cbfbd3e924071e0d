package dev.golab.chan;

import dev.golab.testkit.GoAwait;
import dev.golab.testkit.RecordCrashes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RT-04, the channel part of Go's memory model: which channel events happen before which. Data is
 * written to plain (non-volatile) fields; the channel operation alone must publish it.
 */
@ExtendWith(RecordCrashes.class)
class HappensBeforeAnswersTest {

    @Test
    @DisplayName("RT-04.02 Q: does a send happen before its receive completes? yes: data written before the send is visible after")
    void sendHappensBeforeReceive() {
        for (int round = 0; round < 200; round++) {
            int[] data = new int[1];                          // plain, unsynchronised field
            Chan<Void> c = Chan.make(1);
            Go.go(() -> {
                data[0] = 42;
                c.send(null);
            });
            c.recv();
            assertThat(data[0]).isEqualTo(42);
        }
    }

    @Test
    @DisplayName("RT-04.03 Q: close happens before a receive that returns because of it? yes: x = 1; close(done) ⇒ reader sees 1")
    void closeHappensBeforeZeroReceive() {
        for (int round = 0; round < 200; round++) {
            int[] x = new int[1];
            Chan<Void> done = Chan.make();
            Go.go(() -> {
                x[0] = 1;
                done.close();
            });
            assertThat(done.recvOk().ok()).isFalse();
            assertThat(x[0]).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("RT-04.A1 Q: unbuffered: which way does happens-before go? the receive happens before the send completes")
    void unbufferedReceiveHappensBeforeSendCompletes() {
        for (int round = 0; round < 200; round++) {
            int[] y = new int[1];
            Chan<Integer> c = Chan.make();
            Goroutine r = Go.go(() -> {
                y[0] = 7;                                     // written before the receive
                c.recv();
            });
            c.send(1);
            assertThat(y[0]).isEqualTo(7);                    // visible once the send completed
            GoAwait.done(r);
        }
    }

    @Test
    @DisplayName("RT-04.A2 Q: buffered cap C: the k-th receive happens before the (k+C)-th send completes")
    void kthReceiveHappensBeforeKPlusCthSend() {
        int cap = 3;
        Chan<Integer> c = Chan.make(cap);
        int[] marks = new int[20];
        AtomicInteger violations = new AtomicInteger();
        Goroutine r = Go.go(() -> {
            for (int k = 0; k < 20; k++) {
                marks[k] = 1;                                 // written before the k-th receive
                c.recv();
            }
        });
        for (int s = 0; s < 20; s++) {
            c.send(s);                                        // send number s completed
            int k = s - cap;                                  // its matching earlier receive
            if (k >= 0 && marks[k] != 1) violations.incrementAndGet();
        }
        GoAwait.done(r);
        assertThat(violations.get()).isZero();
    }
}
