package dev.golab.lab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Guide: which benchmark answers a question, and where do its latest numbers come from?")
class BenchIndexTest {
    @TempDir
    Path root;

    private void write(String rel, String text) throws IOException {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    @DisplayName("a benchmark answers the IDs its source names; the newest results.json run that measured it gives its rows (the report rows, not JMH's raw array)")
    void benchmarkIdsAndNewestResultsRows() throws IOException {
        Files.createDirectories(root.resolve("modules"));
        write("benchmarks/src/main/java/b/FooBenchmark.java", "/* Question (CONC-01.05): mutex or channel? */ class FooBenchmark {}");
        write("benchmarks/src/main/java/b/BarBenchmark.java", "/* no question here */ class BarBenchmark {}");
        String row = """
                {"schema":"golab-bench/1","rows":[{"benchmark":"b.FooBenchmark","method":"mutex","params":{"n":"2"},
                 "score":%s,"min":1,"max":2,"forks":2,"unit":"ns/op","goBenchmark":"BenchmarkFoo","goNsPerOp":3.0,
                 "ratioToGo":0.5,"bimodal":false}],
                 "jmh":[{"benchmark":"b.FooBenchmark.mutex","params":{"n":"2"}}]}""";   // JMH's own JSON follows, as bench writes it
        write("docs/bench/2026-12-01/results.json", row.formatted("9.0"));
        write("docs/bench/2026-12-04/results.json", row.formatted("1.5"));
        write("docs/bench/2026-12-05-focused/results.json", """
                {"schema":"golab-bench/1","rows":[{"benchmark":"b.BarBenchmark","method":"x","params":{},"score":7}]}""");

        BenchIndex b = BenchIndex.scan(root);

        assertThat(b.forQuestion("CONC-01")).extracting(BenchIndex.Bench::name).containsExactly("FooBenchmark");
        assertThat(b.carrying("CONC-01.05")).hasSize(1);
        assertThat(b.forQuestion("CONC-02")).isEmpty();
        assertThat(b.resultsFile()).isEqualTo(Path.of("docs/bench/2026-12-05-focused/results.json"));
        assertThat(b.resultsFilesOf("FooBenchmark")).as("a newer focused run without Foo does not hide its rows")
                .containsExactly(Path.of("docs/bench/2026-12-04/results.json"));
        assertThat(b.rowsOf("FooBenchmark")).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("mutex");
            assertThat(r.params()).isEqualTo("n=2");
            assertThat(r.raw().path("score").asDouble()).isEqualTo(1.5);
        });
    }

    @Test
    @DisplayName("which run is newer is said by when it started (info.date), not by its directory name: a morning focus run does not hide the later full run")
    void runsAreOrderedByTheirStartNotTheirPath() throws IOException {
        Files.createDirectories(root.resolve("modules"));
        write("benchmarks/src/main/java/b/FooBenchmark.java", "/* Question (CONC-01.05): mutex or channel? */ class FooBenchmark {}");
        String run = """
                {"schema":"golab-bench/1","info":{"date":"%s"},
                 "rows":[{"benchmark":"b.FooBenchmark","method":"mutex","params":{},"score":%s}]}""";
        write("docs/bench/2026-12-06/results.json", run.formatted("2026-12-06T05:09:54Z", "2.0"));          // the full run
        write("docs/bench/2026-12-06-spawn/results.json", run.formatted("2026-12-06T04:18:27Z", "9.0"));    // earlier, sorts later
        write("docs/bench/2026-12-05/results.json", """
                {"schema":"golab-bench/1","rows":[{"benchmark":"b.FooBenchmark","method":"mutex","params":{},"score":5}]}""");

        BenchIndex b = BenchIndex.scan(root);

        assertThat(b.resultsFilesOf("FooBenchmark")).containsExactly(Path.of("docs/bench/2026-12-06/results.json"));
        assertThat(b.rowsOf("FooBenchmark")).singleElement().satisfies(r -> assertThat(r.raw().path("score").asDouble()).isEqualTo(2.0));
        assertThat(BenchIndex.startedAt(root.resolve("docs/bench/2026-12-05/results.json"), JsonNodeFactory.instance.objectNode()))
                .as("no info.date: the start of the day the directory names").isEqualTo("2026-12-05T00:00:00Z");
    }

    @Test
    @DisplayName("a run made with `golab bench --gomaxprocs N` labels its rows gomaxprocs=N, since most benchmarks have no such param")
    void aGomaxprocsRunIsLabelled() throws IOException {
        Files.createDirectories(root.resolve("modules"));
        write("benchmarks/src/main/java/b/FooBenchmark.java", "/* Question (CONC-01.05): mutex or channel? */ class FooBenchmark {}");
        write("docs/bench/2026-12-06-procs1/results.json", """
                {"schema":"golab-bench/1","info":{"selection":"b.Foo --runtime [CONT] --gomaxprocs 1"},
                 "rows":[{"benchmark":"b.FooBenchmark","method":"mutex","params":{"runtime":"CONT"},"score":2},
                         {"benchmark":"b.FooBenchmark","method":"engine","params":{"gomaxprocs":"1"},"score":3}]}""");

        assertThat(BenchIndex.scan(root).rowsOf("FooBenchmark")).extracting(BenchIndex.Row::params)
                .containsExactly("runtime=CONT, gomaxprocs=1", "gomaxprocs=1");
        assertThat(BenchIndex.gomaxprocs("all --runtime [VT, CONT]")).as("a default run stays unlabelled").isNull();
    }

    @Test
    @DisplayName("without results.json, the docs/benchmarks.md table rows naming the benchmark are quoted with their header")
    void fallsBackToTheBenchmarksMdTable() throws IOException {
        Files.createDirectories(root.resolve("modules"));
        write("docs/benchmarks.md", """
                # Benchmarks
                ## Sync
                | scenario | golab | Go |
                |---|---|---|
                | mutex (`FooBenchmark`) | 4.7 | 5.0 |
                | other (`BazBenchmark`) | 1 | 2 |
                """);
        BenchIndex b = BenchIndex.scan(root);
        assertThat(b.resultsFile()).isNull();
        assertThat(b.benchmarksMdLines("FooBenchmark")).containsExactly("*Sync*", "", "| scenario | golab | Go |", "|---|---|---|",
                "| mutex (`FooBenchmark`) | 4.7 | 5.0 |");
    }
}
