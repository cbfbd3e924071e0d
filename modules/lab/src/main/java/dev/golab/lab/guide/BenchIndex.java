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
 * benchmarks/ when one exists (the newest by path, as runs are dated directories), else from the tables of docs/benchmarks.md that name the benchmark.
 */
public final class BenchIndex {
    /** One benchmark class and the IDs its source names. */
    public record Bench(String name, Path file, Set<String> ids) {}

    /** One row of results.json, kept as read. */
    public record Row(String benchmark, String method, String params, JsonNode raw) {}

    private final List<Bench> benches;
    private final List<Row> rows;
    private final Path resultsFile;
    private final List<String> benchmarksMd;

    private BenchIndex(List<Bench> benches, List<Row> rows, Path resultsFile, List<String> benchmarksMd) {
        this.benches = benches;
        this.rows = rows;
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
        Path results = findResults(root);
        List<Row> rows = results == null ? List.of() : readRows(results);
        Path md = root.resolve("docs/benchmarks.md");
        List<String> mdLines;
        try {
            mdLines = Files.exists(md) ? Files.readAllLines(md) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BenchIndex(benches, rows, results == null ? null : root.relativize(results), mdLines);
    }

    /** Benchmarks naming the question or one of its items. */
    public List<Bench> forQuestion(String questionId) {
        return benches.stream().filter(b -> b.ids().stream().anyMatch(i -> Catalogue.questionIdOf(i).equals(questionId))).toList();
    }

    public List<Bench> carrying(String id) {
        return benches.stream().filter(b -> b.ids().contains(id)).toList();
    }

    public Path resultsFile() {
        return resultsFile;
    }

    public List<Row> rowsOf(String benchName) {
        return rows.stream().filter(r -> r.benchmark().equals(benchName) || r.benchmark().endsWith("." + benchName)).toList();
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

    private static Path findResults(Path root) {
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
        return found.stream().max(Path::compareTo).orElse(null);   // dated run directories: the newest sorts last
    }

    private static List<Row> readRows(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
            JsonNode array = root.isArray() ? root : root.path("rows").isArray() ? root.path("rows") : null;
            if (array == null) {                                   // an older layout: the first array of rows
                for (JsonNode v : root) if (array == null && v.isArray() && v.size() > 0 && v.get(0).has("benchmark")) array = v;
            }
            List<Row> rows = new ArrayList<>();
            if (array == null) return rows;
            for (JsonNode r : array) {
                rows.add(new Row(r.path("benchmark").asText(""), r.path("method").asText(""), params(r.path("params")), r));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String params(JsonNode p) {
        if (p.isMissingNode() || p.isNull()) return "";
        if (!p.isObject()) return p.asText();
        List<String> kv = new ArrayList<>();
        p.properties().forEach(e -> kv.add(e.getKey() + "=" + e.getValue().asText()));
        return String.join(", ", kv);
    }
}
