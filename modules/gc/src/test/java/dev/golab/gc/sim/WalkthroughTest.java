package dev.golab.gc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.Heap;
import dev.golab.gc.Phase;
import dev.golab.gc.barrier.Barrier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The step-by-step run behind `golab gc --html`: deterministic, faithful to the collector, and showing the loss. */
@DisplayName("RT-01.03 Q: what does one seeded program look like, step by step, under each barrier?")
class WalkthroughTest {
    static final Barrier[] CORRECT = {Barrier.DIJKSTRA, Barrier.YUASA, Barrier.HYBRID};

    @Test
    @DisplayName("GC-WT1 Q: is the walkthrough a pure function of its seed?")
    void sameSeedGivesTheSameStepsAndAnotherSeedDoesNot() {
        var a = Walkthrough.run(Walkthrough.Config.of(3, Barrier.HYBRID));
        var b = Walkthrough.run(Walkthrough.Config.of(3, Barrier.HYBRID));
        var c = Walkthrough.run(Walkthrough.Config.of(4, Barrier.HYBRID));
        assertThat(a.steps()).isEqualTo(b.steps());
        assertThat(c.steps()).isNotEqualTo(a.steps());
    }

    @Test
    @DisplayName("RT-01.04 Q: with no barrier, does the default seed free an object the program still reaches?")
    void noBarrierLosesAnObjectAtMarkTerminationAndFreesItWhileReachable() {
        var r = Walkthrough.run(Walkthrough.Config.of(Walkthrough.DEFAULT_SEED, Barrier.NONE));
        assertThat(r.lost()).isNotEmpty();
        Walkthrough.Step lost = r.steps().get(r.lostStep());
        assertThat(lost.phase()).isEqualTo(Phase.MARK_TERMINATION);
        assertThat(lost.stw()).isTrue();
        assertThat(lost.note()).startsWith("LOST: o" + r.lost().get(0));
        assertThat(r.freedReachableStep()).isGreaterThan(r.lostStep());
        Walkthrough.Step freed = r.steps().get(r.freedReachableStep());
        assertThat(freed.freedReachable()).contains(r.lost().get(0));
        assertThat(freed.note()).startsWith("FREED WHILE REACHABLE");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    @DisplayName("GC-WT3 Q: does any correct barrier ever lose an object in the walkthrough?")
    void correctBarriersNeverLoseOrFreeAReachableObject(long seed) {
        for (Barrier b : CORRECT) {
            var r = Walkthrough.run(Walkthrough.Config.of(seed, b));
            assertThat(r.lost()).as(b.key()).isEmpty();
            assertThat(r.freedReachableStep()).as(b.key()).isEqualTo(-1);
            assertThat(r.cycles()).as("the run goes through several cycles").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    @DisplayName("RT-01.02 Q: does the walkthrough pass through every phase, STW exactly at the two terminations?")
    void everyPhaseAppearsAndOnlyTheTerminationsStopTheWorld() {
        var r = Walkthrough.run(Walkthrough.Config.of(Walkthrough.DEFAULT_SEED, Barrier.HYBRID));
        assertThat(r.steps()).extracting(Walkthrough.Step::phase)
                .contains(Phase.OFF, Phase.SWEEP_TERMINATION, Phase.MARK, Phase.MARK_TERMINATION, Phase.SWEEP);
        for (Walkthrough.Step s : r.steps()) assertThat(s.stw()).as(s.go()).isEqualTo(s.phase().stw);
        assertThat(r.steps()).filteredOn(s -> s.actor().startsWith("G") && s.phase() == Phase.MARK)
                .as("the barrier shades during mark").anyMatch(s -> !s.shaded().isEmpty());
        assertThat(r.steps()).filteredOn(s -> s.phase() == Phase.OFF).allMatch(s -> s.shaded().isEmpty());
    }

    @Test
    @DisplayName("GC-SD1 Q: do the recorded pointer changes rebuild the heap graph the collector ends with?")
    void replayingPointerDeltasRebuildsTheFinalGraph() {
        var r = Walkthrough.run(Walkthrough.Config.of(Walkthrough.DEFAULT_SEED, Barrier.DIJKSTRA));
        Map<String, Integer> replayed = new HashMap<>();
        for (Walkthrough.Step s : r.steps()) {
            for (Walkthrough.Pointer p : s.pointers()) {
                if (p.to() < 0) replayed.remove(p.from() + "#" + p.slot());
                else replayed.put(p.from() + "#" + p.slot(), p.to());
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (Heap.Edge e : r.heap().snapshot("end").edges()) {
            String field = e.field();
            int dot = field.lastIndexOf(".f");
            String key = e.from().startsWith("o") ? e.from() + "#" + (field.endsWith(".f") ? 0 : Integer.parseInt(field.substring(dot + 2)))
                    : field + "#0";
            actual.put(key, Integer.parseInt(e.to().substring(1)));
        }
        assertThat(replayed).isNotEmpty().isEqualTo(actual);
        assertThat(r.steps()).extracting(Walkthrough.Step::index).isSorted().doesNotHaveDuplicates();
    }
}
