package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("golab bench compare: a change counts only beyond the run-to-run spread")
class CompareTest {
    static Row row(String variant, double... forks) {
        Sample s = new Sample("dev.golab.bench.chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", variant), "avgt", "ns/op",
                java.util.Arrays.stream(forks).boxed().toList());
        return Analysis.rows(List.of(s), null).get(0);
    }

    @Test
    void overlappingForkRangesAreWithinSpreadWhateverTheMeans() {
        // recorded: HCHAN 866..4944 in one quick run, 1100..1500 in the next (loaded box)
        Compare.Result r = Compare.compare(List.of(row("HCHAN", 866, 4944)), List.of(row("HCHAN", 1100, 1500)));
        assertThat(r.deltas()).hasSize(1);
        Compare.Delta d = r.deltas().get(0);
        assertThat(d.significant()).isFalse();
        assertThat(d.deltaPercent()).isLessThan(-50);
        assertThat(d.verdict(true)).startsWith("~");
    }

    @Test
    void disjointRangesAreAChangeAndSayWhichWay() {
        Compare.Result r = Compare.compare(List.of(row("SEGMENT", 21142, 22605)), List.of(row("SEGMENT", 900, 1000)));
        Compare.Delta d = r.deltas().get(0);
        assertThat(d.significant()).isTrue();
        assertThat(d.verdict(true)).isEqualTo("faster");
        assertThat(Compare.compare(List.of(row("SEGMENT", 900, 1000)), List.of(row("SEGMENT", 21142, 22605))).deltas().get(0).verdict(true))
                .isEqualTo("slower");
    }

    @Test
    void rowsAreMatchedByBenchmarkAndParamsAndTheRestIsListed() {
        Compare.Result r = Compare.compare(List.of(row("HCHAN", 1, 1), row("JOX", 2, 2)), List.of(row("HCHAN", 1, 1), row("SEGMENT", 3, 3)));
        assertThat(r.deltas()).extracting(Compare.Delta::key).containsExactly(
                "dev.golab.bench.chan.ChanCloseBenchmark.makeAndClose {variant=HCHAN}");
        assertThat(r.onlyInA()).hasSize(1);
        assertThat(r.onlyInB()).hasSize(1);
        String text = Compare.render(r, "A", "B");
        assertThat(text).contains("1 rows compared, 0 beyond run-to-run spread").contains("only in A: 1").contains("only in B: 1");
    }
}
