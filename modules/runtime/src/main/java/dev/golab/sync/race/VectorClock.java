package dev.golab.sync.race;

/*
 * Go behaviour:    the race detector (ThreadSanitizer v2 under `go build -race`) orders events with
 *                  vector clocks: one logical clock per goroutine; sync operations join clocks.
 * Model:           an immutable map goroutine id -> logical time. join = pointwise max;
 *                  happensBefore(a, b) iff a <= b pointwise (and a != b).
 * Invariants:      VCK-I1 values never decrease along a goroutine's history. VCK-I2 join is commutative,
 *                  associative, idempotent.
 * Differs from Go: TSan stores compressed clocks and epochs; this is the textbook form.
 * See:             RaceDetectorAnswersTest.
 */
import java.util.Map;
import java.util.TreeMap;

public record VectorClock(Map<Long, Long> times) {
    public static final VectorClock ZERO = new VectorClock(Map.of());

    public VectorClock {
        times = Map.copyOf(times);
    }

    public long get(long goroutine) {
        return times.getOrDefault(goroutine, 0L);
    }

    /** This clock with goroutine g's component advanced by one (a new event of g). */
    public VectorClock tick(long g) {
        TreeMap<Long, Long> t = new TreeMap<>(times);
        t.merge(g, 1L, Long::sum);
        return new VectorClock(t);
    }

    /** Pointwise max: what an acquire learns from a release. */
    public VectorClock join(VectorClock o) {
        TreeMap<Long, Long> t = new TreeMap<>(times);
        o.times.forEach((g, v) -> t.merge(g, v, Math::max));
        return new VectorClock(t);
    }

    /** this <= o pointwise: every event this clock has seen, o has seen too. */
    public boolean leq(VectorClock o) {
        for (Map.Entry<Long, Long> e : times.entrySet()) {
            if (e.getValue() > o.get(e.getKey())) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return new TreeMap<>(times).toString();
    }
}
