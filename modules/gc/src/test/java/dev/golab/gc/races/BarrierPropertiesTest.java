package dev.golab.gc.races;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.Invariants;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.barrier.DijkstraBarrier;
import dev.golab.gc.barrier.YuasaBarrier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random mutator/collector interleavings over random graphs, seeded (Interleaving). */
@DisplayName("RT-01.03 Q: can any interleaving of pointer writes during concurrent mark free a reachable object?")
class BarrierPropertiesTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);
    static final int PROGRAMS = 1500 * SCALE;

    @ParameterizedTest(name = "{0}: no reachable object is ever freed")
    @ValueSource(strings = {"dijkstra", "yuasa", "hybrid", "hybridUnconditional"})
    @DisplayName("RT-01.03 Q: with Dijkstra (+rescan), Yuasa (+snapshot) or the hybrid barrier, is an object ever lost?")
    void correctBarriersNeverFreeAReachableObject(String key) {
        Barrier b = Barrier.byKey(key);
        SplittableRandom seeds = new SplittableRandom(20261127L);
        int hazardous = 0;
        for (int i = 0; i < PROGRAMS; i++) {
            Interleaving.Program p = Interleaving.random(seeds.nextLong(), 4 + i % 8, 10 + i % 40);
            Interleaving.Result r = Interleaving.run(p, b);
            assertThat(r.lost()).as(() -> key + " lost an object in\n" + p.toGo()).isEmpty();
            assertThat(r.dangling()).as(() -> key + " freed a reachable object in\n" + p.toGo()).isEmpty();
            if (Interleaving.run(p, Barrier.NONE).failed()) hazardous++;
        }
        assertThat(hazardous).as("programs that lose an object without a barrier (the property is not vacuous)")
                .isGreaterThanOrEqualTo(PROGRAMS / 200);
    }

    @Test
    @DisplayName("RT-01.04 Q: without a barrier, what is the smallest program that loses an object?")
    void noBarrierCounterexampleIsFoundAndShrunkToAFewGoStatements() {
        SplittableRandom seeds = new SplittableRandom(7);
        Interleaving.Program failing = null;
        int tried = 0;
        while (failing == null && tried < PROGRAMS) {
            Interleaving.Program p = Interleaving.random(seeds.nextLong(), 6, 30);
            tried++;
            if (Interleaving.run(p, Barrier.NONE).failed()) failing = p;
        }
        assertThat(failing).as("a counterexample within %d random programs", PROGRAMS).isNotNull();
        Interleaving.Program small = Interleaving.shrink(failing, Barrier.NONE);
        System.out.println("NoBarrier counterexample after " + tried + " programs, shrunk from "
                + (failing.setup().size() + failing.steps().size()) + " to " + (small.setup().size() + small.steps().size())
                + " statements:\n" + small.toGo());
        assertThat(Interleaving.run(small, Barrier.NONE).failed()).isTrue();
        assertThat(Interleaving.run(small, Barrier.NONE).dangling()).as("the lost object was freed while reachable").isNotEmpty();
        assertThat(small.steps().size()).isLessThanOrEqualTo(6).isLessThan(failing.steps().size());
        // minimal: removing any single statement makes it pass
        for (int i = 0; i < small.steps().size(); i++) {
            List<Interleaving.Op> cut = new ArrayList<>(small.steps());
            cut.remove(i);
            assertThat(Interleaving.run(new Interleaving.Program(small.objects(), small.setup(), cut), Barrier.NONE).failed()).isFalse();
        }
        // and every correct barrier keeps the object alive in exactly this program
        for (Barrier b : List.of(Barrier.DIJKSTRA, Barrier.YUASA, Barrier.HYBRID)) {
            assertThat(Interleaving.run(small, b).failed()).as(b.key()).isFalse();
        }
    }

    @Test
    @DisplayName("RT-01.03 Q: do the unsafe variants (Dijkstra without rescan, Yuasa without snapshot) lose objects too?")
    void unsafeVariantsAreCaughtByTheSameProperty() {
        for (Barrier b : List.of(DijkstraBarrier.withoutRescan(), YuasaBarrier.withoutSnapshot())) {
            SplittableRandom seeds = new SplittableRandom(11);
            boolean found = false;
            for (int i = 0; i < PROGRAMS && !found; i++) found = Interleaving.run(Interleaving.random(seeds.nextLong(), 6, 30), b).failed();
            assertThat(found).as(b.key() + " counterexample").isTrue();
        }
    }

    @Test
    @DisplayName("RT-01.03 Q: does the hybrid barrier keep the weak invariant after every single step?")
    void hybridKeepsTheWeakInvariantAtEveryStep() {
        SplittableRandom seeds = new SplittableRandom(3);
        for (int i = 0; i < 200 * SCALE; i++) {
            Interleaving.Program p = Interleaving.random(seeds.nextLong(), 6, 25);
            assertThat(Interleaving.runChecked(p, Barrier.HYBRID, Invariants.Kind.WEAK)).as(p::toGo).isNull();
            assertThat(Interleaving.runChecked(p, Barrier.DIJKSTRA, Invariants.Kind.STRONG)).as(p::toGo).satisfiesAnyOf(
                    v -> assertThat(v).isNull(), v -> assertThat(v).contains("stack"));   // Dijkstra: heap-strong only
        }
    }
}
