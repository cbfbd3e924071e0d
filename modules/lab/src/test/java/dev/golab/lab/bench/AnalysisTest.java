package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fork scores below are recorded from quick runs on the 2-vCPU lab box; Go from go-bench-output.txt. */
@DisplayName("golab bench: from samples to report rows (units, Go twin, ratios, bimodality)")
class AnalysisTest {
    static GoResults go() throws IOException {
        return GoResults.parse("go1.23.5", GoResultsTest.fixture("go-bench-output.txt"));
    }

    static Sample s(String bench, Map<String, String> params, String unit, Double... forks) {
        return new Sample("dev.golab.bench." + bench, params, "avgt", unit, List.of(forks));
    }

    @Test
    void scoreIsTheMeanOverForksAndMinMaxAreTheExtremeForks() throws IOException {
        Row r = Analysis.rows(List.of(s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "HCHAN"), "ns/op", 866.0, 4944.0)), go()).get(0);
        assertThat(r.score()).isCloseTo(2905.0, within(1e-9));
        assertThat(r.min()).isEqualTo(866.0);
        assertThat(r.max()).isEqualTo(4944.0);
        assertThat(r.forks()).isEqualTo(2);
        assertThat(r.model()).isEqualTo("chan.HCHAN");
        assertThat(r.benchmark()).isEqualTo("dev.golab.bench.chan.ChanCloseBenchmark");
        assertThat(r.method()).isEqualTo("makeAndClose");
    }

    @Test
    void forkMaxOverMinAbove1_5IsBimodalAndBelowIsNot() throws IOException {
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "HCHAN"), "ns/op", 100.0, 151.0),
                s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "SEGMENT"), "ns/op", 100.0, 149.0)), go());
        assertThat(rows.get(0).bimodal()).isTrue();
        assertThat(rows.get(1).bimodal()).isFalse();
    }

    @Test
    void ratioToGoUsesTheTwinsMeanOverCounts() throws IOException {
        Row r = Analysis.rows(List.of(s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "HCHAN"), "ns/op", 614.6, 614.6)), go()).get(0);
        assertThat(r.goBenchmark()).isEqualTo("ChanClose");
        assertThat(r.goNsPerOp()).isCloseTo((427.3 + 187.3) / 2, within(1e-9));
        assertThat(r.goMin()).isEqualTo(187.3);
        assertThat(r.ratioToGo()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void anInterleavedRowIsComparedWithTheGoBracketOfItsOwnClassNotWithTheWholeRun() {
        GoResults chanBracket = GoResults.parse("go1.23.5", "BenchmarkChanPingPong-2 1000 300.0 ns/op\nBenchmarkChanPingPong-2 1000 320.0 ns/op\n");
        GoResults runtimeBracket = GoResults.parse("go1.23.5", "BenchmarkChanPingPong-2 1000 450.0 ns/op\n");
        GoResults whole = chanBracket.merge(runtimeBracket);
        Map<String, GoResults> byClass = Map.of("dev.golab.bench.chan.ChanPingPongBenchmark", chanBracket,
                "dev.golab.bench.runtime.ContRuntimeBenchmark", runtimeBracket);
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanPingPongBenchmark.roundTrip", Map.of("variant", "HCHAN", "runtime", "CONT"), "ns/op", 465.0, 465.0),
                s("runtime.ContRuntimeBenchmark.pingPongRoundTrip", Map.of("runtime", "CONT"), "ns/op", 540.0, 540.0),
                s("sched.CarrierPingPongBenchmark.roundTrip", Map.of("carrier", "FJP"), "ns/op", 740.0, 740.0)), whole, byClass);
        assertThat(rows.get(0).goNsPerOp()).isEqualTo(310.0);
        assertThat(rows.get(0).ratioToGo()).isCloseTo(1.5, within(1e-9));
        assertThat(rows.get(1).goNsPerOp()).isEqualTo(450.0);
        assertThat(rows.get(1).ratioToGo()).isCloseTo(1.2, within(1e-9));
        assertThat(rows.get(2).goNsPerOp()).as("no bracket of its own: the whole run's Go").isCloseTo(1070.0 / 3, within(1e-9));
        String table = MarkdownReport.scenarioTable("ChanPingPong", rows);
        assertThat(table).contains("| **Go** ChanPingPong, beside chan.ChanPingPongBenchmark | 310 | 300–320 | 1.00 |")
                .contains("| **Go** ChanPingPong, beside runtime.ContRuntimeBenchmark | 450 | 450–450 | 1.00 |")
                .contains("| **Go** ChanPingPong, beside sched.CarrierPingPongBenchmark | 357 | 300–450 | 1.00 |");
    }

    @Test
    void aBracketScaledToASmallerOpSaysSoBesideItsClass() {
        GoResults spawn = GoResults.parse("go1.23.5", "BenchmarkGoSpawn-2 3 270000000 ns/op\n");
        List<Row> rows = Analysis.rows(List.of(
                s("runtime.GoSpawnBenchmark.spawnJoin1M", Map.of("variant", "GO", "runtime", "CONT"), "ms/op", 270.0, 270.0),
                s("runtime.GoSpawnBenchmark.spawnJoin1MJvm", Map.of("variant", "PLATFORM"), "ms/op", 1300.0, 1300.0)),
                spawn, Map.of("dev.golab.bench.runtime.GoSpawnBenchmark", spawn));
        assertThat(rows.get(1).ratioToGo()).isCloseTo(1300e6 / 2.7e6, within(1e-6));
        String table = MarkdownReport.scenarioTable("GoSpawn", rows);
        assertThat(table).contains("| **Go** GoSpawn, beside runtime.GoSpawnBenchmark | 270,000,000 |")
                .contains("| **Go** GoSpawn, beside runtime.GoSpawnBenchmark, × 0.01 per op | 2,700,000 |");
    }

    @Test
    void aScenarioWithOneGoBracketKeepsOneUnlabelledGoRow() throws IOException {
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "HCHAN"), "ns/op", 614.6, 614.6),
                s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "SEGMENT"), "ns/op", 500.0, 500.0)), go());
        String table = MarkdownReport.scenarioTable("ChanClose", rows);
        assertThat(table).contains("| **Go** ChanClose | 307 |").doesNotContain("beside");
        assertThat(table.lines().filter(l -> l.startsWith("| **Go**")).count()).isEqualTo(1);
    }

    @Test
    void goOpsOfAMillionElementsAreDividedToPerElementAndMillisecondsBecomeNanoseconds() throws IOException {
        Row append = Analysis.rows(List.of(s("collections.AppendBenchmark.append1e6Ints", Map.of("variant", "INT_SLICE"), "ns/op", 2.0, 2.0)), go()).get(0);
        assertThat(append.goNsPerOp()).isCloseTo((182164829.0 + 85936108.0) / 2 / 1e6, within(1e-9));
        Row skynet = Analysis.rows(List.of(s("sched.SkynetBenchmark.skynet1M", Map.of("carrier", "FJP", "size", "1000000"), "ms/op", 550.0, 650.0)), null).get(0);
        assertThat(skynet.unit()).isEqualTo("ns/op");
        assertThat(skynet.score()).isEqualTo(600e6);
        assertThat(skynet.goBenchmark()).isEqualTo("Skynet1M");
        assertThat(skynet.goNsPerOp()).isNull();
    }

    @Test
    void twoThreadJmhRowsAreComparedWithTwiceGosWallTimePerOperation() throws IOException {
        Row r = Analysis.rows(List.of(s("sync.MutexBenchmark.contended2", Map.of("variant", "GO_MUTEX"), "ns/op", 40.0, 40.0)), go()).get(0);
        assertThat(r.goNsPerOp()).isCloseTo((1896.0 + 4628.0) / 2 * 2, within(1e-9));
    }

    @Test
    void theBestJvmBaselineOfAScenarioIsTheDivisorAndJctoolsStandsBesideTheChannels() throws IOException {
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanProdConsBenchmark.prodCons", Map.of("variant", "HCHAN", "cap", "1024", "workers", "1"), "ns/op", 394.0, 394.0),
                s("chan.ChanProdConsBenchmark.prodCons", Map.of("variant", "JDK_ARRAY_BLOCKING_QUEUE", "cap", "1024", "workers", "1"), "ns/op", 130.0, 130.0),
                s("chan.ChanBufferedBarBenchmark.spsc", Map.of("variant", "JCTOOLS_SPSC", "cap", "1024"), "ns/op", 28.0, 28.0)), go());
        assertThat(rows).extracting(Row::scenario).containsOnly("ChanProdCons/cap=1024/workers=1");
        assertThat(rows).extracting(Row::jvmBaseline).containsExactly(false, true, true);
        assertThat(rows.get(0).ratioToBestJvm()).isCloseTo(394.0 / 28.0, within(1e-9));
        assertThat(rows.get(2).ratioToBestJvm()).isEqualTo(1.0);
    }

    @Test
    void benchmarksWithoutATwinGroupByMethodAndWorkloadParams() {
        Row r = Analysis.rows(List.of(new Sample("dev.golab.bench.gc.GcSimBenchmark.markedPerSecond",
                Map.of("variant", "HYBRID", "heap", "10000", "layout", "RANDOM"), "thrpt", "ops/s", List.of(5.0, 6.0))), null).get(0);
        assertThat(r.scenario()).isEqualTo("GcSimBenchmark.markedPerSecond heap=10000 layout=RANDOM");
        assertThat(r.unit()).isEqualTo("ops/s");
        assertThat(r.goBenchmark()).isNull();
        assertThat(r.timeLike()).isFalse();
    }

    @Test
    @DisplayName("two rows of one scenario with the same model label get the params that differ, so neither hides the other")
    void rowsThatWouldShareALabelAreToldApartByTheirDifferingParams() {
        List<Row> rows = Analysis.rows(List.of(
                s("collections.MapBenchmark.mapInsert1e6", Map.of("variant", "GO_SWISS", "order", "SEQUENTIAL"), "ns/op", 335.0, 335.0),
                s("collections.MapBenchmark.mapInsert1e6", Map.of("variant", "GO_SWISS", "order", "SHUFFLED"), "ns/op", 630.0, 630.0),
                s("collections.MapBenchmark.mapInsert1e6", Map.of("variant", "HASH_MAP"), "ns/op", 210.0, 210.0)), null);
        assertThat(rows).extracting(Row::model).containsExactly("collections.GO_SWISS (order=SEQUENTIAL)",
                "collections.GO_SWISS (order=SHUFFLED)", "collections.HASH_MAP");
    }

    @Test
    void theRuntimeParamIsPartOfTheModelNotOfTheScenario() {
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanSyncBenchmark.oneWay", Map.of("variant", "HCHAN", "runtime", "VT"), "ns/op", 1.0, 1.0),
                s("chan.ChanSyncBenchmark.oneWay", Map.of("variant", "HCHAN", "runtime", "CONT"), "ns/op", 1.0, 1.0)), null);
        assertThat(rows).extracting(Row::model).containsExactly("chan.HCHAN[VT]", "chan.HCHAN[CONT]");
        assertThat(rows).extracting(Row::scenario).containsOnly("ChanSync");
    }

    @Test
    void aBaselineMethodWithTheJvmSuffixJoinsItsScenarioAndEachRuntimeIsItsOwnModel() throws IOException {
        List<Row> rows = Analysis.rows(List.of(
                s("chan.ChanPingPongBenchmark.roundTrip", Map.of("variant", "HCHAN", "runtime", "VT"), "ns/op", 400.0, 420.0),
                s("chan.ChanPingPongBenchmark.roundTrip", Map.of("variant", "HCHAN", "runtime", "CONT"), "ns/op", 300.0, 310.0),
                s("chan.ChanPingPongBenchmark.roundTripJvm", Map.of("variant", "JOX"), "ns/op", 600.0, 600.0),
                s("chan.ChanProdConsBenchmark.prodConsJvm", Map.of("variant", "JOX", "cap", "16", "workers", "1"), "ns/op", 90.0, 90.0)),
                go());
        assertThat(rows).extracting(Row::scenario).containsExactly("ChanPingPong", "ChanPingPong", "ChanPingPong",
                "ChanProdCons/cap=16/workers=1");
        assertThat(rows).extracting(Row::model).containsExactly("chan.HCHAN[VT]", "chan.HCHAN[CONT]", "chan.JOX", "chan.JOX");
        assertThat(rows.get(2).jvmBaseline()).isTrue();
        assertThat(rows.get(1).ratioToBestJvm()).isCloseTo(305.0 / 600.0, within(1e-9));
        assertThat(GoTwins.scenarioName("dev.golab.bench.xsync.Foo.barJvm")).isEqualTo("xsync.Foo.bar");
    }
}
