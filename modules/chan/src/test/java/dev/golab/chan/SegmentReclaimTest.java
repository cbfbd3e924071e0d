package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Go;
import java.lang.ref.WeakReference;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The segment model keeps no segment its pointers have passed: a long-lived channel's memory does
 * not grow with the number of operations. Go's hchan is a fixed ring, so a Go channel never grows
 * either. Regression: an unbuffered SegmentChannel's buffer-end pointer never moves (nothing is
 * ever buffered), and it held segment 0, so every segment ever made stayed reachable (about 6 B per
 * send: 100 MB after 16M sends).
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
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return first.get() == null;
        });
    }
}
