package dev.golab.lab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 *   1. JMH through its API (JmhRun), writing results.json and report.md after every benchmark;
 *   2. the Go twin (GoBench) when asked and `go` is on PATH, else one line saying how to get Go;
 *   3. the final results.json, report.md, charts/ and dashboard.html.
 * --gomaxprocs N sets the processor count on both sides of the comparison: GOMAXPROCS for `go test`,
 * -Dgolab.gomaxprocs (the continuation runtime's Ps) and jdk.virtualThreadScheduler.parallelism (the
 * JDK's carriers) for every fork, and the `gomaxprocs` @Param where a benchmark has one.
 * Ctrl-C: a shutdown hook writes what finished (status "interrupted"), atomically, so no file is
 * ever half-written and no finished benchmark is lost.
 * Forks keep the JVM's default heap sizing. A committed, pre-touched 2 GB heap (-Xms2g
 * -XX:+AlwaysPreTouch) was tried against first-touch page faults and withdrawn: its large young
 * generation fills with 10^6 live continuations before the first collection, and a 10^6 spawn then
 * spent 2-4 s per iteration in GC (JMH -prof gc, 2026-12-06; docs/handoff.md).
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

    public BenchRun(Request req, PrintStream err) {
        this.req = req;
        this.err = err;
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
            jmh = JmhRun.run(options(rt), log, progress, o -> {
                jmh = o;
                checkpoint("running");
            });
            for (String f : jmh.failed()) notes.add("JMH failed: " + f + " (see jmh.log)");
            if (req.vsGo()) go = runGo(progress);
            else notes.add("Go twin not run (--no-vs-go)");
        }
        ResultsFile.Results r = results("complete", Machine.load());
        writeAll(r, true);
        finished = true;
        Runtime.getRuntime().removeShutdownHook(hook);
        return r;
    }

    Options options(List<String> runtime) {
        Settings s = req.settings();
        ChainedOptionsBuilder b = new OptionsBuilder();
        Options p = req.jmhParent();
        if (p != null) b.parent(p);
        b.include(Suites.include(req.selection())).exclude(Suites.EXCLUDE).shouldFailOnError(false)
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

    private GoResults runGo(Progress progress) {
        Optional<java.nio.file.Path> goExe = GoBench.find();
        if (goExe.isEmpty()) {
            progress.println(GoBench.HOW_TO_GET_GO);
            notes.add("Go twin not run: no `go` on PATH");
            return GoResults.notAvailable("no go on PATH");
        }
        if (!Files.isDirectory(req.goDir())) {
            notes.add("Go twin not run: " + req.goDir() + " not found (run from the repository root)");
            return GoResults.notAvailable(req.goDir() + " not found");
        }
        Set<String> top = new LinkedHashSet<>();
        for (BenchmarkListEntry e : req.entries()) {
            GoTwins.of(e.getUsername(), Suites.firstParams(e)).ifPresent(t -> top.add(t.topLevel()));
        }
        if (top.isEmpty()) {
            notes.add("no selected benchmark has a Go twin");
            return GoResults.notAvailable("no twin selected");
        }
        progress.phase("go", top.size() * req.settings().goCount() * 3, 2.0);
        try {
            GoResults g = GoBench.run(goExe.get(), req.goDir(), top, req.settings(), req.gomaxprocs(), progress,
                    req.out().resolve("go.log"));
            if (!g.ok()) {
                progress.println("Go: " + g.status());
                notes.add("Go: " + g.status());
            }
            return g;
        } catch (IOException e) {
            notes.add("Go: n/a: " + e.getMessage());
            return GoResults.notAvailable(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GoResults.notAvailable("interrupted");
        }
    }

    ResultsFile.Results results(String status, Double loadAfter) {
        List<Row> rows = Analysis.rows(jmh.samples(), go.ok() || !go.results().isEmpty() ? go : null);
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
