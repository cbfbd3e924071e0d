package dev.golab.xsync.patterns;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.runtime.Go;
import dev.golab.sync.WaitGroup;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@dev.golab.testkit.GoLeakCheck
@DisplayName("AI-05 Q: how do you serve ML model inference in Go (request batching over channels, a shared session)?")
class InferenceBatchingAnswersTest {
    static final Duration PERIOD = Duration.ofMillis(10);
    static final Function<List<Integer>, List<String>> MODEL = xs -> xs.stream().map(x -> "y" + (x * x + 1)).toList();

    final VirtualClock clock = new VirtualClock();
    final CancelContext ctx = Context.withCancel(Context.background());
    final InferenceSession<Integer, String> session = new InferenceSession<>(MODEL);
    final List<InferenceBatcher<Integer, String>> started = new ArrayList<>();

    InferenceBatcher<Integer, String> batcher(int batchSize, InferenceSession<Integer, String> s) {
        List<InferenceBatcher<Integer, String>> made = new ArrayList<>();
        Clock.runWith(clock, () -> made.add(new InferenceBatcher<>(ctx, batchSize, PERIOD, s)));   // its ticker reads the virtual clock
        started.addAll(made);
        return made.getFirst();
    }

    @AfterEach
    void stopWorkers() {
        ctx.cancel();                                                      // the seed's worker never ends; ours does
        started.forEach(b -> b.stopped().recvOk());
    }

    static List<Chan<String>> submitAll(InferenceBatcher<Integer, String> b, List<Integer> xs) {
        List<Chan<String>> replies = new ArrayList<>();
        for (int x : xs) replies.add(b.submit(x));
        return replies;
    }

    @Test
    @DisplayName("AI-05.01 a batch is flushed as soon as it reaches batchSize, without waiting for the ticker (PAT-I3)")
    void aFullBatchIsFlushedWithoutATick() {
        InferenceBatcher<Integer, String> b = batcher(3, session);
        List<Chan<String>> replies = submitAll(b, List.of(1, 2, 3));
        assertThat(replies.stream().map(Chan::recv).toList()).containsExactly("y2", "y5", "y10");
        assertThat(session.runs()).isEqualTo(1);
        assertThat(b.ticks()).isZero();                                    // the clock never moved
    }

    @Test
    @DisplayName("AI-05.02 a partial batch is flushed on the next tick, so it waits at most one period (PAT-I4)")
    void aPartialBatchIsFlushedOnTheNextTick() {
        InferenceBatcher<Integer, String> b = batcher(4, session);
        Instant submitted = clock.now();
        List<Chan<String>> replies = submitAll(b, List.of(5, 6));
        await().until(() -> b.held() == 2);
        assertThat(session.runs()).isZero();                               // not full, no tick yet
        clock.advance(PERIOD);
        assertThat(replies.stream().map(Chan::recv).toList()).containsExactly("y26", "y37");
        assertThat(session.runs()).isEqualTo(1);
        assertThat(Duration.between(submitted, clock.now())).isLessThanOrEqualTo(PERIOD);
    }

    @Test
    @DisplayName("AI-05.03 a tick with an empty batch flushes nothing and makes no inference call")
    void anEmptyTickMakesNoInferenceCall() {
        InferenceBatcher<Integer, String> b = batcher(4, session);
        for (int tick = 1; tick <= 3; tick++) {
            clock.advance(PERIOD);
            int expected = tick;
            await().until(() -> b.ticks() == expected);                    // the worker has handled this tick
        }
        assertThat(session.runs()).isZero();
    }

    @Test
    @DisplayName("AI-05.04 each request gets its own result on its own reply channel, for any batch split and interleaving (PAT-I5)")
    void everyRequestGetsItsOwnResult() {
        qt().withFixedSeed(405L).withExamples(60)
                .forAll(integers().between(1, 24), integers().between(1, 5), integers().between(1, 4))
                .checkAssert((n, batchSize, senders) -> {
                    InferenceSession<Integer, String> s = new InferenceSession<>(MODEL);
                    InferenceBatcher<Integer, String> b = batcher(batchSize, s);
                    List<Chan<String>> replies = new ArrayList<>();
                    for (int i = 0; i < n; i++) replies.add(null);
                    WaitGroup wg = new WaitGroup();
                    for (int g = 0; g < senders; g++) {
                        int first = g;
                        wg.add(1);
                        Go.go(() -> {                                     // senders interleave freely
                            try {
                                for (int i = first; i < n; i += senders) {
                                    Chan<String> r = b.submit(i);
                                    synchronized (replies) { replies.set(i, r); }
                                }
                            } finally {
                                wg.done();
                            }
                        });
                    }
                    wg.await();
                    await().until(() -> b.accepted() == n);
                    clock.advance(PERIOD);                                 // flush the remainder, if any
                    for (int i = 0; i < n; i++) assertThat(replies.get(i).recv()).isEqualTo("y" + (i * i + 1));
                    assertThat(s.runs()).isEqualTo(n / batchSize + (n % batchSize == 0 ? 0 : 1));
                });
    }

    @Test
    @DisplayName("AI-05.05 with the session shared, its mutex lets only one Run happen at a time (PAT-I1)")
    void aSharedSessionRunsOneInferenceAtATime() {
        InferenceSession<Integer, String> shared = new InferenceSession<>(xs -> {
            Go.gosched();                                                  // widen the window a second Run could use
            return MODEL.apply(xs);
        });
        List<InferenceBatcher<Integer, String>> batchers = List.of(batcher(1, shared), batcher(1, shared), batcher(1, shared), batcher(1, shared));
        int perBatcher = 200;
        WaitGroup wg = new WaitGroup();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (InferenceBatcher<Integer, String> b : batchers) {
            wg.add(1);
            Go.go(() -> {
                try {
                    for (int i = 0; i < perBatcher; i++) if (!b.predict(i).equals("y" + (i * i + 1))) wrong.incrementAndGet();
                } finally {
                    wg.done();
                }
            });
        }
        wg.await();
        assertThat(wrong.get()).isZero();
        assertThat(shared.runs()).isEqualTo(batchers.size() * perBatcher);
        assertThat(shared.peakConcurrency()).isEqualTo(1);
    }
}
