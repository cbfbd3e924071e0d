package dev.golab.lab.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The study guide as one object: the catalogue, the tests and benchmarks that carry its IDs, the
 * coverage, and the pages generated from them (docs/answers/&lt;ID&gt;.md, docs/README.md,
 * docs/questions/CATALOGUE.md). {@link #pages()} renders everything in memory, so writing and the
 * staleness check compare the same text.
 */
public final class Guide {
    private final Path root;
    private final Catalogue catalogue;
    private final TestIndex tests;
    private final BenchIndex benches;
    private final ChapterNotes notes;
    private final ModelClasses models;
    private final Coverage coverage;

    private Guide(Path root) {
        this.root = root;
        this.catalogue = Catalogue.load(root);
        this.tests = TestIndex.scan(root);
        this.benches = BenchIndex.scan(root);
        this.notes = ChapterNotes.scan(root);
        this.models = new ModelClasses(root);
        this.coverage = new Coverage(tests, benches, Coverage.readAllowList(root));
    }

    /** Loads the guide of the repository containing {@code start} (this directory or a parent). */
    public static Guide load(Path start) {
        return new Guide(findRoot(start));
    }

    /** The nearest directory at or above {@code start} holding docs/questions/questions.json. */
    public static Path findRoot(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(Catalogue.FILE))) return p;
        }
        throw new IllegalStateException("no " + Catalogue.FILE + " at or above " + start.toAbsolutePath()
                + ": run golab from the repository root");
    }

    public Path root() { return root; }
    public Catalogue catalogue() { return catalogue; }
    public TestIndex tests() { return tests; }
    public BenchIndex benches() { return benches; }
    public ChapterNotes notes() { return notes; }
    public ModelClasses models() { return models; }
    public Coverage coverage() { return coverage; }

    /** Every generated file (relative path → content), in a stable order. */
    public Map<Path, String> pages() {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Catalogue.Question q : catalogue.questions()) out.put(Path.of("docs", "answers", q.id() + ".md"), AnswerPage.render(this, q));
        out.put(Path.of("docs", "README.md"), IndexPages.readme(this));
        out.put(Path.of("docs", "questions", "CATALOGUE.md"), IndexPages.catalogue(this));
        return out;
    }

    /** Writes the pages that differ from what is on disk; returns their paths. */
    public List<Path> write() {
        List<Path> written = new ArrayList<>();
        for (var e : pages().entrySet()) {
            Path f = root.resolve(e.getKey());
            if (Objects.equals(read(f), e.getValue())) continue;
            try {
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            written.add(e.getKey());
        }
        return written;
    }

    /** Generated pages whose file is missing or differs from what would be generated now. */
    public List<Path> stale() {
        return pages().entrySet().stream().filter(e -> !Objects.equals(read(root.resolve(e.getKey())), e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checkable items of in-scope questions, and how many are demonstrated. */
    public int[] totals() {
        int shown = 0, total = 0;
        for (Catalogue.Question q : catalogue.questions()) {
            if (!q.inScope()) continue;
            Coverage.OfQuestion c = coverage.of(q);
            shown += c.demonstrated();
            total += c.total();
        }
        return new int[] {shown, total};
    }
}
