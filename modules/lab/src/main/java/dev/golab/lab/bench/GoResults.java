package dev.golab.lab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsed `go test -bench` output: ns/op per benchmark, one value per -count run. Names drop the
 * "Benchmark" prefix and the "-GOMAXPROCS" suffix ("BenchmarkChanProdCons/cap=16/workers=4-2" ->
 * "ChanProdCons/cap=16/workers=4"), the form GoTwins uses.
 *
 * @param version "go1.23.5" or similar; status "ok" or "n/a: why"
 */
public record GoResults(String version, String status, String cpu, Map<String, List<Double>> results) {
    private static final Pattern LINE = Pattern.compile("^Benchmark(\\S+?)(?:-\\d+)?\\s+\\d+\\s+([0-9.eE+]+) ns/op.*$");
    private static final Pattern CPU = Pattern.compile("^cpu: (.*)$");

    public GoResults {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        results.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        results = copy;
    }

    public static GoResults notAvailable(String why) {
        return new GoResults(null, "n/a: " + why, null, Map.of());
    }

    /** Parses the text `go test -bench` prints (other lines are ignored). */
    public static GoResults parse(String version, String output) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        String cpu = null;
        for (String line : output.split("\\R")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
                continue;
            }
            Matcher c = CPU.matcher(line.strip());
            if (c.matches()) cpu = c.group(1).strip();
        }
        return new GoResults(version, "ok", cpu, out);
    }

    /** The benchmark name of one result line, or null when the line is not a result. */
    static String nameOf(String line) {
        Matcher m = LINE.matcher(line.strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * This run and a later one of the same twins (an interleaved run calls Go once per batch): the
     * values of both, the first version and CPU seen, and "ok" only while every part was ok.
     */
    public GoResults merge(GoResults later) {
        Map<String, List<Double>> all = new LinkedHashMap<>();
        results.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
        later.results.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        String st = !ok() ? status : later.status;
        return new GoResults(version != null ? version : later.version, st, cpu != null ? cpu : later.cpu, all);
    }

    public List<Double> nsPerOp(String name) {
        return results.getOrDefault(name, List.of());
    }

    public boolean ok() {
        return "ok".equals(status);
    }
}
