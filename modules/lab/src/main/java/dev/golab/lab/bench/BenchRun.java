package dev.golab.lab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/*
 * One `golab bench` run, in order:
 *   1. JMH through its API (JmhRun), writing results.json and report.md after every benchmark. With
 *      Go beside it (asked, `go` on PATH, a twin selected), one JMH class at a time, its Go twins
 *      (GoBench) right before and right after it (Interleave); else the whole selection at once and
 *      one line saying why Go did not run;
 *   2. the final results.json, report.md, charts/ and dashboard.html.
 * --gomaxprocs N sets the processor count on both sides of the comparison: GOMAXPROCS for `go test`,
 * -Dgolab.gomaxprocs (the continuation runtime's Ps) and jdk.virtualThreadScheduler.parallelism (the
 * JDK's carriers) for every fork, and the `gomaxprocs` @Param where a benchmark has one.
 * Ctrl-C: a shutdown hook writes what finished (status "interrupted"), atomically, so no file is
 * ever half-written and no finished benchmark is lost.
 * Forks keep the JVM's default heap sizing. A committed, pre-touched 2 GB heap (-Xms2g
 * -XX:+AlwaysPreTouch) was tried against first-touch page faults and withdrawn: its large young
 * generation fills with 10^6 live continuations before the first collection, and a 10^6 spawn then
 * spent 2-4 s per iteration in GC (JMH -prof gc, 2026-12-06; docs/handoff-log.md).
 */
public final class BenchRun {
    /** What the command line asked for, validated. */
    public record Request(String selection, List<BenchmarkListEntry> entries, Settings settings, boolean vsGo,
                          List<String> runtimeValues, Path out, Options jmhParent, Path goDir, Integer gomaxprocs) {
    }

    /** The largest --gomaxprocs accepted (Go has no limit below 2^31; a P per core is what matters). */
    public static final int MAX_PROCS = 1024;

    private final Request req;
    private final PrintStream err;
    private final List<String> notes = new ArrayList<>();
    private final double loadBefore = Machine.load();
    private final String date = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    private volatile JmhRun.Outcome jmh = new JmhRun.Outcome(List.of(), List.of(), List.of());
    private volatile GoResults go = GoResults.notAvailable("not run");
    private volatile boolean finished;
    private boolean goRan;                  // go holds a real run (merge later brackets into it)
    private final java.util.Map<String, GoResults> goByClass = new java.util.concurrent.ConcurrentHashMap<>(); // one batch's brackets
    private boolean goGaveUp;               // a bracket produced nothing: the toolchain is not asked again
    private Path goOverride;                // tests: this `go` instead of the one on PATH

    public BenchRun(Request req, PrintStream err) {
        this.req = req;
        this.err = err;
    }

    /** Tests: run the twins with this executable instead of the `go` on PATH. */
    BenchRun withGo(Path go) {
        this.goOverride = go;
        return this;
    }

