package dev.golab.lab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.VerboseMode;

/*
 * Runs JMH through its Java API (org.openjdk.jmh.runner.Runner) in this JVM; JMH forks benchmark JVMs
 * from this JVM's classpath, which holds the benchmarks module (META-INF/BenchmarkList).
 *
 * Model: an OutputFormat sits between JMH and its text log (jmh.log). It sees every iteration result,
 * forwarded from the forks, and cuts them into forks (a measurement iteration numbered 1 starts a fork),
 * so each benchmark becomes a Sample with one score per fork as soon as it ends. Every finished
 * benchmark is handed to `onSample` at once, so an interrupted run keeps what finished.
 */
public final class JmhRun {
    /** Samples and the JMH results (for JMH's own JSON) of the benchmarks that finished. */
    public record Outcome(List<Sample> samples, List<RunResult> runResults, List<String> failed) {
        /** This outcome followed by a later Runner's (an interleaved run has one Runner per batch). */
        public Outcome plus(Outcome later) {
            return new Outcome(concat(samples, later.samples), concat(runResults, later.runResults), concat(failed, later.failed));
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }

    private JmhRun() {
    }

    public static Outcome run(Options options, PrintStream log, Progress progress, Consumer<Outcome> onSample)
            throws RunnerException {
        Collector c = new Collector(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL), progress, onSample);
        new Runner(options, c).run();
        return c.outcome();
    }

    private static final class Collector implements OutputFormat {
        private final OutputFormat text;
        private final Progress progress;
        private final Consumer<Outcome> onSample;
        private final List<Sample> samples = new ArrayList<>();
        private final List<RunResult> runResults = new ArrayList<>();
        private final List<String> failed = new ArrayList<>();
        private final List<List<IterationResult>> forks = new ArrayList<>();
        private String current = "";

        Collector(OutputFormat text, Progress progress, Consumer<Outcome> onSample) {
            this.text = text;
            this.progress = progress;
            this.onSample = onSample;
        }

        synchronized Outcome outcome() {
            return new Outcome(List.copyOf(samples), List.copyOf(runResults), List.copyOf(failed));
        }

        @Override
        public void startBenchmark(BenchmarkParams params) {
            text.startBenchmark(params);
            synchronized (this) {
                forks.clear();
                current = label(params);
            }
            progress.item(current);
        }

        @Override
        public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
            text.iteration(benchParams, params, iteration);
        }

        @Override
        public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
            text.iterationResult(benchParams, params, iteration, data);
            if (params.getType() != IterationType.MEASUREMENT) return;
            synchronized (this) {
                if (iteration == 1 || forks.isEmpty()) forks.add(new ArrayList<>());
                forks.get(forks.size() - 1).add(data);
            }
            progress.item(current + " | fork " + forks.size() + "/" + benchParams.getForks());
        }

        @Override
        public void endBenchmark(BenchmarkResult result) {
            text.endBenchmark(result);
            synchronized (this) {
                if (result == null || forks.isEmpty()) {
                    failed.add(current);
                } else {
                    BenchmarkParams p = result.getParams();
                    List<BenchmarkResult> perFork = new ArrayList<>();
                    List<Double> scores = new ArrayList<>();
                    for (List<IterationResult> f : forks) {
                        BenchmarkResult br = new BenchmarkResult(p, f);
                        perFork.add(br);
                        scores.add(br.getPrimaryResult().getScore());
                    }
                    runResults.add(new RunResult(p, perFork));
                    samples.add(new Sample(p.getBenchmark(), params(p), p.getMode().shortLabel(),
                            result.getScoreUnit(), scores));
                }
                forks.clear();
            }
            progress.itemDone();
            onSample.accept(outcome());
        }

        static Map<String, String> params(BenchmarkParams p) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.getParamsKeys()) m.put(k, p.getParam(k));
            return m;
        }

        static String label(BenchmarkParams p) {
            StringBuilder b = new StringBuilder(GoTwins.shortName(p.getBenchmark()));
            for (String k : p.getParamsKeys()) b.append(' ').append(k).append('=').append(p.getParam(k));
            return b.toString();
        }

        @Override
        public void startRun() {
            text.startRun();
        }

        @Override
        public void endRun(Collection<RunResult> result) {
            text.endRun(result);
        }

        @Override
        public void print(String s) {
            text.print(s);
        }

        @Override
        public void println(String s) {
            text.println(s);
        }

        @Override
        public void flush() {
            text.flush();
        }

        @Override
        public void close() {
            text.close();
        }

        @Override
        public void verbosePrintln(String s) {
            text.verbosePrintln(s);
        }

        @Override
        public void write(int b) {
            text.write(b);
        }

        @Override
        public void write(byte[] b) throws IOException {
            text.write(b);
        }
    }
}
