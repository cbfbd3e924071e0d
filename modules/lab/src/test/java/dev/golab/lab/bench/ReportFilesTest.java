package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("golab bench: report.md, results.json, charts and the dashboard from recorded rows")
class ReportFilesTest {
    static ResultsFile.Results results() throws Exception {
        GoResults go = AnalysisTest.go();
        List<Row> rows = Analysis.rows(List.of(
                AnalysisTest.s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "HCHAN"), "ns/op", 866.0, 4944.0),
                AnalysisTest.s("chan.ChanCloseBenchmark.makeAndClose", Map.of("variant", "JDK_LINKED_TRANSFER_QUEUE"), "ns/op", 323.0, 361.0),
                AnalysisTest.s("chan.ChanProdConsBenchmark.prodCons", Map.of("variant", "HCHAN", "cap", "16", "workers", "4"), "ns/op", 1351.0, 1400.0)), go);
        var info = new ResultsFile.RunInfo("2026-12-04T16:12:38Z", "AMD EPYC", 2, 24.48, 22.19, "OpenJDK 25", "go1.23.5 (ok)",
                Settings.quick().describe(), "chan", "complete", List.of("box loaded </script>"));
        return new ResultsFile.Results(ResultsFile.SCHEMA, info, rows, go, null);
    }

    @Test
    void theReportHeaderNamesMachineLoadToolchainsAndSettings() throws Exception {
        String md = MarkdownReport.render(results());
        assertThat(md).contains("| machine | AMD EPYC, 2 cores |", "before 24.48, after 22.19", "| JDK | OpenJDK 25 |",
                "| Go | go1.23.5 (ok) |", "quick: JMH -f 2");
    }

    @Test
    void eachScenarioListsItsModelsWithRangesRatiosFlagsAndTheGoRow() throws Exception {
        String md = MarkdownReport.render(results());
        assertThat(md).contains("### ChanClose", "| chan.HCHAN | 2905 | 866–4944 (2) | 9.45× | 8.49× | bimodal |",
                "| **Go** ChanClose | 307 | 187–427 | 1.00 |", "### ChanProdCons/cap=16/workers=4");
    }

    @Test
    void resultsJsonRoundTripsWithTheRowSchemaOtherToolsRead(@TempDir Path dir) throws Exception {
        ResultsFile.write(dir.resolve("results.json"), results());
        String json = Files.readString(dir.resolve("results.json"));
        for (String field : List.of("benchmark", "method", "params", "score", "min", "max", "forks", "unit", "goBenchmark",
                "goNsPerOp", "ratioToGo", "bimodal")) {
            assertThat(json).contains("\"" + field + "\"");
        }
        ResultsFile.Results back = ResultsFile.read(dir);
        assertThat(back.rows()).isEqualTo(results().rows());
        assertThat(back.go().nsPerOp("ChanClose")).containsExactly(427.3, 187.3);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void chartsArePngAndSvgPerScenarioPlusTheRatioToGoOverview(@TempDir Path dir) throws Exception {
        List<Path> files = Charts.write(dir, results().rows());
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("chan-ChanClose.png", "chan-ChanClose.svg",
                "ratio-to-go.png", "ratio-to-go.svg");
        assertThat(Files.readAllBytes(dir.resolve("chan-ChanClose.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("ratio-to-go.svg"))).contains("<svg").contains("<path");   // XChart draws text as outlines
    }

    @Test
    void theDashboardIsOneFileWithItsDataInlineAndNothingFetched() throws Exception {
        String html = Dashboard.render(results());
        assertThat(html).doesNotContain(Dashboard.PLACEHOLDER).contains("\"scenario\" : \"ChanClose\"");
        assertThat(html).doesNotContain("http://", "https://", "<link", " src=");
        assertThat(html).contains("box loaded <\\/script>");   // data cannot close the script tag
    }

    @Test
    void docsPutTheHandWrittenProseAboveEachModulesGeneratedTables(@TempDir Path dir) throws Exception {
        String notes = "# notes\n\n## intro\nIntro words.\n\n## chan\nParking dominates.\n\n## gc\nNot in this run.\n";
        assertThat(BenchDocs.sections(notes)).containsOnlyKeys("intro", "chan", "gc").containsEntry("chan", "Parking dominates.");
        String md = BenchDocs.render(results(), notes, dir.resolve("bench/2026-12-05"), dir);
        assertThat(md).contains("Intro words.", "## chan\n\n**What dominates.** Parking dominates.", "### ChanClose",
                "](bench/2026-12-05/report.md)", "| ChanClose | chan.HCHAN | 9.45× | chan.JDK_LINKED_TRANSFER_QUEUE 1.11× |");
        assertThat(md.indexOf("Parking dominates.")).isLessThan(md.indexOf("### ChanClose"));
        assertThat(md).doesNotContain("Not in this run.");
    }

    @Test
    void docsNameTheCommandThatRegeneratesThemFromTheWorkingDirectory(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("docs/bench/2026-12-05");
        String md = BenchDocs.render(results(), "", run, dir.resolve("docs"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("generated by `\\./golab bench docs ([^`]+)`").matcher(md);
        assertThat(m.find()).isTrue();
        assertThat(Path.of("").toAbsolutePath().resolve(m.group(1)).normalize()).isEqualTo(run.toAbsolutePath().normalize());
        assertThat(md).contains("](bench/2026-12-05/report.md)");     // links stay relative to docs/
    }
}
