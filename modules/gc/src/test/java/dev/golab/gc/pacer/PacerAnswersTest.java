package dev.golab.gc.pacer;

import static dev.golab.gc.pacer.Pacer.GiB;
import static dev.golab.gc.pacer.Pacer.MiB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golab.gc.MemStats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pacer's formulas (mgcpacer.go, Go 1.23) against GC.md's worked examples. */
@DisplayName("RT-01.06 Q: when does the next GC start, and how do GOGC and GOMEMLIMIT move it?")
class PacerAnswersTest {

    @ParameterizedTest(name = "GOGC={0}: goal {1} MiB")
    @CsvSource({"100, 18", "50, 13", "200, 28"})
    @DisplayName("RT-01.06 Q: what is the heap goal for live 8 MiB, stacks 1 MiB, globals 1 MiB (gc-guide)?")
    void goalIsLivePlusLiveAndRootsTimesGogc(int gogc, long mib) {
        assertThat(Pacer.heapGoal(8 * MiB, MiB, MiB, gogc)).isEqualTo(mib * MiB);
    }

    @Test
    @DisplayName("RT-01.06 Q: does GOGC=100 collect at about 2x the marked heap and GOGC=200 at 3x?")
    void gogc100DoublesAndGogc200TriplesTheMarkedHeapWithoutRoots() {
        assertThat(Pacer.heapGoal(4 * MiB, 0, 0, 100)).isEqualTo(8 * MiB);   // mgc.go: "using 4M, GC again at 8M"
        assertThat(Pacer.heapGoal(100 * MiB, 0, 0, 200)).isEqualTo(300 * MiB);
    }

    @ParameterizedTest(name = "GOGC={0}: minimum {1} B")
    @CsvSource({"100, 4194304", "50, 2097152", "200, 8388608", "0, 0"})
    @DisplayName("RT-01.06 Q: what is the minimum heap goal?")
    void minimumHeapIsFourMiBTimesGogc(int gogc, long bytes) {
        assertThat(Pacer.heapMinimum(gogc)).isEqualTo(bytes);
        assertThat(Pacer.heapGoal(MiB, 0, 0, 100)).isEqualTo(4 * MiB);
        assertThat(Pacer.heapGoal(MiB, 0, 0, 50)).isEqualTo(2 * MiB);
    }

    @ParameterizedTest(name = "GOGC=\"{0}\" -> {1}")
    @CsvSource(value = {"off, -1", "50, 50", "'', 100", "abc, 100", "NULL, 100"}, nullValues = "NULL")
    @DisplayName("PERF-05.03 Q: how is GOGC parsed, and what does off mean?")
    void gogcOffIsMinusOneAndGarbageIsHundred(String s, int v) {
        assertThat(Pacer.readGOGC(s)).isEqualTo(v);
        assertThat(Pacer.heapGoal(GiB, 0, 0, -1)).isEqualTo(Pacer.INFINITE);
    }

    @ParameterizedTest(name = "limit {0}, non-heap {1}, marked {2} -> {3} B")
    @CsvSource({"104857600, 10485760, 0, 91540686", "10485760, 2097152, 0, 7340032",
        "1073741824, 25165824, 0, 1017118720", "67108864, 0, 0, 65095600", "3145728, 1048576, 0, 1048576",
        "104857600, 104857600, 5, 5", "104857600, 10485760, 99614720, 99614720"})
    @DisplayName("RT-01.07 Q: what heap goal does GOMEMLIMIT give (3 % / 1 MiB headroom)?")
    void memoryLimitGoalSubtractsNonHeapAndHeadroom(long limit, long nonHeap, long marked, long goal) {
        assertThat(Pacer.memoryLimitGoal(limit, nonHeap, marked)).isEqualTo(goal);
    }

    @Test
    @DisplayName("RT-01.07 Q: which goal wins when both GOGC and GOMEMLIMIT are set?")
    void effectiveGoalIsTheSmaller() {
        assertThat(Pacer.heapGoal(60 * MiB, 0, 0, 100)).isEqualTo(120 * MiB);
        assertThat(Pacer.effectiveGoal(60 * MiB, 0, 0, 100, 100 * MiB, 10 * MiB)).isEqualTo(91_540_686L);
    }

    @ParameterizedTest(name = "consMark {0} -> trigger {1}")
    @CsvSource({"0.05, 38797312", "0.2, 35717120", "0, 40960000"})
    @DisplayName("RT-01.06 Q: where between heapMarked and the goal does the cycle start?")
    void triggerIsGoalMinusRunwayClampedTo45And61Of64(double consMark, long trigger) {
        Pacer.Trigger t = Pacer.trigger(20 * MiB, 40 * MiB, Pacer.runway(consMark, 20 * MiB), 0);
        assertThat(t.min()).isEqualTo(35_717_120L);
        assertThat(t.max()).isEqualTo(40_960_000L);
        assertThat(t.trigger()).isEqualTo(trigger);
    }

    @Test
    @DisplayName("RT-01.06 Q: how does the trigger adapt after a cycle (cons/mark) and on a large heap?")
    void consMarkMeasuredAtCycleEndMovesTheNextTrigger() {
        double cm = Pacer.currentConsMark(39 * MiB, 35 * MiB, 0.25, 0, 20 * MiB);
        assertThat(cm).isCloseTo(1.0 / 15, within(1e-12));
        assertThat(Pacer.trigger(20 * MiB, 40 * MiB, Pacer.runway(cm, 20 * MiB), 0).trigger()).isCloseTo(36 * MiB, within(2L));
        Pacer.Trigger big = Pacer.trigger(GiB, 2 * GiB, Pacer.runway(0.05, GiB), 0);
        assertThat(big.max()).isEqualTo(2044 * MiB);
        assertThat(big.min()).isEqualTo(1744 * MiB);
        assertThat(big.trigger() / (double) MiB).isCloseTo(1894.4, within(0.01));
        assertThat(Pacer.trigger(0, 4 * MiB, 0, 0).trigger()).isEqualTo(3_997_696L);   // first cycle at GOGC=100
    }

