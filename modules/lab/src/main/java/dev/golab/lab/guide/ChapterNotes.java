package dev.golab.lab.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hand-written area chapters (docs/answers/chan.md, gc.md, …: lower-case names) folded into the
 * generated question pages: every `## ` section whose heading names a question (or one of its items)
 * is shown on that question's page, with a link back to the chapter it came from.
 */
public final class ChapterNotes {
    /** One `## ` section of a chapter. */
    public record Section(String chapter, String heading, List<String> body, Set<String> ids) {}

    private final List<Section> sections;

    private ChapterNotes(List<Section> sections) {
        this.sections = sections;
    }

    public static ChapterNotes scan(Path root) {
        Path dir = root.resolve("docs/answers");
        List<Section> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new ChapterNotes(out);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(ChapterNotes::isChapter).sorted().toList()) out.addAll(sections(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChapterNotes(out);
    }

    /** Chapters are the hand-written lower-case pages; generated pages are named after their ID. */
    static boolean isChapter(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".md") && Character.isLowerCase(n.charAt(0));
    }

    public List<Section> forQuestion(String questionId) {
        return sections.stream().filter(s -> s.ids().stream().anyMatch(i -> Catalogue.questionIdOf(i).equals(questionId))).toList();
    }

    private static List<Section> sections(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Section> out = new ArrayList<>();
        String heading = null;
        List<String> body = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("## ")) {
                if (heading != null) out.add(section(file, heading, body));
                heading = l.substring(3).strip();
                body = new ArrayList<>();
            } else if (heading != null) {
                body.add(l);
            }
        }
        if (heading != null) out.add(section(file, heading, body));
        return out.stream().filter(s -> !s.ids().isEmpty()).toList();
    }

    private static Section section(Path file, String heading, List<String> body) {
        List<String> trimmed = new ArrayList<>(body);
        while (!trimmed.isEmpty() && trimmed.getLast().isBlank()) trimmed.removeLast();
        while (!trimmed.isEmpty() && trimmed.getFirst().isBlank()) trimmed.removeFirst();
        return new Section(file.getFileName().toString(), heading, trimmed, IdRefs.parse(heading));
    }
}
