package dev.golab.lab;

import dev.golab.lab.bench.BenchDocs;
import dev.golab.lab.bench.BenchRun;
import dev.golab.lab.bench.Compare;
import dev.golab.lab.bench.Dashboard;
import dev.golab.lab.bench.ResultsFile;
import dev.golab.lab.bench.Settings;
import dev.golab.lab.bench.Suites;
import dev.golab.lab.cli.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `golab bench [suite|regex] [--quick|--full] [--[no-]vs-go] [--runtime vt|cont|all] [--gomaxprocs N] [--out DIR] [-- JMH options]`:
 * JMH through its Java API, then the Go twin, then report.md, results.json, charts and dashboard.html
 * (dev.golab.lab.bench.BenchRun). `golab bench compare A B` compares two runs; `golab bench --html`
 * rewrites the dashboard of the newest run (or of --out DIR).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.CompareCommand.class, BenchCommand.DocsCommand.class},
        description = {"Run JMH benchmarks and their Go twins; write report.md, results.json, charts and dashboard.html.",
                "Suites: runtime, sync, chan, collections, sched, xsync, gc, all; or a regex (e.g. 'chan.ChanSync').",
                "e.g. ./golab bench chan --quick    ./golab bench compare target/bench/A target/bench/B"})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SUITE|REGEX [-- JMH options]",
            description = "a suite or regex, then optionally -- and JMH options (e.g. -- -p cap=16)")
    List<String> args = new ArrayList<>();

    @Option(names = "--quick", description = "2 forks, short iterations: a suite in a few minutes")
    boolean quick;

    @Option(names = "--full", description = "3 forks, 2x1s warm-up, 4x1s measurement, Go -count 5 (the committed run: ~75 min for all)")
    boolean full;

    @Option(names = "--vs-go", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "run the Go twin in benchmarks/go when `go` is on PATH (default; --no-vs-go skips it)")
    boolean vsGo;

    @Option(names = "--runtime", paramLabel = "vt|cont|all",
            description = "the `runtime` @Param of benchmarks that have it: VT, CONT or both (others ignore it)")
    String runtime;

    @Option(names = "--gomaxprocs", paramLabel = "N",
            description = "run both sides at N processors: Go's GOMAXPROCS, the continuation runtime's Ps "
                    + "(-Dgolab.gomaxprocs), the JDK's virtual-thread carriers and a `gomaxprocs` @Param (default: the CPU count)")
    Integer gomaxprocs;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default target/bench/<timestamp>)")
    Path out;

    @Option(names = "--docs", description = "after the run, regenerate docs/benchmarks.md from it (with docs/bench/notes.md)")
    boolean docs;

    @Option(names = "--html", description = "write dashboard.html for the newest run under target/bench (or --out DIR) and stop")
    boolean html;

    @Override
    public Integer call() throws Exception {
        if (html && args.isEmpty()) return dashboard();
        List<String> rt = switch (runtime == null ? "" : runtime) {
            case "" -> null;
            case "vt" -> List.of("VT");
            case "cont" -> List.of("CONT");
            case "all" -> List.of("VT", "CONT");
            default -> throw bad("--runtime '" + runtime + "' is not one of vt, cont, all");
        };
        if (gomaxprocs != null && (gomaxprocs < 1 || gomaxprocs > BenchRun.MAX_PROCS)) {
            throw bad("--gomaxprocs " + gomaxprocs + " is out of range; valid: 1.." + BenchRun.MAX_PROCS + " (processors to run on)");
        }
        if (args.isEmpty()) throw bad("name a suite (" + String.join(", ", Suites.NAMES) + ") or a regex; `all` runs everything");
        if (quick && full) throw bad("--quick and --full exclude each other");
        String selection = args.get(0);
        if (selection.startsWith("-")) throw bad("unknown option '" + selection + "'; JMH options go after -- (e.g. -- -p cap=16)");
        CommandLineOptions jmhArgs = null;
        if (args.size() > 1) {
            try {
                jmhArgs = new CommandLineOptions(args.subList(1, args.size()).toArray(String[]::new));
            } catch (CommandLineOptionException e) {
                throw bad("bad JMH option after -- in '" + String.join(" ", args.subList(1, args.size())) + "': " + e.getMessage()
                        + "; valid: JMH's own options (java -jar benchmarks/target/benchmarks.jar -h)");
            }
        }
        List<org.openjdk.jmh.runner.BenchmarkListEntry> entries;
        try {
            entries = Suites.entries(selection);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        Path dir = out != null ? OutputFile.resolve(out.toString()) : BenchRun.defaultOut();
        checkWritable(dir);
        Settings s = quick ? Settings.quick() : full ? Settings.full() : Settings.standard();
        var req = new BenchRun.Request(selection, entries, s, vsGo, rt, dir, jmhArgs, Path.of("benchmarks", "go"), gomaxprocs);
        var r = new BenchRun(req, System.err).run(System.console() != null);
        System.out.printf("wrote %s: report.md, results.json, charts/, dashboard.html (%d rows, Go: %s)%n",
                dir, r.rows().size(), r.info().go());
        if (docs) System.out.println("wrote " + BenchDocs.write(dir, DocsCommand.NOTES, DocsCommand.TARGET));
        return 0;
    }

    private Integer dashboard() throws IOException {
        Path dir = out != null ? OutputFile.resolve(out.toString()) : newestRun().orElseThrow(() -> bad("no run with results.json under target/bench; run ./golab bench SUITE first or give --out DIR"));
        if (!Files.isRegularFile(dir.resolve("results.json"))) throw bad("no results.json in " + dir);
        Path f = Dashboard.write(dir.resolve("dashboard.html"), ResultsFile.read(dir));
        System.out.println("wrote " + f);
        return 0;
    }

    static java.util.Optional<Path> newestRun() throws IOException {
        Path root = Path.of("target", "bench");
        if (!Files.isDirectory(root)) return java.util.Optional.empty();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("results.json")))
                    .max(Comparator.comparing(d -> d.resolve("results.json").toFile().lastModified()));
        }
    }

    /** An unwritable --out fails here, before any benchmark runs. */
    private void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw bad("--out " + dir + " is not writable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private CommandLine.ParameterException bad(String msg) {
        return new CommandLine.ParameterException(spec.commandLine(), msg);
    }

    @Command(name = "docs", mixinStandardHelpOptions = true,
            description = "Regenerate docs/benchmarks.md from a run's results.json and the hand-written docs/bench/notes.md.")
    static final class DocsCommand implements Callable<Integer> {
        static final Path NOTES = Path.of("docs", "bench", "notes.md"), TARGET = Path.of("docs", "benchmarks.md");

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "RUN", description = "run directory holding results.json (e.g. docs/bench/2026-12-05)")
        Path run;

        @Override
        public Integer call() throws IOException {
            Path dir = OutputFile.resolve(run.toString());
            if (!Files.isRegularFile(dir.resolve("results.json"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no results.json in " + run + "; valid: a directory written by ./golab bench");
            }
            System.out.println("wrote " + BenchDocs.write(dir, NOTES, TARGET));
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Per-benchmark change from run A to run B, and whether it exceeds the run-to-run spread.")
    static final class CompareCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "run directory or results.json (before)")
        Path a;

        @Parameters(index = "1", paramLabel = "B", description = "run directory or results.json (after)")
        Path b;

        @Override
        public Integer call() {
            ResultsFile.Results ra = read(a), rb = read(b);
            System.out.print(Compare.render(Compare.compare(ra.rows(), rb.rows()), a.toString(), b.toString()));
            return 0;
        }

        private ResultsFile.Results read(Path p) {
            Path f = Files.isDirectory(p) ? p.resolve("results.json") : p;
            if (!Files.isRegularFile(f)) throw new CommandLine.ParameterException(spec.commandLine(), "no results.json at " + p);
            try {
                return ResultsFile.read(f);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), f + " is not a golab results.json (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
    }

}