    @Test
    @DisplayName("RT-01.A1 Q: how much mark work does an allocating goroutine owe during mark (assist ratio)?")
    void assistRatioIsRemainingScanWorkOverRemainingHeap() {
        long trig = 35 * MiB, goal = 40 * MiB, exp = 20 * MiB, max = 30 * MiB;
        assertThat(Pacer.assistRatio(goal, trig, 35 * MiB, 0, exp, max, 100).workPerByte()).isCloseTo(4.0, within(1e-9));
        assertThat(Pacer.assistRatio(goal, trig, 37 * MiB + MiB / 2, 10 * MiB, exp, max, 100).workPerByte()).isCloseTo(4.0, within(1e-9));
        Pacer.AssistRatio grown = Pacer.assistRatio(goal, trig, 38 * MiB, 22 * MiB, exp, max, 100);
        assertThat(grown.heapGoal()).isEqualTo(42 * MiB + MiB / 2);
        assertThat(grown.workPerByte()).isCloseTo(1.7778, within(1e-4));
        Pacer.AssistRatio past = Pacer.assistRatio(goal, trig, 43 * MiB, 22 * MiB, exp, max, 100);
        assertThat(past.heapGoal() / (double) MiB).isCloseTo(46.75, within(1e-6));
        assertThat(past.workPerByte()).isCloseTo(2.1333, within(1e-4));
    }

    @ParameterizedTest(name = "GOMAXPROCS={0}: {1} dedicated, fractional {2}")
    @CsvSource({"1, 0, 0.25", "2, 0, 0.25", "3, 0, 0.25", "4, 1, 0", "5, 1, 0", "6, 1, 0.083333", "8, 2, 0",
        "10, 3, 0", "13, 3, 0", "16, 4, 0"})
    @DisplayName("RT-01.02 Q: how many background mark workers does a cycle start (25 % of GOMAXPROCS)?")
    void backgroundWorkersAreAQuarterOfGomaxprocs(int procs, int dedicated, double fractional) {
        Workers w = Workers.of(procs);
        assertThat(w.dedicated()).isEqualTo(dedicated);
        assertThat(w.fractionalGoal()).isCloseTo(fractional, within(1e-6));
    }

    @Test
    @DisplayName("PERF-05.02 Q: what caps GC CPU near the memory limit (the CPU limiter)?")
    void cpuLimiterEngagesAfterTwoSecondsOfHalfCpuAssists() {
        CpuLimiter calm = new CpuLimiter(4);
        for (int i = 0; i < 1000; i++) calm.update(CpuLimiter.UPDATE_PERIOD_NS, 0, true, 0);
        assertThat(calm.limiting()).as("25 %% background only drains the bucket").isFalse();
        assertThat(calm.fill()).isZero();
        CpuLimiter busy = new CpuLimiter(4);
        int updates = 0;
        while (!busy.limiting()) {
            busy.update(CpuLimiter.UPDATE_PERIOD_NS, 2 * CpuLimiter.UPDATE_PERIOD_NS, true, 0);   // assists = 50 % of 4 Ps
            updates++;
        }
        assertThat(updates * CpuLimiter.UPDATE_PERIOD_NS).isEqualTo(2_000_000_000L);
        busy.update(CpuLimiter.UPDATE_PERIOD_NS, 0, true, 0);
        assertThat(busy.limiting()).as("off at the next update that does not fill it").isFalse();
    }

    @Test
    @DisplayName("RT-01.08 Q: do SetGCPercent and SetMemoryLimit change the pacing in effect?")
    void setGcPercentAndSetMemoryLimitReturnThePreviousValueAndMoveTheGoal() {
        Pacer p = new Pacer(100, Pacer.NO_LIMIT);
        p.commit(10 * MiB, 0, 0, 0, 10 * MiB);
        assertThat(p.goal()).isEqualTo(20 * MiB);
        assertThat(p.setGCPercent(50)).isEqualTo(100);
        p.commit(10 * MiB, 0, 0, 0, 10 * MiB);
        assertThat(p.goal()).isEqualTo(15 * MiB);
        assertThat(p.setMemoryLimit(12 * MiB)).isEqualTo(Pacer.NO_LIMIT);
        assertThat(p.setMemoryLimit(-1)).as("negative only queries").isEqualTo(12 * MiB);
        p.commit(10 * MiB, 0, 0, 0, 10 * MiB);
        assertThat(p.goal()).isEqualTo(11 * MiB);   // 12 MiB - 1 MiB headroom
        assertThat(Pacer.parseMemoryLimit("512MiB")).isEqualTo(512 * MiB);
        assertThat(Pacer.parseMemoryLimit("off")).isEqualTo(Pacer.NO_LIMIT);
    }

    @Test
    @DisplayName("PERF-05.05 Q: where is the latest pause in MemStats.PauseNs?")
    void pauseNsIsA256RingAndTheLatestIsAtNumGcPlus255Mod256() {
        MemStats m = new MemStats();
        for (int i = 1; i <= 300; i++) {
            m.recordCycle(i * 1000L);
            assertThat(m.lastPause()).isEqualTo(i * 1000L);
            assertThat(m.pauseNs()[(m.numGC() + 255) % 256]).isEqualTo(i * 1000L);
        }
        assertThat(m.pauseNs()).hasSize(256).doesNotContain(1000L);   // overwritten after 256 cycles
        assertThat(m.pauseTotalNs()).isEqualTo(1000L * 300 * 301 / 2);
    }
}
