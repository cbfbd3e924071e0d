package dev.golab.gc.races;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.gc.Collector;
import dev.golab.gc.Colour;
import dev.golab.gc.Heap;
import dev.golab.gc.InvariantViolation;
import dev.golab.gc.Invariants;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.barrier.DijkstraBarrier;
import dev.golab.gc.barrier.HybridBarrier;
import dev.golab.gc.barrier.YuasaBarrier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GC.md 3.5: each scenario x barrier, the outcome and which invariant holds after each step. */
@DisplayName("RT-01.03 Q: which write barrier keeps which object alive, and which invariant does it keep?")
class BarrierScenariosTest {
    static final Barrier NONE = Barrier.NONE, DIJ = DijkstraBarrier.withoutRescan(), DIJ_RESCAN = Barrier.DIJKSTRA,
            YUASA_CONC = YuasaBarrier.withoutSnapshot(), YUASA_SNAP = Barrier.YUASA, HYB = Barrier.HYBRID,
            HYB_U = HybridBarrier.asImplemented();

    /** Columns: none, Dijkstra (no rescan), Dijkstra + STW rescan, Yuasa (concurrent stacks), hybrid, hybrid as implemented. */
    @ParameterizedTest(name = "scenario {0}: {1}")
    @CsvSource({
        "INSERTION_RACE,            lost safe safe safe safe safe",
        "HIDE_IN_SCANNED_STACK,     lost lost safe safe safe safe",
        "MOVE_FROM_UNSCANNED_STACK, lost safe safe lost safe safe",
        "WEAK_ONLY_STATE,           safe safe safe safe safe safe"})
    @DisplayName("RT-01.03 Q: is C lost in GC.md's scenarios 1, 2, 3 and 5, per barrier?")
    void outcomesMatchTheTableOfGcMd(Scenarios s, String expected) {
        List<Barrier> cols = List.of(NONE, DIJ, DIJ_RESCAN, YUASA_CONC, HYB, HYB_U);
        String[] want = expected.trim().split("\\s+");
        for (int i = 0; i < cols.size(); i++) {
            assertThat(s.run(cols.get(i)).verdict()).as(s + " with " + cols.get(i).key()).isEqualTo(want[i]);
        }
    }

    @Test
    @DisplayName("RT-01.03 Q: does a stack snapshot at mark start make Yuasa safe in scenario 3?")
    void yuasaWithSnapshotIsSafeInScenario3() {
        assertThat(Scenarios.MOVE_FROM_UNSCANNED_STACK.run(YUASA_SNAP).lost()).isFalse();
    }

    @Test
    @DisplayName("RT-01.03 Q: why does the hybrid barrier require allocate-black (scenario 4)?")
    void allocateWhiteLosesTheNewObjectUnlessStacksAreRescanned() {
        for (Barrier b : List.of(NONE, DIJ, DIJ_RESCAN, YUASA_CONC, HYB, HYB_U)) {
            assertThat(Scenarios.ALLOCATE_ONTO_BLACK_STACK.run(b, true).lost()).as("allocate-black " + b).isFalse();
            boolean lostWhite = Scenarios.ALLOCATE_ONTO_BLACK_STACK.run(b, false).lost();
            assertThat(lostWhite).as("allocate-white " + b).isEqualTo(b != DIJ_RESCAN);
        }
    }

    @Test
    @DisplayName("RT-01.03 Q: scenario 5 — which barrier leaves a black -> white edge that only the weak invariant covers?")
    void conditionalHybridBreaksStrongButKeepsWeak() {
        Scenarios.Step afterStore = Scenarios.WEAK_ONLY_STATE.run(HYB).steps().get(0);
        assertThat(afterStore.strong()).isFalse();
        assertThat(afterStore.weak()).isTrue();
        Scenarios.Step unconditional = Scenarios.WEAK_ONLY_STATE.run(HYB_U).steps().get(0);
        assertThat(unconditional.strong()).as("the wbBuf shades ptr too").isTrue();
        assertThat(Scenarios.WEAK_ONLY_STATE.run(DIJ).steps().get(0).strong()).isTrue();
    }

    @Test
    @DisplayName("RT-01.03 Q: where exactly does the no-barrier run break the invariants in scenario 1?")
    void withoutBarrierStrongBreaksFirstThenWeak() {
        List<Scenarios.Step> st = Scenarios.INSERTION_RACE.run(NONE).steps();
        assertThat(st.get(0)).isEqualTo(new Scenarios.Step("A.f = C", false, true));   // C still grey-protected by B
        assertThat(st.get(1)).isEqualTo(new Scenarios.Step("B.f = nil", false, false)); // hidden
        List<Scenarios.Step> dij = Scenarios.INSERTION_RACE.run(DIJ).steps();
        assertThat(dij).allMatch(Scenarios.Step::strong);                               // Dijkstra: strong throughout
        List<Scenarios.Step> hyb = Scenarios.HIDE_IN_SCANNED_STACK.run(HYB).steps();
        assertThat(hyb).allMatch(Scenarios.Step::weak);                                 // hybrid: weak throughout
    }

    @Test
    @DisplayName("RT-01.03 Q: what does the invariant checker report when a step breaks the invariant?")
    void invariantViolationNamesTheEdge() {
        Heap h = new Heap();
        Collector c = new Collector(h, NONE).checkInvariant(Invariants.Kind.STRONG);
        int a = c.allocate(null, -1, 16, 1), x = c.allocate(null, -1, 16, 1), y = c.allocate(null, -1, 16, 1);
        h.name(a, "A"); h.name(y, "C");
        c.writeGlobal(null, h.globals().slot("a"), a);
        c.writeGlobal(null, h.globals().slot("x"), x);
        c.write(null, x, 0, y);
        c.startCycle();
        c.scanRoot(h.globals());
        c.scanObject(a);
        assertThatThrownBy(() -> c.write(null, a, 0, y))
                .isInstanceOf(InvariantViolation.class)
                .hasMessage("strong tricolour invariant violated: black A.f -> white C");
    }

    @Test
    @DisplayName("RT-01.03 Q: a channel send copies a pointer between two stacks — which barrier rule covers it?")
    void crossStackSendShadesWhenEitherStackIsGreyOtherwiseTheObjectIsLost() {
        for (boolean viaSend : new boolean[] {true, false}) {
            Heap h = new Heap();
            Collector c = new Collector(h, HYB).oracle(true);
            Root sender = h.newStack("G1", 0), receiver = h.newStack("G2", 0);
            int v = sender.slot("v"), r = receiver.slot("r");
            int obj = c.allocate(sender, v, 16, 1);
            c.startCycle();
            c.scanRoot(h.globals());
            c.scanRoot(receiver);                                  // G2 is parked and already scanned (black)
            if (viaSend) c.send(sender, receiver, r, obj);         // G1: ch <- v (delivered into G2's frame)
            else c.setLocal(receiver, r, obj);                     // the same copy with no rule at all
            c.setLocal(sender, v, Heap.NIL);                       // G1: v = nil
            c.terminateMark();
            assertThat(c.lost().isEmpty()).as("via send: " + viaSend).isEqualTo(viaSend);
        }
        Heap h = new Heap();
        Collector c = new Collector(h, HYB);
        Root parent = h.newStack("main", 0);
        int p = c.allocate(parent, parent.slot("p"), 16, 1);
        c.startCycle();
        Root child = c.go(parent, "worker", 2048, "arg", p);       // go worker(p) while parent is grey
        assertThat(child.isScanned()).as("a new goroutine's stack starts black").isTrue();
        assertThat(h.colour(p)).isEqualTo(Colour.GREY);
    }
}
