package dev.golab.lab.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JMH benchmarks and their latest numbers. A benchmark answers the questions and items its source names
 * (header comment or @Param docs). Numbers come from a {@code results.json} (rows {benchmark, method,
 * params, score, min, max, forks, unit, goBenchmark, goNsPerOp, ratioToGo, bimodal}) under docs/ or
 * benchmarks/: the newest run (by its info.date, the time it started; by the date its directory is named
 * after when it has none) that measured the benchmark, so a focused re-run of a few benchmarks does not
 * hide the full run's other rows, and an older focused run does not hide a newer full run's. Without
 * any, numbers come from the tables of docs/benchmarks.md that name the benchmark.
 */
public final class BenchIndex {
    /** One benchmark class and the IDs its source names. */
    public record Bench(String name, Path file, Set<String> ids) {}

    /** One row of results.json, kept as read. */
    public record Row(String benchmark, String method, String params, JsonNode raw) {}

    private final List<Bench> benches;
    private final List<Run> runs;             // newest first
    private final Path resultsFile;
    private final List<String> benchmarksMd;

    private record Run(Path file, List<Row> rows, String startedAt) {}

    private BenchIndex(List<Bench> benches, List<Run> runs, Path resultsFile, List<String> benchmarksMd) {
        this.benches = benches;
        this.runs = runs;
        this.resultsFile = resultsFile;
        this.benchmarksMd = benchmarksMd;
    }

    public static BenchIndex scan(Path root) {
        List<Bench> benches = new ArrayList<>();
        for (Path f : TestIndex.sources(root, "src/main/java")) {
            String name = f.getFileName().toString().replace(".java", "");
            if (!name.endsWith("Benchmark")) continue;
            try {
                Set<String> ids = IdRefs.parse(Files.readString(f));
                if (!ids.isEmpty()) benches.add(new Bench(name, root.relativize(f), ids));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Run> runs = new ArrayList<>();
        for (Path f : findResults(root)) {
            JsonNode json = read(f);
            runs.add(new Run(root.relativize(f), readRows(json), startedAt(f, json)));
        }
        runs.sort(java.util.Comparator.comparing(Run::startedAt).thenComparing(Run::file).reversed());
        Path results = runs.isEmpty() ? null : runs.get(0).file();
        Path md = root.resolve("docs/benchmarks.md");
        List<String> mdLines;
        try {
            mdLines = Files.exists(md) ? Files.readAllLines(md) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchIndex(benches, runs, results, mdLines);
    }

    /** Benchmarks naming the question or one of its items. */
    public List<Bench> forQuestion(String questionId) {
        return benches.stream().filter(b -> b.ids().stream().anyMatch(i -> Catalogue.questionIdOf(i).equals(questionId))).toList();
    }

    public List<Bench> carrying(String id) {
        return benches.stream().filter(b -> b.ids().contains(id)).toList();
    }

    /** The newest results.json (relative to the root), or null. */
    public Path resultsFile() {
        return resultsFile;
    }

    /**
     * The benchmark's rows, each method's from the newest run that measured that method (a focused
     * re-run of one method leaves the others' rows from the full run); empty if no run measured it.
     */
    public List<Row> rowsOf(String benchName) {
        return claimed(benchName).values().stream().flatMap(List::stream).toList();
    }

    /** The results.json files {@link #rowsOf} takes the benchmark's rows from, newest first. */
    public List<Path> resultsFilesOf(String benchName) {
        return List.copyOf(claimed(benchName).keySet());
    }

    /** Per run (newest first), the benchmark's rows for methods no newer run measured. */
    private java.util.Map<Path, List<Row>> claimed(String benchName) {
        java.util.Map<Path, List<Row>> out = new java.util.LinkedHashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Run run : runs) {
            List<Row> rows = matching(run, benchName).stream().filter(r -> !taken.contains(r.method())).toList();
            if (!rows.isEmpty()) out.put(run.file(), rows);
            rows.forEach(r -> taken.add(r.method()));
        }
        return out;
    }

    private static List<Row> matching(Run run, String benchName) {
        return run.rows().stream().filter(r -> r.benchmark().equals(benchName) || r.benchmark().endsWith("." + benchName)).toList();
    }

    /**
     * The docs/benchmarks.md lines about {@code benchName}: for each table with a row naming it, the
     * section heading, the table header and the naming rows.
     */
    public List<String> benchmarksMdLines(String benchName) {
        List<String> out = new ArrayList<>();
        String heading = null;
        List<String> header = new ArrayList<>();
        boolean headerShown = false;
        for (String l : benchmarksMd) {
            if (l.startsWith("#")) {
                heading = l.replaceFirst("^#+\\s*", "");
                continue;
            }
            if (!l.startsWith("|")) {
                header.clear();
                headerShown = false;
                continue;
            }
            if (header.size() < 2) {
                header.add(l);
                continue;
            }
            if (!l.contains(benchName)) continue;
            if (!headerShown) {
                if (heading != null) out.add("*" + heading + "*");
                out.add("");
                out.addAll(header);
                headerShown = true;
            }
            out.add(l);
        }
        return out;
    }

    /**
     * "gomaxprocs=N" when the run was made with `golab bench --gomaxprocs N` (its info.selection says
     * so), else null: such a run's rows are labelled, since the processor count is not a JMH param of
     * most benchmarks and the numbers differ from a default run's.
     */
    static String gomaxprocs(String selection) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("--gomaxprocs (\\d+)").matcher(selection);
        return m.find() ? "gomaxprocs=" + m.group(1) : null;
    }

    /** Every results.json under docs/ and benchmarks/ (outside target/). */
    private static List<Path> findResults(Path root) {
        List<Path> found = new ArrayList<>();
        for (String dir : List.of("docs", "benchmarks")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> walk = Files.walk(d, 4)) {
                walk.filter(p -> p.getFileName().toString().equals("results.json"))
                        .filter(p -> !p.toString().contains("/target/")).forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;                                                   // scan() orders them by start
    }

    /**
     * When the run started: its info.date (ISO-8601, so it sorts as text); for a file without one, the
     * start of the day its directory is named after, else "" (older than any dated run).
     */
    static String startedAt(Path file, JsonNode json) {
        JsonNode date = json.path("info").path("date");
        if (date.isTextual()) return date.asText();
        Path dir = file.getParent();
        String name = dir == null ? "" : dir.getFileName().toString();
        return name.matches("\\d{4}-\\d{2}-\\d{2}.*") ? name.substring(0, 10) + "T00:00:00Z" : "";
    }

    private static JsonNode read(Path file) {
        try {
            return JsonMapper.builder().build().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> readRows(JsonNode root) {
        JsonNode array = root.isArray() ? root : root.path("rows").isArray() ? root.path("rows") : null;
        if (array == null) {                                   // an older layout: the first array of rows
            for (JsonNode v : root) if (array == null && v.isArray() && v.size() > 0 && v.get(0).has("benchmark")) array = v;
        }
        List<Row> rows = new ArrayList<>();
        if (array == null) return rows;
        String procs = gomaxprocs(root.path("info").path("selection").asText(""));
        for (JsonNode r : array) {
            String params = params(r.path("params"));
            if (procs != null && !params.contains("gomaxprocs=")) params = params.isEmpty() ? procs : params + ", " + procs;
            rows.add(new Row(r.path("benchmark").asText(""), r.path("method").asText(""), params, r));
        }
        return rows;
    }

    private static String params(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) return "";
        if (!p.isObject()) return p.asText();
        List<String> kv = new ArrayList<>();
        p.properties().forEach(e -> kv.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", kv);
    }
}
