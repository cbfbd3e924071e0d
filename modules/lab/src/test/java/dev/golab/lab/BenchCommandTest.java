package dev.golab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

@DisplayName("golab bench: every wrong argument is one message and exit 2, before any benchmark runs")
class BenchCommandTest {
    static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine(args);
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @ParameterizedTest(name = "golab {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "bench                                      | name a suite",
            "bench NoSuchBenchmarkAnywhere --quick      | no benchmark matches 'NoSuchBenchmarkAnywhere'",
            "bench chan[ --quick                        | not a suite and not a valid regex",
            "bench chan --runtime loom                  | --runtime 'loom' is not one of vt, cont, all",
            "bench chan --quick --full                  | --quick and --full exclude each other",
            "bench chan --gomaxprocs 0                  | --gomaxprocs 0 is out of range; valid: 1..1024",
            "bench chan --gomaxprocs two                | --gomaxprocs",
            "bench chan --out /proc/golab-bench-out     | is not writable",
            "bench chan -- -f notanumber                | bad JMH option after -- in '-f notanumber'",
            "bench --runtime loom                       | --runtime 'loom' is not one of vt, cont, all",
            "bench compare /nonexistent/a /nonexistent/b | no results.json at /nonexistent/a",
    })
    void badInputIsRejectedWithExit2(String args, String message) {
        StringWriter err = new StringWriter();
        int code = run(err, args.trim().split("\\s+"));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(message).doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "suite {0} selects {1} and not {2}")
    @CsvSource({"chan, dev.golab.bench.chan.ChanSyncBenchmark.oneWay, dev.golab.bench.sched.ChanPingPongBenchmark.roundTrip",
            "sync, dev.golab.bench.sync.MutexBenchmark.uncontended, dev.golab.bench.xsync.LimiterBenchmark.golabAllowUncontended"})
    void aSuiteIsItsBenchmarkPackage(String suite, String in, String out) {
        String re = dev.golab.lab.bench.Suites.include(suite);
        assertThat(in).matches(re);
        assertThat(out).doesNotMatch(re);
    }
}
