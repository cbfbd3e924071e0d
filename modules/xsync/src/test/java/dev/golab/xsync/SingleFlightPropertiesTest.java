package dev.golab.xsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Go;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bounded stress (seeded sizes): N goroutines call Do on a few keys at once. Checked against the
 * reference rules of singleflight.go: (SF-I1) never two executions of one key at the same time; every
 * caller's value names the execution it got; (SF-I2) an execution's callers all see shared == (more
 * than one caller got it).
 */
class SingleFlightPropertiesTest {
    record Seen(String key, int execution, boolean shared) {}

    static Stream<Long> seeds() {
        int n = 30 * Integer.getInteger("golab.stress.scale", 1);
        return IntStream.range(0, n).mapToObj(i -> 4242L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CONC-11.01/02 Q: under concurrent same-key callers, is fn ever run twice at once, and is shared consistent?")
    void neverTwoExecutionsPerKeyAtOnceAndSharedMatchesTheGroupSize(long seed) throws InterruptedException {
        Random rnd = new Random(seed);
        int callers = 8 + rnd.nextInt(120);
        int keys = 1 + rnd.nextInt(3);
        SingleFlight<Integer> g = new SingleFlight<>();
        AtomicInteger executions = new AtomicInteger();
        Map<String, AtomicInteger> running = new HashMap<>();
        for (int k = 0; k < keys; k++) running.put("k" + k, new AtomicInteger());
        AtomicInteger overlaps = new AtomicInteger();
        List<Seen> seen = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(callers);
        for (int i = 0; i < callers; i++) {
            String key = "k" + rnd.nextInt(keys);
            int spin = rnd.nextInt(2000);
            Go.go(() -> {
                try {
                    start.await();
                    SingleFlight.Result<Integer> r = g.execute(key, () -> {
                        if (running.get(key).incrementAndGet() > 1) overlaps.incrementAndGet();
                        for (int s = 0; s < spin; s++) Thread.onSpinWait();
                        running.get(key).decrementAndGet();
                        return executions.incrementAndGet();
                    });
                    seen.add(new Seen(key, r.value(), r.shared()));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    finished.countDown();
                }
            });
        }
        start.countDown();
        finished.await();
        assertThat(overlaps.get()).as("executions of one key that overlapped").isZero();
        Map<Integer, Long> groupSize = new HashMap<>();
        for (Seen s : seen) groupSize.merge(s.execution, 1L, Long::sum);
        assertThat(groupSize.keySet()).hasSize(executions.get());         // every execution reached a caller
        for (Seen s : seen) assertThat(s.shared).as("shared for execution %d", s.execution).isEqualTo(groupSize.get(s.execution) > 1);
        assertThat(seen).hasSize(callers);
    }
}
