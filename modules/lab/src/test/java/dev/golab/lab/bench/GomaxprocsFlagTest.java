package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * `golab bench --gomaxprocs N`: both sides of a comparison run at the same processor count. Go reads
 * GOMAXPROCS; the continuation runtime reads -Dgolab.gomaxprocs; the JDK's virtual-thread scheduler
 * reads jdk.virtualThreadScheduler.parallelism (its carriers are VT's Ps).
 */
@DisplayName("golab bench --gomaxprocs: Go, the continuation runtime and the JDK's carriers all run at N")
class GomaxprocsFlagTest {
    private static final String ONE = "runtime.ContRuntimeBenchmark.pingPongRoundTrip";

    private static Options options(Integer gomaxprocs, Options parent) {
        var req = new BenchRun.Request(ONE, Suites.entries(ONE), Settings.tiny(), false, null, Path.of("unused"), parent,
                Path.of("benchmarks", "go"), gomaxprocs);
        return new BenchRun(req, new PrintStream(OutputStream.nullOutputStream())).options(null);
    }

    @Test
    @DisplayName("--gomaxprocs 1: every fork gets -Dgolab.gomaxprocs=1 and one carrier, and a gomaxprocs @Param is set to 1")
    void forksGetThePCountAndTheParam() {
        Options o = options(1, null);
        assertThat(o.getJvmArgsAppend().get()).contains("-Dgolab.gomaxprocs=1", "-Djdk.virtualThreadScheduler.parallelism=1");
        assertThat(o.getParameter("gomaxprocs").get()).containsExactly("1");
    }

    @Test
    @DisplayName("a -jvmArgsAppend given after -- is kept beside the P count, not replaced by it")
    void theUsersJvmArgsAppendIsKept() throws Exception {
        Options o = options(2, new CommandLineOptions("-jvmArgsAppend", "-Dmy.flag=yes"));
        assertThat(o.getJvmArgsAppend().get()).contains("-Dmy.flag=yes", "-Dgolab.gomaxprocs=2");
    }

    @Test
    @DisplayName("without --gomaxprocs nothing is set: each side uses the CPU count (or an inherited GOMAXPROCS), as before")
    void withoutTheFlagNothingIsSet() {
        Options o = options(null, null);
        assertThat(o.getJvmArgsAppend().hasValue()).isFalse();
        assertThat(o.getParameter("gomaxprocs").hasValue()).isFalse();
        var env = GoBench.command(Path.of("go"), Path.of("."), Set.of("ChanSync"), Settings.tiny(), null).environment();
        assertThat(env.get("GOMAXPROCS")).isEqualTo(System.getenv("GOMAXPROCS"));   // inherited, not chosen
    }

    @Test
    @DisplayName("the Go twin runs with GOMAXPROCS=N in its environment, offline as always")
    void theGoTwinRunsAtN() {
        var env = GoBench.command(Path.of("go"), Path.of("."), Set.of("ChanSync"), Settings.tiny(), 1).environment();
        assertThat(env).containsEntry("GOMAXPROCS", "1").containsEntry("GOPROXY", "off");
    }

    @Test
    @DisplayName("Go names a benchmark without the -N suffix at GOMAXPROCS=1; the parser reads both forms")
    void goNamesWithoutSuffixAtOneProcParse() {
        GoResults r = GoResults.parse("go1.23.5", "BenchmarkChanSync         \t 7208974\t       143.7 ns/op\n"
                + "BenchmarkChanSync-2       \t 9006452\t       131.3 ns/op\n");
        assertThat(r.nsPerOp("ChanSync")).containsExactly(143.7, 131.3);
    }
}
