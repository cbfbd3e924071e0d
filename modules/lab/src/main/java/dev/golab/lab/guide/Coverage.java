package dev.golab.lab.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which checkable checklist items are demonstrated: an item is demonstrated when a test carries its ID,
 * or (for a `bench` item) when a JMH benchmark names it. Items that cannot be demonstrated yet are
 * listed in docs/questions/allow-list.txt, one per line: the ID, then the reason.
 */
public final class Coverage {
    public static final Path ALLOW_LIST = Path.of("docs", "questions", "allow-list.txt");

    /** Coverage of one question: demonstrated / total checkable items, and the missing ones. */
    public record OfQuestion(int demonstrated, int total, List<Catalogue.Item> missing) {
        public String fraction() {
            return demonstrated + "/" + total;
        }
    }

    private final TestIndex tests;
    private final BenchIndex benches;
    private final Map<String, String> allowed;

    public Coverage(TestIndex tests, BenchIndex benches, Map<String, String> allowed) {
        this.tests = tests;
        this.benches = benches;
        this.allowed = allowed;
    }

    public boolean demonstrated(Catalogue.Item item) {
        return !tests.carrying(item.id()).isEmpty() || item.tag().equals("bench") && !benches.carrying(item.id()).isEmpty();
    }

    public OfQuestion of(Catalogue.Question q) {
        List<Catalogue.Item> checkable = q.checkable();
        List<Catalogue.Item> missing = checkable.stream().filter(i -> !demonstrated(i)).toList();
        return new OfQuestion(checkable.size() - missing.size(), checkable.size(), missing);
    }

    /** The allow-list's reason for {@code id}, or null. */
    public String allowedReason(String id) {
        return allowed.get(id);
    }

    public Map<String, String> allowList() {
        return allowed;
    }

    public static Map<String, String> readAllowList(Path root) {
        Map<String, String> out = new LinkedHashMap<>();
        Path f = root.resolve(ALLOW_LIST);
        if (!Files.exists(f)) return out;
        try {
            for (String l : Files.readAllLines(f)) {
                String s = l.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                String[] parts = s.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
