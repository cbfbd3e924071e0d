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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The segment model keeps no segment its pointers have passed: a long-lived channel's memory does
 * not grow with the number of operations. Go's hchan is a fixed ring, so a Go channel never grows
 * either. Regressions: the buffer-end pointer held segment 0, and it moved only when a receive
 * extended the buffer over a cell whose sender had already come. Unbuffered, it never moved; and a
 * buffered channel whose receives run ahead of its sends (a select loop that refills what it took)
 * never moved it either. Every segment ever made stayed reachable: about 6 B per operation, 100 MB
 * after 16M sends.
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

    @Test
    @DisplayName("a done channel in a select loop: its abandoned receive cases are skipped, not kept for a sender that never comes")
    void abandonedReceiveCasesOnADoneChannelAreSkipped() {
        SegmentChannel<Integer> work = new SegmentChannel<>(0);
        SegmentChannel<Boolean> done = new SegmentChannel<>(0);
        WeakReference<Segment> first = new WeakReference<>(done.sendSeg.get());
        int n = 10 * Segment.SIZE;
        AtomicInteger selects = new AtomicInteger();
        Goroutine loop = Go.go(() -> {                  // for { select { case <-work: case <-done: } }
            for (int i = 0; i < n; i++) {
                selects.incrementAndGet();
                Select.select(Select.recv(work), Select.recv(done));
            }
        });
        for (int i = 1; i <= n; i++) {
            int started = i;
            GoAwait.until(() -> selects.get() == started);
            GoAwait.blocked(loop, WaitReason.SELECT);    // both cases registered: the done case burns a cell
            work.send(i);                               // the work case wins; the done case is abandoned
        }
        GoAwait.done(loop);
        assertThat(done.senders.get()).as("the senders counter jumped over every abandoned case").isEqualTo(n);
        awaitCollected(first);
    }

    @Test
    @DisplayName("a channel only losing select send cases reach: the abandoned cases are skipped by the receivers counter")
    void abandonedSendCasesOnAnUnbufferedChannelAreSkipped() {
        SegmentChannel<Integer> work = new SegmentChannel<>(0);
        SegmentChannel<Integer> out = new SegmentChannel<>(0);
        WeakReference<Segment> first = new WeakReference<>(out.recvSeg.get());
        int n = 10 * Segment.SIZE;
        AtomicInteger selects = new AtomicInteger();
        Goroutine loop = Go.go(() -> {                  // for { select { case out <- i: case <-work: } }
            for (int i = 0; i < n; i++) {
                selects.incrementAndGet();
                Select.select(Select.send(out, i), Select.recv(work));
            }
        });
        for (int i = 1; i <= n; i++) {
            int started = i;
            GoAwait.until(() -> selects.get() == started);
            GoAwait.blocked(loop, WaitReason.SELECT);    // both cases registered: the send case burns a cell of out
            work.send(i);                               // the work case wins; the send case is abandoned
        }
        GoAwait.done(loop);
        assertThat(out.receivers.get()).as("the receivers counter jumped over every abandoned case").isEqualTo(n);
        awaitCollected(first);
    }

    private static void awaitCollected(WeakReference<Segment> ref) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return ref.get() == null;
        });
    }
}
