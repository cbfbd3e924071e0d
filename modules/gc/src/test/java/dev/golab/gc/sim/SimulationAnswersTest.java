package dev.golab.gc.sim;

import static dev.golab.gc.pacer.Pacer.MiB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.pacer.Pacer;
import dev.golab.gc.sim.Simulation.Config;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The concurrent object-level simulation: GOGC, GOMEMLIMIT, assists and the CPU limiter over time. */
@DisplayName("RT-01 / PERF-05 Q: how do GOGC and GOMEMLIMIT move cycles, peak heap and GC CPU?")
class SimulationAnswersTest {
    static Metrics run(Config c) { return Simulation.run(c).metrics(); }

    @Test
    @DisplayName("RT-01.06 Q: does the simulator reproduce the gc-guide's model for graph 1 at GOGC=100?")
    void guideWorkloadAtGogc100GivesAbout12CyclesA40MiBPeakAnd6Point4PercentGcCpu() {
        Metrics m = run(Config.of(Workload.GUIDE));
        GuideModel.Result guide = GuideModel.run(GuideModel.graph1(), GuideModel.config(100, 0, 100000));
        assertThat(m.cycles()).isEqualTo(guide.cycles());                                   // 12
        assertThat(m.peakHeapBytes() / (double) MiB).isCloseTo(guide.peak(), within(1.0));   // 40 MiB (+ roots)
        assertThat(m.gcCpuFraction()).isCloseTo(guide.gcCpu(), within(0.005));               // 6.4 %
        assertThat(m.liveBytesAtEnd() / (double) MiB).isCloseTo(20, within(0.1));
    }

    @Test
    @DisplayName("RT-01.06 / PERF-05.04 Q: what does GOGC=50/100/200 do to cycles and peak heap for the same trace?")
    void higherGogcGivesFewerCyclesAndALargerPeak() {
        for (Workload w : List.of(Workload.GUIDE, Workload.STEADY, Workload.LINKED_LIST)) {
            Metrics g50 = run(Config.of(w).gogc(50)), g100 = run(Config.of(w).gogc(100)), g200 = run(Config.of(w).gogc(200));
            assertThat(g50.cycles()).as(w + " cycles").isGreaterThan(g100.cycles());
            assertThat(g100.cycles()).as(w + " cycles").isGreaterThan(g200.cycles());
            assertThat(g50.peakHeapBytes()).as(w + " peak").isLessThan(g100.peakHeapBytes());
            assertThat(g100.peakHeapBytes()).as(w + " peak").isLessThan(g200.peakHeapBytes());
            assertThat(g50.gcCpuFraction()).as(w + " GC CPU").isGreaterThan(g200.gcCpuFraction());
        }
    }

    @Test
    @DisplayName("RT-01.06 Q: with GOGC=100 (200), does the next cycle start near 2x (3x) the live heap?")
    void cycleStartsNearTwiceTheLiveHeapAtGogc100AndThriceAt200() {
        for (int gogc : new int[] {100, 200}) {
            Simulation.Result r = Simulation.run(Config.of(Workload.STEADY).gogc(gogc));
            List<Trace.Sample> s = r.trace().samples();
            double live = r.metrics().liveBytesAtEnd();
            double factor = 1 + gogc / 100.0;
            // the heap peaks just before each cycle ends: between the 45/64 trigger bound and the goal
            double peakRatio = r.metrics().peakHeapBytes() / live;
            assertThat(peakRatio).as("GOGC=" + gogc).isBetween(factor * 0.95, factor * 1.05);
            long lastGoal = s.get(s.size() - 1).goal();
            assertThat(lastGoal / live).isCloseTo(factor, within(factor * 0.03));   // + stacks and globals
        }
    }

    @Test
    @DisplayName("RT-01.07 Q: does GOMEMLIMIT make the GC run more often as memory approaches the limit?")
    void memoryLimitBelowTheGogcGoalRunsMoreCyclesAndKeepsTheHeapUnderIt() {
        Metrics free = run(Config.of(Workload.GUIDE));
        Metrics limited = run(Config.of(Workload.GUIDE).memoryLimit(30 * MiB));
        assertThat(limited.cycles()).isGreaterThan(free.cycles());
        assertThat(limited.peakTotalBytes()).isLessThanOrEqualTo(30 * MiB).isGreaterThan(27 * MiB);
        Metrics roomy = run(Config.of(Workload.GUIDE).memoryLimit(64 * MiB));
        assertThat(roomy.cycles()).as("a limit above the GOGC goal changes nothing").isEqualTo(free.cycles());
    }

