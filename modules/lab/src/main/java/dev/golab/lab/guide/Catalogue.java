package dev.golab.lab.guide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The question catalogue, docs/questions/questions.json: 80 questions, their scope, short answer,
 * checklist items and corrections. Read-only; edited by hand, then the pages are regenerated.
 */
public record Catalogue(List<Category> categories, List<Question> questions) {
    /** {@code CORE-03} or {@code CORE-03.05} / {@code CORE-03.A2}. */
    public static final Pattern ID = Pattern.compile("(CORE|RT|CONC|IFACE|ERR|STD|TEST|MS|PERF|AI)-\\d{2}(\\.(\\d{2}|A\\d{1,2}))?");

    public static final Path FILE = Path.of("docs", "questions", "questions.json");

    public record Category(String id, String name) {}

    public record Item(String id, String tag, boolean addition, String text) {
        /** Everything except `docs` items (compile-time or tooling claims) is executable. */
        public boolean checkable() {
            return !tag.equals("docs");
        }
    }

    public record Correction(String kind, String text, List<String> goReleases) {
        /** The marker readers know from the catalogue: ✗ WRONG, ⚠ OUTDATED, … */
        public String label() {
            return switch (kind) {
                case "WRONG" -> "✗ WRONG";
                case "OUTDATED", "IMPRECISE", "UNVERIFIED" -> "⚠ " + kind;
                case "JAVA" -> "Java note";
                case "CORRECT" -> "✓ correct";
                default -> "Note";
            };
        }
    }

    public record Question(String id, String category, String title, String scope, String whyScope,
                           List<String> areas, String answer, String notModelled, List<String> nearest,
                           List<Item> items, List<Correction> corrections) {
        public boolean inScope() {
            return !scope.equals("no");
        }

        public List<Item> checkable() {
            return items.stream().filter(Item::checkable).toList();
        }
    }

    public static Catalogue load(Path repoRoot) {
        try {
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(Files.readString(repoRoot.resolve(FILE)), Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    public Optional<Question> question(String id) {
        String q = questionIdOf(id);
        return questions.stream().filter(x -> x.id().equals(q)).findFirst();
    }

    public Optional<Item> item(String id) {
        return question(id).flatMap(q -> q.items().stream().filter(i -> i.id().equals(id)).findFirst());
    }

    public String categoryName(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).map(Category::name).findFirst().orElse(categoryId);
    }

    /** {@code CORE-03.05} → {@code CORE-03}. */
    public static String questionIdOf(String id) {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
