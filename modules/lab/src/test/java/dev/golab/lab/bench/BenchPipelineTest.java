package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/** The whole pipeline, live but tiny: one JMH row, one fork, one 50 ms iteration, Go skipped. */
@DisplayName("golab bench: the pipeline from JMH to report, json, charts and dashboard cannot rot")
class BenchPipelineTest {
    @Test
    void aTinyRunOfOneScenarioWritesEveryFile(@TempDir Path out) throws Exception {
        var req = new BenchRun.Request("chan.ChanCloseBenchmark.makeAndClose", Suites.entries("chan.ChanCloseBenchmark.makeAndClose"),
                Settings.tiny(), false, null, out, new CommandLineOptions("-p", "variant=HCHAN"), Path.of("benchmarks", "go"), null);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ResultsFile.Results r = new BenchRun(req, new PrintStream(progress, true, StandardCharsets.UTF_8)).run(false);

        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.model()).isEqualTo("chan.HCHAN");
            assertThat(row.forks()).isEqualTo(1);
            assertThat(row.score()).isPositive();
            assertThat(row.goBenchmark()).isEqualTo("ChanClose");
            assertThat(row.goNsPerOp()).isNull();
        });
        assertThat(r.info().status()).isEqualTo("complete");
        assertThat(r.info().notes()).contains("Go twin not run (--no-vs-go)");
        assertThat(out.resolve("report.md")).content().contains("### ChanClose", "chan.HCHAN");
        assertThat(ResultsFile.read(out).rows()).isEqualTo(r.rows());
        assertThat(r.jmh()).isNotNull();
        assertThat(r.jmh().get(0).get("benchmark").asText()).isEqualTo("dev.golab.bench.chan.ChanCloseBenchmark.makeAndClose");
        assertThat(out.resolve("charts/chan-ChanClose.png")).isRegularFile();
        assertThat(out.resolve("charts/chan-ChanClose.svg")).isRegularFile();
        assertThat(out.resolve("dashboard.html")).content().contains("ChanClose");
        assertThat(out.resolve("jmh.log")).content().contains("ChanCloseBenchmark.makeAndClose");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("jmh [1/1] chan.ChanCloseBenchmark.makeAndClose variant=HCHAN")
                .contains("ETA");
        assertThat(Files.list(out).filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
}
