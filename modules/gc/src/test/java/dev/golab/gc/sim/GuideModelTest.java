package dev.golab.gc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gc-guide's interactive model, ported, against the numbers it draws (GC.md 7.4). */
@DisplayName("RT-01.06 / PERF-05.02 Q: what does the gc-guide's model compute for its own graphs?")
class GuideModelTest {
    static double gogc(String s) { return s.equals("off") ? Double.POSITIVE_INFINITY : Double.parseDouble(s); }

    @ParameterizedTest(name = "graph 1, GOGC={0}: {1} s, {2} % GC CPU, peak {3} MiB, {4} cycles")
    @CsvSource({"25, 12.541, 20.3, 25, 44", "50, 11.263, 11.2, 30, 22", "100, 10.683, 6.4, 40, 12",
        "200, 10.393, 3.8, 60, 7", "400, 10.223, 2.2, 100, 4", "off, 10.000, 0, 200, 0"})
    @DisplayName("RT-01.06 Q: how does GOGC move GC CPU and peak memory in the guide's graph 1?")
    void graph1LowerGogcMeansMoreCyclesAndSmallerPeak(String g, double time, double cpu, double peak, int cycles) {
        GuideModel.Result r = GuideModel.run(GuideModel.graph1(), GuideModel.config(gogc(g), 0, 100000));
        assertThat(r.totalTime()).isCloseTo(time, within(0.001));
        assertThat(r.gcCpu() * 100).isCloseTo(cpu, within(0.05));
        assertThat(r.peak()).isCloseTo(peak, within(1e-9));
        assertThat(r.cycles()).isEqualTo(cycles);
    }

    @ParameterizedTest(name = "graph 4, GOGC={0}, limit {1} MiB: peak {2}, {3} % GC CPU, {4} s, {5} cycles")
    @CsvSource({"100, 100, 50, 6.4, 10.683, 12", "100, 40, 40, 10.4, 11.159, 20", "off, 40, 40, 9.2, 11.012, 17",
        "off, 30, 30.06, 94.5, 181.5, 2881"})
    @DisplayName("PERF-05.02 Q: what does a memory limit do to the guide's model, and where does it thrash?")
    void graph4MemoryLimitRunsMoreCyclesAndThrashesWhenTooLow(String g, double limit, double peak, double cpu, double time, int cycles) {
        GuideModel.Result r = GuideModel.run(GuideModel.graph1(), GuideModel.config(gogc(g), 10, limit));
        assertThat(r.peak()).isCloseTo(peak, within(limit == 30 ? 0.01 : 1e-9));
        assertThat(r.gcCpu() * 100).isCloseTo(cpu, within(0.05));
        assertThat(r.totalTime()).isCloseTo(time, within(limit == 30 ? 0.05 : 0.001));
        assertThat(r.cycles()).isEqualTo(cycles);
    }

    @ParameterizedTest(name = "graph 3, GOGC={0}: peak {1} MiB")
    @CsvSource({"100, 60", "200, 90", "50, 45"})
    @DisplayName("RT-01.06 Q: how big is the peak of a transient spike (the guide's graph 3)?")
    void graph3SpikePeakScalesWithGogc(String g, double peak) {
        GuideModel.Result r = GuideModel.run(GuideModel.graph3(), GuideModel.config(gogc(g), 0, 100000));
        assertThat(r.peak()).isCloseTo(peak, within(1e-9));
        if (g.equals("100")) {
            assertThat(r.cycles()).isEqualTo(12);
            assertThat(r.gcCpu() * 100).isCloseTo(6.3, within(0.05));
            assertThat(r.totalTime()).isCloseTo(10.673, within(0.001));
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("PERF-05.02 Q: what does GOGC=off with a 30 MiB limit do to the spike workload (graph 5)?")
    void graph5SpikeWithTightLimitStartsThrashing() {
        GuideModel.Result r = GuideModel.run(GuideModel.graph3(), GuideModel.config(Double.POSITIVE_INFINITY, 0, 30));   // graph 5 has no other memory
        assertThat(r.gcCpu() * 100).isCloseTo(55.2, within(0.05));
        assertThat(r.cycles()).isEqualTo(180);
        assertThat(r.totalTime()).isCloseTo(22.31, within(0.005));
    }
}
