package dev.golab.lab.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model classes a question's tests exercise: main classes (modules/&#42;/src/main/java, the lab's CLI
 * excluded) that the tests' files import or name, most-used first. A simple name that several main
 * classes share (gc.races.Scenarios, sched.sim.Scenarios) is resolved as javac would: an explicit
 * import, else the test's own package; a name neither settles is left out rather than guessed.
 */
public final class ModelClasses {
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]\\w+\\b");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+)\\s*;");

    private final Map<String, List<Path>> bySimpleName = new HashMap<>();
    private final Path root;

    public ModelClasses(Path root) {
        this.root = root;
        for (Path f : TestIndex.sources(root, "src/main/java")) {
            Path rel = root.relativize(f);
            if (rel.startsWith("modules/lab") || rel.startsWith("benchmarks")) continue;
            String name = f.getFileName().toString().replace(".java", "");
            if (!name.equals("package-info")) bySimpleName.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(rel);
        }
    }

    /** The main class {@code name} means in a file of package {@code pkg} with {@code imports}, or null. */
    private Path resolve(String name, String pkg, Set<String> imports) {
        List<Path> candidates = bySimpleName.get(name);
        if (candidates.size() == 1) return candidates.get(0);
        for (Path c : candidates) {
            String fqn = c.toString().replace('\\', '/').replaceFirst(".*/src/main/java/", "").replace(".java", "").replace('/', '.');
            if (imports.contains(fqn) || fqn.equals(pkg + "." + name)) return c;
        }
        return null;
    }

    /** Up to {@code limit} model classes named by the given test files, by number of mentions. */
    public List<Map.Entry<String, Path>> usedBy(Collection<Path> testFiles, int limit) {
        Map<Map.Entry<String, Path>, Integer> counts = new HashMap<>();
        Set<Path> files = new LinkedHashSet<>(testFiles);
        for (Path f : files) {
            String raw;
            try {
                raw = Files.readString(root.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher p = PACKAGE.matcher(raw);
            String pkg = p.find() ? p.group(1) : "";
            Set<String> imports = new java.util.HashSet<>();
            for (Matcher i = IMPORT.matcher(raw); i.find(); ) imports.add(i.group(1));
            Matcher m = WORD.matcher(JavaSource.blank(raw));
            while (m.find()) {
                if (!bySimpleName.containsKey(m.group())) continue;
                Path c = resolve(m.group(), pkg, imports);
                if (c != null) counts.merge(Map.entry(m.group(), c), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Map.Entry<String, Path>, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getKey()).thenComparing(e -> e.getKey().getValue().toString()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
