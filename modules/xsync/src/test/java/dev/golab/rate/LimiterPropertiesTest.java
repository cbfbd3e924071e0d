package dev.golab.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CONC-12.05: over any request schedule, the events granted in any window [s, e] are at most
 * burst + r·(e − s). Seeded schedules of AllowN / ReserveN(+Cancel) calls; a failure prints the
 * schedule as Go calls.
 */
class LimiterPropertiesTest {
    record Grant(long atNanos, int n) {}

    static Stream<Long> seeds() {
        int n = 200 * Integer.getInteger("golab.stress.scale", 1);
        return IntStream.range(0, n).mapToObj(i -> 777L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CONC-12.05 Q: over any interval t, how many events can a limiter grant? (at most r·t + b)")
    void grantedEventsInAnyWindowAreAtMostBurstPlusRateTimesLength(long seed) {
        Random rnd = new Random(seed);
        double r = 0.5 + rnd.nextInt(40) / 2.0;
        int b = 1 + rnd.nextInt(8);
        VirtualClock clock = new VirtualClock();
        Limiter lim = new Limiter(r, b, clock);
        Instant t0 = clock.now();
        List<Grant> grants = new ArrayList<>();
        StringBuilder go = new StringBuilder("lim := rate.NewLimiter(" + r + ", " + b + ")\n");
        for (int step = 0; step < 120; step++) {
            clock.advance(Duration.ofMillis(rnd.nextInt(400)));
            long at = Limiter.sub(clock.now(), t0);
            int n = 1 + rnd.nextInt(Math.min(b, 3));
            if (rnd.nextInt(4) == 0) {
                Reservation res = lim.reserveN(clock.now(), n);
                boolean cancel = rnd.nextBoolean();
                go.append("r := lim.ReserveN(t0+").append(at / 1_000_000).append("ms, ").append(n).append(")")
                        .append(cancel ? "; r.Cancel()\n" : "\n");
                if (cancel) res.cancel();
                else if (res.ok()) grants.add(new Grant(Limiter.sub(res.timeToAct(), t0), n));   // acts at timeToAct
            } else {
                boolean ok = lim.allowN(clock.now(), n);
                go.append("lim.AllowN(t0+").append(at / 1_000_000).append("ms, ").append(n).append(") // ").append(ok).append('\n');
                if (ok) grants.add(new Grant(at, n));
            }
        }
        grants.sort((x, y) -> Long.compare(x.atNanos, y.atNanos));
        for (int i = 0; i < grants.size(); i++) {
            int sum = 0;
            for (int j = i; j < grants.size(); j++) {
                sum += grants.get(j).n;
                double window = (grants.get(j).atNanos - grants.get(i).atNanos) / 1e9;
                if (sum > b + r * window + 1e-6) {
                    assertThat((double) sum).as("window [%d, %d]\n%s", i, j, go).isLessThanOrEqualTo(b + r * window + 1e-6);
                }
            }
        }
    }
}
