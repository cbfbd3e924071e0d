package dev.golab.lang.closure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.lang.GoOracle;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model's loops against what Go 1.23.5 printed for src/test/go/loopvar (go 1.23) and loopvar-go1.21 (go 1.21). */
class LoopVarOracleTest {
    @ParameterizedTest(name = "{1}: go.mod says go {0}")
    @CsvSource({"1.23, loopvar", "1.21, loopvar-go1.21"})
    void everyLoopPrintsWhatGoPrintedUnderTheSameGoLine(String goLine, String oracle) {
        GoVersion go = GoVersion.parse("go " + goLine);
        assertThat(LoopPrograms.threeClause(go, 3)).isEqualTo(GoOracle.value(oracle, "three-clause"));
        assertThat(LoopPrograms.range(go, List.of(0, 1, 2))).isEqualTo(GoOracle.value(oracle, "range"));
        assertThat(LoopPrograms.shadowFix(go, 3)).isEqualTo(GoOracle.value(oracle, "shadow-fix"));
        assertThat(LoopPrograms.argumentFix(go, 3)).isEqualTo(GoOracle.value(oracle, "argument-fix"));
        assertThat(LoopPrograms.goList(LoopPrograms.bodyWriteCarried(go))).isEqualTo(GoOracle.value(oracle, "body-write-carried"));
        assertThat(LoopPrograms.sameIterationShared(go)).isEqualTo(GoOracle.value(oracle, "same-iteration-shared"));
        assertThat(LoopPrograms.goList(LoopPrograms.goroutinesAfterLoop(go))).isEqualTo(GoOracle.value(oracle, "goroutines-after-loop"));
    }
}
