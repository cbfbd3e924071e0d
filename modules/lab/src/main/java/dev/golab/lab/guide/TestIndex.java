package dev.golab.lab.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every test in the repository whose display name (or an enclosing class's) carries a question or
 * checklist ID, read from the sources under {@code modules/&#42;/src/test/java} — no compilation, so
 * `golab answer` and the page generator see tests the moment they are written.
 */
public final class TestIndex {
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern NEXT_DECL = Pattern.compile("\\bvoid\\s+(\\w+)\\s*\\(|\\b(class|interface|enum|record)\\s+(\\w+)");

    private final List<Demo> demos;

    private TestIndex(List<Demo> demos) {
        this.demos = demos;
    }

    public static TestIndex scan(Path repoRoot) {
        List<Demo> all = new ArrayList<>();
        for (Path file : sources(repoRoot, "src/test/java")) all.addAll(read(repoRoot, file));
        all.sort(Comparator.comparing((Demo d) -> d.file().toString()).thenComparingInt(Demo::line));
        return new TestIndex(List.copyOf(all));
    }

    public List<Demo> all() {
        return demos;
    }

    /** Tests carrying {@code id} exactly (an item, or a question ID written on its own). */
    public List<Demo> carrying(String id) {
        return demos.stream().filter(d -> d.carries(id)).toList();
    }

    /** Tests carrying the question or any of its items. */
    public List<Demo> forQuestion(String questionId) {
        return demos.stream().filter(d -> d.ids().stream().anyMatch(i -> Catalogue.questionIdOf(i).equals(questionId))).toList();
    }

    /** Java files under every module's {@code subdir} (modules/&#42;/subdir and benchmarks/subdir), sorted. */
    static List<Path> sources(Path repoRoot, String subdir) {
        List<Path> roots = new ArrayList<>();
        try (Stream<Path> modules = Files.list(repoRoot.resolve("modules"))) {
            modules.sorted().forEach(m -> roots.add(m.resolve(subdir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        roots.add(repoRoot.resolve("benchmarks").resolve(subdir));
        List<Path> files = new ArrayList<>();
        for (Path r : roots) {
            if (!Files.isDirectory(r)) continue;
            try (Stream<Path> walk = Files.walk(r)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static String moduleOf(Path repoRoot, Path file) {
        Path rel = repoRoot.relativize(file);
        return rel.getName(0).toString().equals("modules") ? rel.subpath(0, 2).toString() : rel.getName(0).toString();
    }

    private static List<Demo> read(Path repoRoot, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.contains("@DisplayName")) return List.of();
        JavaSource src = new JavaSource(text);
        Matcher pm = PACKAGE.matcher(text);
        String pkg = pm.find() ? pm.group(1) + "." : "";
        record Named(int at, int line, String name, String method, JavaSource.Type type) {}
        List<Named> named = new ArrayList<>();
        Matcher dn = DISPLAY_NAME.matcher(src.code);
        while (dn.find()) {
            String value = src.literalArgument(dn.end() - 1);
            Matcher decl = NEXT_DECL.matcher(src.code);
            if (!decl.find(dn.end())) continue;
            int line = (int) text.substring(0, dn.start()).chars().filter(c -> c == '\n').count() + 1;
            if (decl.group(1) != null) {
                named.add(new Named(decl.start(), line, value, decl.group(1), null));
            } else {
                int at = decl.start(2);
                JavaSource.Type type = src.types.stream().filter(t -> t.declaredAt() == at).findFirst().orElse(null);
                if (type != null) named.add(new Named(at, line, value, null, type));
            }
        }
        Map<JavaSource.Type, Set<String>> classIds = new HashMap<>();
        for (Named n : named) if (n.type() != null) classIds.put(n.type(), IdRefs.parse(n.name()));
        List<Demo> out = new ArrayList<>();
        String module = moduleOf(repoRoot, file);
        Path rel = repoRoot.relativize(file);
        for (Named n : named) {
            List<JavaSource.Type> chain = src.enclosing(n.at());
            if (n.type() != null && !chain.contains(n.type())) chain.add(n.type());
            if (chain.isEmpty()) continue;
            Set<String> ids = new LinkedHashSet<>(IdRefs.parse(n.name()));
            for (JavaSource.Type t : chain) ids.addAll(classIds.getOrDefault(t, Set.of()));
            if (ids.isEmpty()) continue;
            String binary = pkg + String.join("$", chain.stream().map(JavaSource.Type::name).toList());
            boolean inInterface = chain.getLast().isInterface();
            out.add(new Demo(module, rel, n.line(), binary, n.method(), n.name(), Set.copyOf(ids), inInterface));
        }
        return out;
    }
}
