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
 * excluded) that the tests' files import or name, most-used first.
 */
public final class ModelClasses {
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]\\w+\\b");

    private final Map<String, Path> bySimpleName = new HashMap<>();
    private final Path root;

    public ModelClasses(Path root) {
        this.root = root;
        for (Path f : TestIndex.sources(root, "src/main/java")) {
            Path rel = root.relativize(f);
            if (rel.startsWith("modules/lab") || rel.startsWith("benchmarks")) continue;
            String name = f.getFileName().toString().replace(".java", "");
            if (!name.equals("package-info")) bySimpleName.putIfAbsent(name, rel);
        }
    }

    /** Up to {@code limit} model classes named by the given test files, by number of mentions. */
    public List<Map.Entry<String, Path>> usedBy(Collection<Path> testFiles, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        Set<Path> files = new LinkedHashSet<>(testFiles);
        for (Path f : files) {
            String code;
            try {
                code = JavaSource.blank(Files.readString(root.resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher m = WORD.matcher(code);
            while (m.find()) if (bySimpleName.containsKey(m.group())) counts.merge(m.group(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> Map.entry(e.getKey(), bySimpleName.get(e.getKey())))
                .toList();
    }
}
