package dev.golab.lang.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CORE-10 Q: how do closures capture variables in Go, and what is the loop-variable capture problem?")
class ClosureAnswersTest {
    static final GoVersion GO1_21 = GoVersion.parse("go 1.21");
    static final GoVersion GO1_22 = GoVersion.parse("go 1.22");

    @Test
    @DisplayName("CORE-10.01 a closure captures the variable, not its value, so it sees later writes (LANG-I1)")
    void aClosureCapturesTheVariableAndSeesLaterWrites() {
        Cell<Integer> x = Cell.of(1);                                  // x := 1
        IntSupplier f = x::get;                                        // f := func() int { return x }
        x.set(2);                                                      // x = 2
        assertThat(f.getAsInt()).isEqualTo(2);
        Runnable inc = () -> x.set(x.get() + 1);                       // the closure's write is seen outside
        inc.run();
        assertThat(x.get()).isEqualTo(3);
    }

    @Test
    @DisplayName("CORE-10.02 before Go 1.22 the closures of `for i := 0; i < 5; i++` share one i and print 5 5 5 5 5 (LANG-I5)")
    void beforeGo122TheClosuresShareOneVariableAndPrintFiveFives() {
        assertThat(LoopPrograms.threeClause(GO1_21, 5)).isEqualTo("55555");
    }

    @Test
    @DisplayName("CORE-10.03 from Go 1.22 each iteration has its own i, so they print 0 1 2 3 4, for 3-clause and range loops (LANG-I6)")
    void fromGo122EachIterationHasItsOwnVariableInThreeClauseAndRangeLoops() {
        assertThat(LoopPrograms.threeClause(GO1_22, 5)).isEqualTo("01234");
        assertThat(LoopPrograms.range(GO1_22, List.of(0, 1, 2, 3, 4))).isEqualTo("01234");
        assertThat(LoopPrograms.range(GO1_21, List.of(0, 1, 2, 3, 4))).isEqualTo("44444");
    }

    @Test
    @DisplayName("CORE-10.03 ⚠ the go line of go.mod decides, not the toolchain: go 1.21 keeps per-loop variables (LANG-I3)")
    void theGoModGoLineDecidesTheSemantics() {
        assertThat(GoVersion.parse("go 1.21").loopVarPerIteration()).isFalse();
        assertThat(GoVersion.parse("go 1.22").loopVarPerIteration()).isTrue();
        assertThat(GoVersion.parse("1.22.3").loopVarPerIteration()).isTrue();
        assertThat(GoVersion.parse("go1.9").compareTo(GoVersion.parse("go1.10"))).isNegative();   // numeric, not textual
        assertThatThrownBy(() -> GoVersion.parse("go one"))
                .hasMessage("not a Go version: \"go one\" (valid: a go.mod go line such as \"go 1.21\", \"1.22.3\" or \"go1.23\")");
    }

    @Test
    @DisplayName("CORE-10.04 both fixes (i := i, or passing i as an argument) print 0 1 2 3 4 under either semantics")
    void bothFixesPrintZeroToFourUnderEitherSemantics() {
        for (GoVersion go : List.of(GO1_21, GO1_22)) {
            assertThat(LoopPrograms.shadowFix(go, 5)).as("i := i, %s", go).isEqualTo("01234");
            assertThat(LoopPrograms.argumentFix(go, 5)).as("func(n int){…}(i), %s", go).isEqualTo("01234");
        }
    }

    @Test
    @DisplayName("CORE-10.05 makeCounter's state persists across calls (1, 2, 3) and two counters are independent (LANG-I2)")
    void makeCounterStatePersistsAndTwoCountersAreIndependent() {
        IntSupplier c1 = makeCounter();
        IntSupplier c2 = makeCounter();
        assertThat(List.of(c1.getAsInt(), c1.getAsInt(), c1.getAsInt())).containsExactly(1, 2, 3);
        assertThat(c2.getAsInt()).isEqualTo(1);
        assertThat(c1.getAsInt()).isEqualTo(4);
    }

    /** func makeCounter() func() int { count := 0; return func() int { count++; return count } } */
    static IntSupplier makeCounter() {
        Cell<Integer> count = Cell.of(0);
        return () -> {
            count.set(count.get() + 1);
            return count.get();
        };
    }

    @Test
    @DisplayName("CORE-10.06 a captured variable outlives the frame that declared it (Go moves it to the heap, see RT-02)")
    void aCapturedVariableOutlivesItsFrame() {
        List<IntSupplier> survivors = new ArrayList<>();
        for (int call = 0; call < 3; call++) survivors.add(makeCounter());   // each frame has returned
        survivors.getFirst().getAsInt();
        assertThat(survivors.getFirst().getAsInt()).isEqualTo(2);           // its count is still there
        assertThat(survivors.get(1).getAsInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("CORE-10 goroutines started in the loop read the loop variable later: 3 3 3 before Go 1.22, 0 1 2 from it")
    void goroutinesCapturingTheLoopVariableSeeItsFinalValueBeforeGo122() {
        assertThat(LoopPrograms.goroutinesAfterLoop(GO1_21)).containsExactly(3, 3, 3);
        assertThat(LoopPrograms.goroutinesAfterLoop(GO1_22)).containsExactly(0, 1, 2);
    }

    @Test
    @DisplayName("CORE-10 the per-iteration copy is made before the post statement, so a write in the body carries over (LANG-I7)")
    void theIterationCopyIsMadeBeforePostSoBodyWritesCarryOver() {
        assertThat(LoopPrograms.bodyWriteCarried(GO1_22)).containsExactly(0, 2, 4);
        assertThat(LoopPrograms.bodyWriteCarried(GO1_21)).containsExactly(0, 2, 4);
        assertThat(LoopPrograms.sameIterationShared(GO1_22)).isEqualTo("010111212");   // one iteration's closures share
    }

    @Test
    @DisplayName("CORE-10 Java differs: a Java lambda captures an effectively-final value, so by-variable capture needs a Cell")
    void javaLambdasCaptureValuesSoTheModelNeedsAnExplicitCell() {
        List<IntSupplier> javaStyle = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int copy = i;                                              // javac demands this copy: capture by value
            javaStyle.add(() -> copy);
        }
        assertThat(LoopPrograms.printAll(javaStyle)).isEqualTo("012");
        assertThat(LoopPrograms.threeClause(GO1_21, 3))                // Go's pre-1.22 shared variable needs a Cell
                .isEqualTo("333");
    }
}