    /** A run directory name: target/bench/20261204-153012. */
    public static Path defaultOut() {
        return Path.of("target", "bench", ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    public ResultsFile.Results run(boolean tty) throws Exception {
        Files.createDirectories(req.out());
        Thread hook = new Thread(this::interrupted, "golab-bench-save");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean anyRuntime = req.entries().stream().anyMatch(Suites::hasRuntime);
        if (req.runtimeValues() != null && !anyRuntime) {
            notes.add("--runtime ignored: no selected benchmark has a `runtime` @Param (VT|CONT)");
            err.println("golab bench: note: --runtime ignored, no selected benchmark has a `runtime` @Param");
        }
        List<String> rt = anyRuntime ? req.runtimeValues() : null;
        java.util.function.Function<String, Integer> override = name -> {
            if (name.equals("runtime") && rt != null) return rt.size();
            if (name.equals("gomaxprocs") && req.gomaxprocs() != null) return 1;
            var set = req.jmhParent() == null ? null : req.jmhParent().getParameter(name);
            return set != null && set.hasValue() ? set.get().size() : null;
        };
        int rows = req.entries().stream().mapToInt(e -> Suites.rows(e, override)).sum();
        err.printf("golab bench: %d benchmark rows (%s), writing to %s%n", rows, req.settings().describe(), req.out());
        try (Progress progress = new Progress(err, tty);
             PrintStream log = new PrintStream(Files.newOutputStream(req.out().resolve("jmh.log")), true, StandardCharsets.UTF_8)) {
            progress.phase("jmh", rows, req.settings().secondsPerRow());
            Optional<Path> goExe = req.vsGo() ? goToolchain(progress) : Optional.empty();
            if (!req.vsGo()) notes.add("Go twin not run (--no-vs-go)");
            if (goExe.isEmpty()) {
                runJmh(options(rt, Suites.include(req.selection())), log, progress);
            } else {
                List<Interleave.Batch> batches = Interleave.plan(req.entries());
                notes.add(Interleave.note((int) batches.stream().filter(b -> !b.goTopLevels().isEmpty()).count(), req.settings().goCount()));
                try (PrintStream goLog = new PrintStream(Files.newOutputStream(req.out().resolve("go.log")), true, StandardCharsets.UTF_8)) {
                    for (Interleave.Batch b : batches) {
                        runGo(goExe.get(), b, Interleave.countBefore(req.settings().goCount()), "before ", goLog, progress);
                        runJmh(options(rt, b.include()), log, progress);
                        runGo(goExe.get(), b, Interleave.countAfter(req.settings().goCount()), "after ", goLog, progress);
                    }
                }
            }
            for (String f : jmh.failed()) notes.add("JMH failed: " + f + " (see jmh.log)");
        }
        ResultsFile.Results r = results("complete", Machine.load());
        writeAll(r, true);
        finished = true;
        Runtime.getRuntime().removeShutdownHook(hook);
        return r;
    }

    /** One JMH Runner over {@code o}; what finishes is added to what earlier batches measured. */
    private void runJmh(Options o, PrintStream log, Progress progress) throws Exception {
        JmhRun.Outcome before = jmh;
        JmhRun.Outcome now = JmhRun.run(o, new PrintStream(new NonClosing(log), true, StandardCharsets.UTF_8), progress, part -> {
            jmh = before.plus(part);
            checkpoint("running");
        });
        jmh = before.plus(now);
    }

    Options options(List<String> runtime) {
        return options(runtime, Suites.include(req.selection()));
    }

    /** The JMH options of this run, selecting {@code include} (the whole selection, or one batch). */
    Options options(List<String> runtime, String include) {
        Settings s = req.settings();
        ChainedOptionsBuilder b = new OptionsBuilder();
        Options p = req.jmhParent();
        if (p != null) b.parent(p);
        b.include(include).exclude(Suites.EXCLUDE).shouldFailOnError(false)
                .jvmArgs("--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow");
        if (p == null || !p.getForkCount().hasValue()) b.forks(s.forks());
        if (p == null || !p.getWarmupIterations().hasValue()) b.warmupIterations(s.warmupIterations());
        if (p == null || !p.getWarmupTime().hasValue()) b.warmupTime(TimeValue.milliseconds(Math.max(1, s.warmupMillis())));
        if (p == null || !p.getMeasurementIterations().hasValue()) b.measurementIterations(s.iterations());
        if (p == null || !p.getMeasurementTime().hasValue()) b.measurementTime(TimeValue.milliseconds(s.iterationMillis()));
        if (runtime != null) b.param("runtime", runtime.toArray(String[]::new));
        if (req.gomaxprocs() != null) {
            String n = String.valueOf(req.gomaxprocs());
            List<String> append = new ArrayList<>();
            if (p != null && p.getJvmArgsAppend().hasValue()) append.addAll(p.getJvmArgsAppend().get());
            append.add("-Dgolab.gomaxprocs=" + n);
            append.add("-Djdk.virtualThreadScheduler.parallelism=" + n);
            b.jvmArgsAppend(append.toArray(String[]::new)).param("gomaxprocs", n);
        }
        return b.build();
    }

    /** The `go` to run the twins with, or empty with a note saying why none runs. */
    private Optional<Path> goToolchain(Progress progress) {
        Optional<Path> goExe = goOverride != null ? Optional.of(goOverride) : GoBench.find();
        if (goExe.isEmpty()) {
            progress.println(GoBench.HOW_TO_GET_GO);
            notes.add("Go twin not run: no `go` on PATH");
            go = GoResults.notAvailable("no go on PATH");
            return Optional.empty();
        }
        if (!Files.isDirectory(req.goDir())) {
            notes.add("Go twin not run: " + req.goDir() + " not found (run from the repository root)");
            go = GoResults.notAvailable(req.goDir() + " not found");
            return Optional.empty();
        }
        if (req.entries().stream().noneMatch(e -> GoTwins.has(e.getUsername()))) {
            notes.add("no selected benchmark has a Go twin");
            go = GoResults.notAvailable("no twin selected");
            return Optional.empty();
        }
        return goExe;
    }

    /**
     * One bracket of Go twins for batch {@code b} ({@code when}: "before " or "after "), merged into what
     * ran before and into the batch's own brackets, which its rows are compared with. A toolchain that
     * produced nothing is not asked again; the JMH rows never wait on it.
     */
    private void runGo(Path goExe, Interleave.Batch b, int count, String when, PrintStream goLog, Progress progress) {
        Set<String> top = b.goTopLevels();
        if (top.isEmpty() || count == 0 || goGaveUp) return;
        String label = when + b.shortName();
        GoResults g;
        try {
            g = GoBench.run(goExe, req.goDir(), top, req.settings(), count, req.gomaxprocs(), progress, label, goLog);
        } catch (IOException e) {
            g = new GoResults(null, "n/a: " + e.getMessage(), null, java.util.Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            g = GoResults.notAvailable("interrupted");
        }
        go = goRan ? go.merge(g) : g;
        goRan = true;
        goByClass.merge(b.className(), g, GoResults::merge);
        if (!g.ok()) {
            progress.println("Go (" + label + "): " + g.status());
            notes.add("Go (" + label + "): " + g.status());
            if (g.results().isEmpty()) goGaveUp = true;
        }
        checkpoint("running");
    }

    ResultsFile.Results results(String status, Double loadAfter) {
        List<Row> rows = Analysis.rows(jmh.samples(), go.ok() || !go.results().isEmpty() ? go : null, goByClass);
        var jmhJson = jsonOrNull();
        ResultsFile.RunInfo info = new ResultsFile.RunInfo(date, Machine.cpuModel(), Machine.cores(), loadBefore, loadAfter,
                Machine.jdk(), go.version() == null ? "n/a (" + go.status() + ")" : go.version() + " (" + go.status() + ")",
                req.settings().describe(), req.selection() + (req.runtimeValues() == null ? "" : " --runtime " + req.runtimeValues())
                        + (req.gomaxprocs() == null ? "" : " --gomaxprocs " + req.gomaxprocs()),
                status, List.copyOf(notes));
        return new ResultsFile.Results(ResultsFile.SCHEMA, info, rows, go, jmhJson);
    }

    private com.fasterxml.jackson.databind.JsonNode jsonOrNull() {
        try {
            return ResultsFile.jmhJson(jmh.runResults());
        } catch (IOException e) {
            return null;
        }
    }

    private synchronized void checkpoint(String status) {
        try {
            writeAll(results(status, null), false);
        } catch (IOException e) {
            err.println("golab bench: could not write " + req.out() + ": " + e.getMessage());
        }
    }

    private synchronized void interrupted() {
        if (finished) return;
        try {
            ResultsFile.Results r = results("interrupted: " + jmh.samples().size() + " JMH rows finished", Machine.load());
            writeAll(r, true);
            err.println("\ngolab bench: interrupted; what finished is in " + req.out());
        } catch (IOException | RuntimeException e) {
            err.println("\ngolab bench: interrupted; could not save: " + e.getMessage());
        }
    }

    /** jmh.log stays open across the batches' Runners, whatever they do with their stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    synchronized void writeAll(ResultsFile.Results r, boolean withCharts) throws IOException {
        ResultsFile.write(req.out().resolve("results.json"), r);
        ResultsFile.writeAtomically(req.out().resolve("report.md"), MarkdownReport.render(r));
        if (withCharts) {
            Dashboard.write(req.out().resolve("dashboard.html"), r);
            try {
                if (!r.rows().isEmpty()) Charts.write(req.out().resolve("charts"), r.rows());
            } catch (RuntimeException e) {                    // a chart never costs the numbers
                err.println("golab bench: charts not drawn: " + e.getMessage());
            }
        }
    }
}