    @Test
    @DisplayName("PERF-05.02 Q: is GOMEMLIMIT a hard cap? What happens when the live heap does not fit?")
    void memoryLimitIsSoftTheHeapExceedsItAndTheLimiterCapsGcCpu() {
        Config tight = Config.of(Workload.GUIDE).gogc(-1).memoryLimit(16 * MiB).fixedCostSeconds(0).gomaxprocs(1).scanRate(128 * MiB);
        Metrics limited = run(tight), unlimited = run(tight.cpuLimiter(false));
        assertThat(limited.peakHeapBytes()).as("soft: live 20 MiB > limit 16 MiB").isGreaterThan(16 * MiB);
        assertThat(limited.limiterEngaged()).isTrue();
        assertThat(limited.gcCpuFraction()).as("about 50 %% GC CPU at most").isLessThanOrEqualTo(0.55);
        assertThat(limited.assistWorkBytes()).as("assists are skipped while limiting").isLessThan(unlimited.assistWorkBytes());
        assertThat(limited.gcCpuFraction()).isLessThan(unlimited.gcCpuFraction());
        assertThat(unlimited.limiterEngaged()).isFalse();
        GuideModel.Result noLimiter = GuideModel.run(GuideModel.graph1(), GuideModel.config(Double.POSITIVE_INFINITY, 10, 30));
        assertThat(noLimiter.gcCpu()).as("the guide's model has no limiter: death spiral").isGreaterThan(0.9);
    }

    @Test
    @DisplayName("PERF-05.03 Q: with GOGC=off, when does a cycle run (with and without GOMEMLIMIT)?")
    void gogcOffRunsNoCycleWithoutALimitAndWaitsForTheLimitWithOne() {
        Metrics never = run(Config.of(Workload.GUIDE).gogc(-1));
        assertThat(never.cycles()).isZero();
        assertThat(never.peakHeapBytes()).isGreaterThanOrEqualTo(199 * MiB);   // everything allocated is kept
        Simulation.Result r = Simulation.run(Config.of(Workload.GUIDE).gogc(-1).memoryLimit(64 * MiB));
        assertThat(r.metrics().cycles()).isPositive();
        Trace.Event first = r.trace().events().stream().filter(e -> e.kind().equals("start")).findFirst().orElseThrow();
        long heapAtFirst = r.trace().samples().stream().filter(s -> s.timeNs() <= first.timeNs()).mapToLong(Trace.Sample::heapInUse).max().orElseThrow();
        assertThat(heapAtFirst).as("first cycle only near the limit").isGreaterThan(40 * MiB);
    }

    @Test
    @DisplayName("RT-01.A1 Q: when marking falls behind, who pays? (mark assists slow the allocator)")
    void slowBackgroundMarkingMakesAllocatorsAssistAndBoundsTheHeap() {
        Config slow = Config.of(Workload.STEADY).scanRate(48 * MiB).gomaxprocs(1).fixedCostSeconds(0).cpuLimiter(false);
        Metrics m = run(slow), fast = run(slow.scanRate(1024 * MiB));
        assertThat(m.assists()).isGreaterThan(10 * Math.max(1, fast.assists()));
        assertThat(m.assistWorkBytes()).isPositive();
        double hardGoal = 2 * 2 * m.liveBytesAtEnd();   // (1 + GOGC/100) x goal
        assertThat((double) m.peakHeapBytes()).as("allocation cannot outrun marking").isLessThan(hardGoal);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Workload.class)
    @DisplayName("RT-01.03 Q: in every workload, with the hybrid barrier, does the oracle ever see a lost object?")
    void everyWorkloadRunsWithoutLostObjectsAndIsReproducible(Workload w) {
        Config c = Config.of(w).seconds(3).seed(99);
        Simulation.Result a = Simulation.run(c), b = Simulation.run(c);
        assertThat(a.collector().lost()).isEmpty();
        assertThat(a.metrics()).isEqualTo(b.metrics());
        assertThat(a.trace().gctrace()).isEqualTo(b.trace().gctrace());
        assertThat(a.metrics().cycles() * 2).isEqualTo(a.metrics().pausesNs().size());
    }

    @Test
    @DisplayName("RT-01.03 Q: does the pointer-heavy linked-list churn lose objects without a barrier?")
    void linkedListChurnLosesObjectsWithoutABarrierOnly() {
        Config c = Config.of(Workload.LINKED_LIST).seconds(3);
        assertThat(Simulation.run(c.barrier(Barrier.NONE)).collector().lost()).isNotEmpty();
        for (Barrier b : List.of(Barrier.DIJKSTRA, Barrier.YUASA, Barrier.HYBRID)) {
            assertThat(Simulation.run(c.barrier(b)).collector().lost()).as(b.key()).isEmpty();
        }
    }

    @Test
    @DisplayName("RT-01.10 Q: are pauses short and independent of heap size in the simulation?")
    void pausesStayAtTheStwBaseWhateverTheLiveHeap() {
        Metrics small = run(Config.of(Workload.STEADY).liveBytes(4 * MiB).seconds(3));
        Metrics big = run(Config.of(Workload.STEADY).liveBytes(64 * MiB).seconds(3));
        assertThat(small.maxPauseNs()).isEqualTo(big.maxPauseNs()).isLessThan(100_000);
    }
}
