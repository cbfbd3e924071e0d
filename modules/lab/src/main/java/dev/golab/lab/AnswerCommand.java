package dev.golab.lab;

import dev.golab.lab.tour.Chapter;
import dev.golab.lab.tour.Chapters;
import dev.golab.lab.tour.TourOut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `golab answer CORE-06`: the executable answer to one seed question — the tour behaviours with that
 * ID, run live now, then the tests that assert it (from docs/answers/), so a reader knows where to look.
 */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Show the executable answer to a seed question (IDs from shared/seed/QUESTIONS.md, e.g. CORE-06 or CORE-06.03).")
final class AnswerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "question or checklist ID, e.g. ERR-03 or CONC-03.02")
    String id;

    @Override
    public Integer call() throws Exception {
        String wanted = id.toUpperCase();
        String question = wanted.contains(".") ? wanted.substring(0, wanted.indexOf('.')) : wanted;
        TourOut out = new TourOut(System.out, question);
        for (Chapter c : Chapters.all()) c.run(out);
        List<String> tests = testsFor(wanted);
        if (!tests.isEmpty()) {
            System.out.println();
            System.out.println("Tests that assert " + wanted + " (docs/answers/):");
            tests.forEach(t -> System.out.println("  " + t));
        }
        if (out.shown() == 0 && tests.isEmpty()) {
            System.out.println("No executable answer for " + wanted + " yet (see docs/answers/ for what exists).");
            return 1;
        }
        return out.differs() == 0 ? 0 : 1;
    }

    /** Lines of docs/answers/*.md that mention the ID (each names a test class and method). */
    private static List<String> testsFor(String id) throws IOException {
        Path dir = Path.of("docs", "answers");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted()
                    .flatMap(AnswerCommand::lines)
                    .filter(l -> l.contains(id))
                    .map(String::strip)
                    .toList();
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
