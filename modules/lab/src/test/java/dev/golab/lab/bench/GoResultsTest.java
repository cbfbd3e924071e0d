package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("golab bench: parsing `go test -bench` output (recorded: go-bench-output.txt, Go 1.23.5, -count 2)")
class GoResultsTest {
    static String fixture(String name) throws IOException {
        try (InputStream in = GoResultsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void namesLoseTheBenchmarkPrefixAndTheGomaxprocsSuffixAndKeepSubBenchmarks() throws IOException {
        GoResults r = GoResults.parse("go1.23.5", fixture("go-bench-output.txt"));
        assertThat(r.results()).containsKeys("ChanClose", "ChanProdCons/cap=16/workers=4", "Append1e6Ints", "MutexContended2");
        assertThat(r.results().keySet()).noneMatch(k -> k.startsWith("Benchmark") || k.endsWith("-2"));
    }

    @Test
    void eachCountIsOneValueInOrder() throws IOException {
        GoResults r = GoResults.parse("go1.23.5", fixture("go-bench-output.txt"));
        assertThat(r.nsPerOp("ChanClose")).containsExactly(427.3, 187.3);
        assertThat(r.nsPerOp("Append1e6Ints")).containsExactly(182164829.0, 85936108.0);
        assertThat(r.results()).hasSize(9);
    }

    @Test
    void headerLinesGiveTheCpuAndAreNotResults() throws IOException {
        GoResults r = GoResults.parse("go1.23.5", fixture("go-bench-output.txt"));
        assertThat(r.cpu()).isEqualTo("Oxide Virtual Turin-like Processor");
        assertThat(r.ok()).isTrue();
        assertThat(GoResults.nameOf("PASS")).isNull();
        assertThat(GoResults.nameOf("ok  \tgolab.dev/benchmarks/go\t6.329s")).isNull();
    }

    @Test
    void aMissingTwinHasNoValuesRatherThanAnError() throws IOException {
        GoResults r = GoResults.parse("go1.23.5", fixture("go-bench-output.txt"));
        assertThat(r.nsPerOp("Skynet1M")).isEmpty();
        assertThat(GoResults.notAvailable("no go on PATH").ok()).isFalse();
    }

    @Test
    void theBenchRegexMatchesWholeTopLevelNamesAsGoSeesThem() {
        String re = GoBench.regex(new java.util.LinkedHashSet<>(java.util.List.of("ChanSync", "ChanProdCons")));
        assertThat("BenchmarkChanSync").matches(re);
        assertThat("BenchmarkChanProdCons").matches(re);
        assertThat("BenchmarkChanSyncX").doesNotMatch(re);
    }
}
