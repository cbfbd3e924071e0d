package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("golab bench: Go runs right before and right after each JMH class, so a row and its Go twin are minutes apart")
class InterleaveTest {
    static final String TWO_CLASSES = "xsync.ContextBenchmark.golabErrCheck|xsync.LimiterBenchmark.golabAllowUncontended";

    @Test
    @DisplayName("one batch per class in the selection's order, each with its Go twins and a regex selecting exactly its benchmarks")
    void batchesFollowClassesAndSelectExactlyTheirBenchmarks() {
        List<Interleave.Batch> batches = Interleave.plan(Suites.entries(TWO_CLASSES + "|chan.ChanSyncBenchmark.oneWay.*"));

        assertThat(batches).extracting(Interleave.Batch::shortName)
                .containsExactly("chan.ChanSyncBenchmark", "xsync.ContextBenchmark", "xsync.LimiterBenchmark");
        assertThat(batches.get(0).goTopLevels()).containsExactly("ChanSync");
        assertThat(batches.get(0).entries()).hasSize(2);                      // oneWay and its JVM baselines, oneWayJvm
        assertThat(batches.get(1).goTopLevels()).containsExactly("ContextErrCheck");
        Pattern sync = Pattern.compile(batches.get(0).include());
        assertThat(sync.matcher("dev.golab.bench.chan.ChanSyncBenchmark.oneWay").find()).isTrue();
        assertThat(sync.matcher("dev.golab.bench.chan.ChanSyncBenchmark.oneWayJvm").find()).isTrue();
        assertThat(sync.matcher("dev.golab.bench.chan.ChanSyncBenchmark.baseline").find()).isFalse();
        assertThat(sync.matcher("dev.golab.bench.xsync.ContextBenchmark.golabErrCheck").find()).isFalse();
    }

    @Test
    @DisplayName("Go's -count is split around a batch, not doubled: 5 = 3 before + 2 after, 2 = 1 + 1, 1 = 1 + 0")
    void theCountIsSplitNotDoubled() {
        for (int n = 1; n <= 9; n++) assertThat(Interleave.countBefore(n) + Interleave.countAfter(n)).isEqualTo(n);
        assertThat(List.of(Interleave.countBefore(5), Interleave.countAfter(5))).containsExactly(3, 2);
        assertThat(List.of(Interleave.countBefore(1), Interleave.countAfter(1))).containsExactly(1, 0);
    }

    @Test
    @DisplayName("merging two Go brackets keeps every value in order and the first version and CPU; a failed part marks the whole")
    void mergeKeepsAllValues() {
        GoResults a = new GoResults("go1.23.5", "ok", "cpu A", Map.of("ChanSync", List.of(150.0, 151.0)));
        GoResults b = new GoResults("go1.23.5", "ok", "cpu A", Map.of("ChanSync", List.of(160.0), "ChanClose", List.of(90.0)));
        GoResults m = a.merge(b);
        assertThat(m.nsPerOp("ChanSync")).containsExactly(150.0, 151.0, 160.0);
        assertThat(m.nsPerOp("ChanClose")).containsExactly(90.0);
        assertThat(m.ok()).isTrue();
        assertThat(a.merge(GoResults.notAvailable("boom")).status()).isEqualTo("n/a: boom");
    }

    @Test
    @DisplayName("a live run of two classes calls Go four times, before and after each class's JMH rows, and compares each row with the two brackets of its own class")
    void aRunOfTwoClassesBracketsEachWithGo(@TempDir Path dir) throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path go = fakeGo(dir, calls);
        Path out = dir.resolve("run");
        Settings twoCounts = new Settings("tiny", 1, 0, 0, 1, 50, "1x", 2);
        var req = new BenchRun.Request(TWO_CLASSES, Suites.entries(TWO_CLASSES), twoCounts, true, null, out,
                null, dir, null);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ResultsFile.Results r = new BenchRun(req, new PrintStream(progress, true, StandardCharsets.UTF_8)).withGo(go).run(false);

