package dev.golab.lab.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.golab.lab.cli.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * results.json: the run's header, the rows (see Row for the schema), the parsed Go results and JMH's
 * own JSON for the benchmarks that finished. Written atomically (temp file + rename), so an
 * interrupted run leaves the previous complete file, never half of one.
 */
public final class ResultsFile {
    public static final String SCHEMA = "golab-bench/1";

    /** The report header: machine, toolchains, settings, and whether the run finished. */
    public record RunInfo(String date, String cpu, int cores, double loadBefore, Double loadAfter, String jdk,
                          String go, String settings, String selection, String status, List<String> notes) {
    }

    public record Results(String schema, RunInfo info, List<Row> rows, GoResults go, JsonNode jmh) {
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {
    }

    /** JMH's own JSON result format for the given results, as a tree. */
    public static JsonNode jmhJson(Collection<RunResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, ps).writeOut(results);
        }
        String s = bytes.toString(StandardCharsets.UTF_8).strip();
        return JSON.readTree(s.isEmpty() ? "[]" : s);
    }

    public static void write(Path file, Results r) throws IOException {
        writeAtomically(file, JSON.writeValueAsBytes(r));
    }

    /** Reads a results.json, or the results.json inside a run directory. */
    public static Results read(Path fileOrDir) throws IOException {
        Path f = Files.isDirectory(fileOrDir) ? fileOrDir.resolve("results.json") : fileOrDir;
        return JSON.readValue(f.toFile(), Results.class);
    }

    public static String toJson(Object o) throws IOException {
        return JSON.writeValueAsString(o);
    }

    /** Atomically (OutputFile.write: a sibling temp file renamed over the target), creating the directory. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputFile.write(file.toAbsolutePath(), tmp -> Files.write(tmp, content));
    }

    public static void writeAtomically(Path file, String content) throws IOException {
        writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
