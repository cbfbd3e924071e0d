package dev.golab.gc.pacer;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pacer properties over random inputs (QuickTheories, pinned seed). */
@DisplayName("RT-01.06 / RT-01.07 Q: do the pacer's goals and triggers behave monotonically and within bounds?")
class PacerPropertiesTest {
    static final long SEED = Long.getLong("QT_SEED", 20261127L);
    static final long MAXB = 1L << 40;

    @Test
    @DisplayName("RT-01.06 Q: is the heap goal monotone in GOGC (and never below the 4 MiB x GOGC/100 minimum)?")
    void goalIsMonotoneInGogc() {
        qt().withFixedSeed(SEED).forAll(longs().between(0, MAXB), longs().between(0, 1L << 31),
                        integers().between(0, 5000), integers().between(0, 5000))
                .check((m, roots, a, b) -> {
                    long s = roots / 3, g = roots - s;                        // stacks and globals
                    int lo = Math.min(a, b), hi = Math.max(a, b);
                    long gl = Pacer.heapGoal(m, s, g, lo), gh = Pacer.heapGoal(m, s, g, hi);
                    return gl <= gh && gl >= Pacer.heapMinimum(lo) && gl >= m && Pacer.heapGoal(m, s, g, -1) >= gh;
                });
    }

    @Test
    @DisplayName("RT-01.07 Q: does the memory-limit goal stay at or below limit - non-heap - headroom (unless heapMarked is above it)?")
    void memoryLimitGoalNeverAboveLimitMinusHeadroom() {
        qt().withFixedSeed(SEED).forAll(longs().between(1L << 20, MAXB), longs().between(0, MAXB), longs().between(0, MAXB))
                .check((limit, nonHeap, marked) -> {
                    long goal = Pacer.memoryLimitGoal(limit, nonHeap, marked);
                    if (goal == marked) return true;                          // never below heapMarked
                    long room = limit - nonHeap;
                    long headroom = Math.max(room / 100 * 3, Pacer.MIN_HEADROOM);
                    return goal <= Math.max(room - headroom, headroom) && goal > marked && goal <= limit - nonHeap;
                });
    }

    @Test
    @DisplayName("RT-01.06 Q: is the trigger always between its 45/64 and 61/64 (or goal - 4 MiB) bounds and at most the goal?")
    void triggerStaysWithinItsBounds() {
        qt().withFixedSeed(SEED).forAll(longs().between(0, MAXB), longs().between(0, MAXB), longs().between(0, MAXB))
                .check((marked, extra, runway) -> {
                    long goal = marked + extra;
                    Pacer.Trigger t = Pacer.trigger(marked, goal, runway, 0);
                    return t.min() <= t.trigger() && t.trigger() <= t.max() && t.max() <= goal && t.min() >= marked;
                });
    }

    @Test
    @DisplayName("RT-01.07 Q: does a lower memory limit never raise the effective goal?")
    void effectiveGoalIsMonotoneInTheLimit() {
        qt().withFixedSeed(SEED).forAll(longs().between(0, 1L << 32), longs().between(1L << 20, MAXB), longs().between(1L << 20, MAXB),
                        integers().between(-1, 1000))
                .check((marked, l1, l2, gogc) -> Pacer.effectiveGoal(marked, 0, 0, gogc, Math.min(l1, l2), 0)
                        <= Pacer.effectiveGoal(marked, 0, 0, gogc, Math.max(l1, l2), 0));
    }
}