        assertThat(Files.readAllLines(calls)).containsExactly(
                "-bench ^Benchmark(ContextErrCheck)$ -count 1", "-bench ^Benchmark(ContextErrCheck)$ -count 1",
                "-bench ^Benchmark(LimiterAllowUncontended)$ -count 1", "-bench ^Benchmark(LimiterAllowUncontended)$ -count 1");
        String p = progress.toString(StandardCharsets.UTF_8);
        assertThat(p).containsSubsequence("go ContextErrCheck before xsync.ContextBenchmark", "xsync.ContextBenchmark.golabErrCheck",
                "go ContextErrCheck after xsync.ContextBenchmark", "go LimiterAllowUncontended before xsync.LimiterBenchmark",
                "xsync.LimiterBenchmark.golabAllowUncontended", "go LimiterAllowUncontended after xsync.LimiterBenchmark");
        // The fake prints both twins on every call, so the whole run holds four values of each, and
        // each row must use only the two of the brackets beside its own class.
        assertThat(r.go().nsPerOp("ContextErrCheck")).containsExactly(101.0, 102.0, 103.0, 104.0);
        assertThat(r.go().nsPerOp("LimiterAllowUncontended")).containsExactly(101.0, 102.0, 103.0, 104.0);
        assertThat(r.rows()).filteredOn(row -> "ContextErrCheck".equals(row.goBenchmark()))
                .singleElement().satisfies(row -> assertThat(row.goNsPerOp()).isEqualTo(101.5));
        assertThat(r.rows()).filteredOn(row -> "LimiterAllowUncontended".equals(row.goBenchmark()))
                .singleElement().satisfies(row -> assertThat(row.goNsPerOp()).isEqualTo(103.5));
        assertThat(r.info().notes()).anyMatch(n -> n.startsWith("Go ran beside each of the 2 benchmark classes with a Go twin"));
        assertThat(out.resolve("go.log")).content().contains("before xsync.ContextBenchmark", "after xsync.LimiterBenchmark");
        assertThat(out.resolve("jmh.log")).content().contains("ContextBenchmark.golabErrCheck", "LimiterBenchmark.golabAllowUncontended");
    }

    @Test
    @DisplayName("a Go toolchain that fails loses no JMH row: the failure is noted once, and Go is not asked again")
    void aFailingGoLosesNoJmhRow(@TempDir Path dir) throws Exception {
        Path calls = dir.resolve("calls.txt");
        Path go = dir.resolve("go");
        Files.writeString(go, """
                #!/bin/sh
                if [ "$1" = env ]; then echo go1.23-fake; exit 0; fi
                echo called >> "%s"
                echo "# golab.dev/benchmarks/go: cannot find package"
                exit 1
                """.formatted(calls));
        Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
        var req = new BenchRun.Request(TWO_CLASSES, Suites.entries(TWO_CLASSES), new Settings("tiny", 1, 0, 0, 1, 50, "1x", 2),
                true, null, dir.resolve("run"), null, dir, null);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ResultsFile.Results r = new BenchRun(req, new PrintStream(progress, true, StandardCharsets.UTF_8)).withGo(go).run(false);

        assertThat(Files.readAllLines(calls)).hasSize(1);
        assertThat(r.rows()).hasSize(2).allSatisfy(row -> assertThat(row.score()).isPositive());
        assertThat(r.info().notes()).filteredOn(n -> n.startsWith("Go (before xsync.ContextBenchmark): n/a: go test failed (exit 1)"))
                .singleElement();
        assertThat(r.info().status()).isEqualTo("complete");
    }

    /**
     * A `go` that logs each `go test` call and prints, for both twins of TWO_CLASSES whatever -bench
     * asked, one result line per -count: 101, 102, ... ns/op by call.
     */
    private static Path fakeGo(Path dir, Path calls) throws Exception {
        Path go = dir.resolve("go");
        Files.writeString(go, """
                #!/bin/sh
                if [ "$1" = env ]; then echo go1.23-fake; exit 0; fi
                while [ $# -gt 0 ]; do
                  case "$1" in -bench) re=$2; shift;; -count) n=$2; shift;; esac; shift
                done
                echo "-bench $re -count $n" >> "%s"
                k=$(wc -l < "%s")
                echo "cpu: fake"
                for name in ContextErrCheck LimiterAllowUncontended; do
                  i=0; while [ $i -lt $n ]; do i=$((i+1)); echo "Benchmark$name-2   1000   $((100 + k + i - 1)).0 ns/op"; done
                done
                """.formatted(calls, calls));
        Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
        return go;
    }
}
