package dev.golab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.lab.cli.CliErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every subcommand, fed bad arguments as a new user would (issue 10, "The CLI fails cleanly"): one line
 * on stderr naming what is wrong and what is valid, exit 2, no stack frame (CLI-I1..CLI-I3).
 */
@DisplayName("CLI Q: what does golab do with a bad argument? One line (what is wrong; what is valid), exit 2, no stack trace")
class BadInputTest {
    /** args | a phrase the one line must contain. The first word is the subcommand. */
    static final String TABLE = """
            gc --memlimit banana              | --memlimit: 'banana' is not a byte size; valid: off, bytes
            gc --memlimit 1GB                 | '1GB' uses a decimal unit, which GOMEMLIMIT does not read
            gc --memlimit 99999999TiB         | is more than int64 bytes
            gc --gogc xyz                     | --gogc: 'xyz' is not a GOGC value (Go would silently use 100); valid: off
            gc --gogc -2                      | --gogc: '-2' is out of range
            gc --svg /no/such/dir/x.svg       | --svg: directory /no/such/dir does not exist; valid: a file in an existing directory
            gc --png /                        | --png: '/' is a directory
            gc --html /no/such/dir/x.html     | --html: directory /no/such/dir does not exist
            gc --workload nope                | --workload: no workload 'nope'; valid: GUIDE, STEADY
            gc --barrier nope                 | --barrier: no barrier 'nope'; valid: none, dijkstra
            gc --scenario nope                | --scenario: no scenario 'nope'; valid: INSERTION_RACE
            gc --procs 0                      | --procs: 0 is out of range; valid: 1..256
            gc --seconds 0                    | --seconds: 0 is out of range; valid: more than 0 and at most 600
            gc --seconds soon                 | --seconds: 'soon' is not a number of seconds
            gc --seed x                       | --seed: 'x' is not a whole number; valid: a whole number
            gc --nope                         | unknown option '--nope'; valid options: --barrier
            gc extra                          | unexpected argument 'extra'; see 'golab gc --help'
            sched --scenario nope             | --scenario: no scenario 'nope'; valid: steal, syscall, preempt
            sched --procs 0                   | --procs: 0 is out of range; valid: 1..256
            sched --procs 100000              | --procs: 100000 is out of range; valid: 1..256
            sched --procs two                 | --procs: 'two' is not a whole number; valid: 1..256
            sched --limit 5                   | --limit: missing unit in duration "5"; valid: a Go duration
            sched --limit 1d                  | --limit: unknown unit "d" in duration "1d"
            sched --limit 2h                  | --limit: 2h is out of range; valid: a Go duration from 1us to 1h
            sched --svg /no/such/dir/x.svg    | --svg: directory /no/such/dir does not exist
            sched --html /no/such/dir/x.html  | --html: directory /no/such/dir does not exist
            tour nochapter                    | no chapter 'nochapter'; valid: runtime, sync, channels
            tour --nope                       | unknown option '--nope'
            answer NOPE-99                    | unknown ID 'NOPE-99'; closest:
            answer banana                     | unknown ID 'banana'; closest:
            answer                            | give a question ID (e.g. CORE-06 or CONC-03.02), --list or --write
            answer --list NOPE                | unknown category 'NOPE'; valid: CORE, RT, CONC
            answer CORE-06 --list             | give a question ID or --list, not both
            quiz nope                         | unknown topic 'nope'; valid: slices, select, recover, gc
            quiz --count 0                    | --count must be at least 1
            quiz --seed x                     | --seed: 'x' is not a whole number; valid: a whole number
            bench --nope                      | unknown option '--nope'; valid options: --debug, --docs, --full, --gomaxprocs, --help, --html, --out, --quick, --runtime, --version, --vs-go
            help nope                         | unknown subcommand 'nope'; valid: tour, answer, quiz, bench, gc, sched
            nope                              | unknown command 'nope'; valid: tour, answer, quiz, bench, gc, sched
            """;

    static Stream<Arguments> table() {
        return TABLE.lines().map(l -> l.split("\\|", 2)).map(c -> Arguments.of(c[0].strip(), c[1].strip()));
    }

    static String[] argv(String args) {
        return args.isBlank() ? new String[0] : args.split("\\s+");
    }

    @ParameterizedTest(name = "golab {0}  →  ...{1}...")
    @MethodSource("table")
    @DisplayName("CLI-I1/I2/I3: a bad argument gets exactly one stderr line, exit 2, no '\\tat ' frame")
    void badArgumentGetsOneLineAndExitTwo(String args, String phrase) {
        CliRun r = CliRun.of(argv(args));

        assertThat(r.exit()).as("exit code of golab %s; stderr: %s", args, r.err()).isEqualTo(CliErrors.USAGE);
        assertThat(r.errLines()).as("stderr of golab %s", args).hasSize(1);
        String line = r.errLines().getFirst();
        assertThat(line).startsWith("golab").contains(phrase).contains(";");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    @DisplayName("the bad-input table covers every subcommand golab has")
    void tableCoversEverySubcommand() {
        Set<String> covered = table().map(a -> argv((String) a.get()[0])).filter(a -> a.length > 0)
                .map(a -> a[0]).collect(Collectors.toSet());
        assertThat(covered).containsAll(Main.commandLine().getSubcommands().keySet());
    }

    @Test
    @DisplayName("CLI-I1: a bad ID beside --write is refused before a single page is written")
    void answerWriteChecksItsArgumentsBeforeWriting() {
        CliRun r = CliRun.of("answer", "--write", "NOPE-99");

        assertThat(r.exit()).isEqualTo(CliErrors.USAGE);
        assertThat(r.errLines()).singleElement().asString().contains("unknown ID 'NOPE-99'");
        assertThat(r.out()).as("nothing written, nothing reported as written").isEmpty();
    }

    @Test
    @DisplayName("CLI-I2: --debug adds the stack trace after the same one line")
    void debugShowsTheStackTrace() {
        CliRun r = CliRun.of("gc", "--memlimit", "banana", "--debug");

        assertThat(r.exit()).isEqualTo(CliErrors.USAGE);
        assertThat(r.errLines().getFirst()).startsWith("golab gc: --memlimit: 'banana' is not a byte size");
        assertThat(r.err()).contains("\tat ");
    }

    @Test
    @DisplayName("CLI-I1 end to end: Main.main in a fresh JVM exits 2 with one stderr line and nothing on stdout")
    void mainExitsTwoInAFreshJvm() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sched", "--procs", "100000").start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err.lines().toList()).containsExactly("golab sched: --procs: 100000 is out of range; valid: 1..256");
        assertThat(out).isEmpty();
    }

    @Command(name = "disk")
    static final class FailingCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    @DisplayName("CLI-I2: a failure that is not a usage error (an I/O error) is one line too, exit 1, no trace")
    void aFailureIsOneLineWithExitOne() {
        StringWriter err = new StringWriter();
        CommandLine cl = CliErrors.install(new CommandLine(new FailingCommand()));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute();

        assertThat(code).isEqualTo(CliErrors.FAILURE);
        assertThat(err.toString().lines().toList()).containsExactly(
                "disk: No space left on device; this is a failure, not a usage error (--debug shows the stack trace)");
    }

    @Test
    @DisplayName("a good argument still works: golab sched --procs 2 --limit 5ms runs and exits 0")
    void goodArgumentsStillRun() {
        CliRun r = CliRun.of("sched", "--procs", "2", "--scenario", "STEAL", "--limit", "5ms");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("scenario steal, GOMAXPROCS=2");
    }
}
