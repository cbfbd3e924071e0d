package dev.golab.lab.guide;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `golab answer ID --run`: compiles the tests of the modules involved (Maven, offline, the same build
 * the repository uses), asks Maven for each module's test classpath, then runs the selected tests in a
 * child JVM through the JUnit Platform Launcher ({@link LauncherMain}) with the build's test JVM flags
 * and properties, streaming pass/fail and timings.
 */
public final class TestRun {
    /** What a run did. */
    public record Summary(int modules, int passed, int failed, int skipped) {}

    private static final String CLASSPATH_FILE = "target/golab-test-classpath.txt";

    private TestRun() {}

    public static Summary run(Path root, List<Demo> demos, PrintStream out) throws IOException, InterruptedException {
        Map<String, Set<String>> byModule = new LinkedHashMap<>();
        for (Demo d : demos) {
            for (String sel : selectors(root, d)) byModule.computeIfAbsent(d.module(), k -> new LinkedHashSet<>()).add(sel);
        }
        int[] totals = new int[3];
        int brokenBuilds = 0;
        long start = System.nanoTime();
        for (var e : byModule.entrySet()) {
            String module = e.getKey();
            out.println("Running " + e.getValue().size() + " selection(s) in " + module + " (compiling with ./mvnw -o first) ...");
            out.flush();
            if (!compile(root, module, out)) {
                brokenBuilds++;
                continue;
            }
            Path counts = Files.createTempFile("golab-run", ".counts");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmFlags(root));
            cmd.add("-Dgolab.run.summary=" + counts);
            cmd.add("-cp");
            cmd.add(classpath(root, module));
            cmd.add(LauncherMain.class.getName());
            cmd.addAll(e.getValue());
            Process p = new ProcessBuilder(cmd).directory(root.resolve(module).toFile()).inheritIO().start();
            int code = p.waitFor();
            String[] c = Files.readString(counts).strip().split(" ");
            Files.deleteIfExists(counts);
            if (c.length == 3) for (int i = 0; i < 3; i++) totals[i] += Integer.parseInt(c[i]);
            else totals[1]++;                                  // the child died before reporting: count it as a failure
            if (code != 0 && c.length == 3 && Integer.parseInt(c[1]) == 0) totals[1]++;
        }
        out.printf("%nTotal: %d passed, %d failed, %d skipped in %d module(s), %.1f s%s%n", totals[0], totals[1], totals[2],
                byModule.size(), (System.nanoTime() - start) / 1e9, brokenBuilds > 0 ? "; " + brokenBuilds + " module(s) did not build" : "");
        return new Summary(byModule.size(), totals[0], totals[1] + brokenBuilds, totals[2]);
    }

    /** {@code Class#method} or {@code Class}; a contract interface's test runs through its implementing classes in the module. */
    private static List<String> selectors(Path root, Demo d) throws IOException {
        String suffix = d.method() == null ? "" : "#" + d.method();
        if (!d.declaredInInterface()) return List.of(d.className() + suffix);
        String simple = d.className().substring(d.className().lastIndexOf('.') + 1);
        Pattern impl = Pattern.compile("class\\s+(\\w+)[^{]*\\bimplements\\b[^{]*\\b" + Pattern.quote(simple) + "\\b");
        Pattern pkg = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        List<String> out = new ArrayList<>();
        for (Path f : TestIndex.sources(root, "src/test/java")) {
            if (!TestIndex.moduleOf(root, f).equals(d.module())) continue;
            String code = JavaSource.blank(Files.readString(f));
            Matcher m = impl.matcher(code);
            Matcher p = pkg.matcher(code);
            if (m.find() && p.find()) out.add(p.group(1) + "." + m.group(1) + suffix);
        }
        return out;
    }

    private static boolean compile(Path root, String module, PrintStream out) throws IOException, InterruptedException {
        List<String> cmd = List.of(root.resolve("mvnw").toString(), "-o", "-q", "-B", "-pl", module, "-am",
                "test-compile", "dependency:build-classpath", "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + CLASSPATH_FILE);
        Path log = Files.createTempFile("golab-run", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int code = pb.start().waitFor();
        if (code == 0) {
            Files.deleteIfExists(log);
            return true;
        }
        out.println("  build failed (exit " + code + "), log: " + log);
        Files.readAllLines(log).stream().skip(Math.max(0, Files.readAllLines(log).size() - 15)).forEach(l -> out.println("  " + l));
        return false;
    }

    private static String classpath(Path root, String module) throws IOException {
        Path m = root.resolve(module);
        List<String> cp = new ArrayList<>();
        cp.add(m.resolve("target/test-classes").toString());
        cp.add(m.resolve("target/classes").toString());
        String deps = Files.readString(m.resolve(CLASSPATH_FILE)).strip();
        if (!deps.isEmpty()) cp.add(deps);
        // this CLI (LauncherMain and the JUnit Platform Launcher), absolute: the child runs in the module directory
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) cp.add(Path.of(e).toAbsolutePath().toString());
        return String.join(File.pathSeparator, cp);
    }

    /** The test JVM flags and system properties of the build (root pom.xml), so a run here equals a run in Maven. */
    static List<String> jvmFlags(Path root) {
        String pom;
        try {
            pom = Files.readString(root.resolve("pom.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> flags = new ArrayList<>(List.of(property(pom, "golab.jvm.flags").split("\\s+")));
        flags.add("-DQT_SEED=" + property(pom, "qt.seed"));
        flags.add("-DQT_EXAMPLES=" + property(pom, "qt.examples"));
        flags.add("-Dgolab.stress.scale=" + property(pom, "golab.stress.scale"));
        flags.removeIf(String::isBlank);
        return flags;
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        return m.find() ? m.group(1).strip() : "";
    }
}
