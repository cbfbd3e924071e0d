package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.testkit.GoAwait;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The segment model keeps no segment its pointers have passed: a long-lived channel's memory does
 * not grow with the number of operations. Go's hchan is a fixed ring, so a Go channel never grows
 * either. Regressions: the buffer-end pointer held segment 0, and it moved only when a receive
 * extended the buffer over a cell whose sender had already come. Unbuffered, it never moved; and a
 * buffered channel whose receives run ahead of its sends (a select loop that refills what it took)
 * never moved it either. Every segment ever made stayed reachable: about 6 B per operation, 100 MB
 * after 16M sends. And a channel that only losing select cases reach (a done channel) kept every cell
 * they burnt for a sender (or receiver) that never comes, until SegmentSkip let that side's counter
 * jump over them.
 */
@DisplayName("chan.Segment: passed segments are garbage, so memory does not grow with the operation count")
class SegmentReclaimTest {

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {0, 1, 40})
    @DisplayName("after 10 segments' worth of hand-offs, the first segment is collectable")
    void firstSegmentIsCollectedOncePointersMovedPast(int cap) {
        SegmentChannel<Integer> c = new SegmentChannel<>(cap);
        WeakReference<Segment> first = new WeakReference<>(c.sendSeg.get());
        int n = 10 * Segment.SIZE;
        Chan<Boolean> inOrder = new HchanChannel<>(0);
        Go.go(() -> {
            boolean ok = true;
            for (int i = 0; i < n; i++) ok &= c.recv() == i;
            inOrder.send(ok);
        });
        for (int i = 0; i < n; i++) c.send(i);
        assertThat(inOrder.recv()).as("every value arrived, in order").isTrue();
        assertThat(c.sendSeg.get().id).as("the pointers moved past segment 0").isGreaterThan(0);
        awaitCollected(first);
    }

    @ParameterizedTest(name = "cap {0}")
    @ValueSource(ints = {1, 40})
    @DisplayName("receives that run ahead of sends (send, then receive, on one goroutine) still free the buffer end's segment")
    void bufferEndPointerFollowsWhenNoSenderIsBehind(int cap) {
        SegmentChannel<Integer> c = new SegmentChannel<>(cap);
        // the segment where the buffer end starts: cell cap, the first one a receive extends the buffer to
        WeakReference<Segment> first = new WeakReference<>(Segment.find(c.sendSeg.get(), cap / Segment.SIZE));
        boolean inOrder = true;
        for (int i = 0; i < 10 * Segment.SIZE; i++) {   // each receive extends the buffer past every sender
            c.send(i);
            inOrder &= c.recv() == i;
        }
        assertThat(inOrder).isTrue();
        assertThat(c.len()).isZero();
        awaitCollected(first);
    }

    @ParameterizedTest(name = "{0} cases")
    @ValueSource(strings = {"receive", "send"})
    @DisplayName("a select loop whose case on an unbuffered channel always loses (a done channel, an unread out channel): the other side's counter skips the abandoned cases")
    void abandonedCasesAreSkippedByTheOtherSidesCounter(String kind) {
        boolean send = kind.equals("send");
        SegmentChannel<Integer> work = new SegmentChannel<>(0);
        SegmentChannel<Integer> idle = new SegmentChannel<>(0);       // only the losing case reaches it
        WeakReference<Segment> first = new WeakReference<>((send ? idle.recvSeg : idle.sendSeg).get());
        int n = 10 * Segment.SIZE;
        AtomicInteger selects = new AtomicInteger();
        Goroutine loop = Go.go(() -> {                  // for { select { case <-idle (idle <- i): case <-work: } }
            for (int i = 0; i < n; i++) {
                selects.incrementAndGet();
                Select.select(send ? Select.send(idle, i) : Select.recv(idle), Select.recv(work));
            }
        });
        for (int i = 1; i <= n; i++) {
            int started = i;
            GoAwait.until(() -> selects.get() == started);
            GoAwait.blocked(loop, WaitReason.SELECT);    // both cases registered: the idle case burns a cell
            work.send(i);                               // the work case wins; the idle case is abandoned
        }
        GoAwait.done(loop);
        PaddedCounter otherSide = send ? idle.receivers : idle.senders;
        assertThat(otherSide.get()).as("the other side's counter jumped over every abandoned case").isEqualTo(n);
        awaitCollected(first);
    }

    private static void awaitCollected(WeakReference<Segment> ref) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return ref.get() == null;
        });
    }
}
