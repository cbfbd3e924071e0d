package dev.golab.lab.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the Go twin (`go test -bench` in benchmarks/go) and parses it. Offline by construction:
 * GOFLAGS=-mod=vendor (x/sync and x/time are vendored), GOPROXY=off, GOTOOLCHAIN=local. A toolchain
 * that fails leaves the Go column "n/a" with its error; it never loses the JMH results.
 */
public final class GoBench {
    /** The one line printed when no `go` is on PATH. */
    public static final String HOW_TO_GET_GO = "Go: n/a — no `go` on PATH; any Go >= 1.22 works "
            + "(Debian: apt install -t bookworm-backports golang-1.23-go, then PATH=/usr/lib/go-1.23/bin:$PATH); carrying on with JMH only";

    private GoBench() {
    }

    /** The `go` executable on PATH, if any. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "go");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** `go env GOVERSION`, or "go (unknown version)". */
    static String version(Path go) {
        try {
            Process p = new ProcessBuilder(go.toString(), "env", "GOVERSION").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !v.isEmpty() ? v : "go (unknown version)";
        } catch (IOException e) {
            return "go (unknown version)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "go (unknown version)";
        }
    }

    /** The -bench regex selecting top-level Go benchmarks by exact name (Go matches "BenchmarkX"). */
    static String regex(Set<String> topLevel) {
        return "^Benchmark(" + String.join("|", topLevel) + ")$";
    }

    /** The `go test -bench` process: offline, and at GOMAXPROCS=gomaxprocs when that is not null. */
    static ProcessBuilder command(Path go, Path dir, Set<String> topLevel, Settings s, Integer gomaxprocs) {
        return command(go, dir, topLevel, s, s.goCount(), gomaxprocs);
    }

    /** As above with an explicit -count (an interleaved run splits the run's count around each batch). */
    static ProcessBuilder command(Path go, Path dir, Set<String> topLevel, Settings s, int count, Integer gomaxprocs) {
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "test", "-run", "^$", "-bench", regex(topLevel),
                "-benchtime", s.goBenchtime(), "-count", String.valueOf(count), "-timeout", "60m", ".")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GOFLAGS", "-mod=vendor");
        pb.environment().put("GOPROXY", "off");
        pb.environment().put("GOTOOLCHAIN", "local");
        pb.environment().put("GOTELEMETRY", "off");
        if (gomaxprocs != null) pb.environment().put("GOMAXPROCS", String.valueOf(gomaxprocs));
        return pb;
    }

    /**
     * One `go test -bench` of {@code topLevel} at {@code count} runs, logged to {@code logOut}; the
     * progress line names each result as it arrives ({@code label}: what the run is for).
     */
    public static GoResults run(Path go, Path dir, Set<String> topLevel, Settings s, int count, Integer gomaxprocs,
                                Progress progress, String label, PrintStream logOut) throws IOException, InterruptedException {
        String version = version(go);
        ProcessBuilder pb = command(go, dir, topLevel, s, count, gomaxprocs);
        progress.item("go " + String.join(",", topLevel) + " " + label);
        Process p = pb.start();
        StringBuilder all = new StringBuilder();
        Deque<String> tail = new ArrayDeque<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            logOut.println("$ " + (gomaxprocs == null ? "" : "GOMAXPROCS=" + gomaxprocs + " ") + String.join(" ", pb.command())
                    + "   (in " + dir + "; " + label + ")");
            for (String line; (line = r.readLine()) != null; ) {
                logOut.println(line);
                all.append(line).append('\n');
                tail.addLast(line);
                if (tail.size() > 8) tail.removeFirst();
                String name = GoResults.nameOf(line);
                if (name != null) progress.item("go " + name + " " + label);
            }
        }
        int code = p.waitFor();
        GoResults parsed = GoResults.parse(version, all.toString());
        if (code == 0 && !parsed.results().isEmpty()) return parsed;
        if (code == 0) return new GoResults(version, "n/a: no Go benchmark matched " + regex(topLevel), parsed.cpu(), parsed.results());
        String why = "go test failed (exit " + code + "): " + String.join(" / ", tail);
        return new GoResults(version, "n/a: " + why, parsed.cpu(), parsed.results());
    }
}
