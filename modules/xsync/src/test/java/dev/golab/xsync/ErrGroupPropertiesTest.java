package dev.golab.xsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.DisplayName;

/**
 * CONC-07.04 as a repeated (stat) check: for seeded limits and task counts, the number of active
 * goroutines never exceeds the limit, and with enough slow tasks it reaches it.
 */
class ErrGroupPropertiesTest {
    static Stream<Long> seeds() {
        int n = 25 * Integer.getInteger("golab.stress.scale", 1);
        return IntStream.range(0, n).mapToObj(i -> 9000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CONC-07.04 Q: over many runs, does SetLimit(n) ever let more than n run at once? (never)")
    void activeGoroutinesNeverExceedTheLimit(long seed) {
        Random rnd = new Random(seed);
        int limit = 1 + rnd.nextInt(6);
        int tasks = limit + rnd.nextInt(40);
        ErrGroup g = new ErrGroup();
        g.setLimit(limit);
        AtomicInteger active = new AtomicInteger(), peak = new AtomicInteger();
        for (int i = 0; i < tasks; i++) {
            int spin = 2_000 + rnd.nextInt(20_000);
            g.go(() -> {
                peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                for (int s = 0; s < spin; s++) Thread.onSpinWait();
                active.decrementAndGet();
                return null;
            });
        }
        assertThat(g.await()).isNull();
        assertThat(peak.get()).as("g.SetLimit(%d) with %d tasks", limit, tasks).isBetween(1, limit);
    }
}
