package dev.golab.lab;

import dev.golab.lab.guide.Catalogue;
import dev.golab.lab.guide.ClosestIds;
import dev.golab.lab.guide.Coverage;
import dev.golab.lab.guide.Demo;
import dev.golab.lab.guide.Guide;
import dev.golab.lab.guide.TestRun;
import dev.golab.lab.tour.Chapter;
import dev.golab.lab.tour.Chapters;
import dev.golab.lab.tour.TourOut;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `golab answer CORE-06`: the answer to one of the 80 questions (docs/questions/questions.json) —
 * the question, the short answer, the corrections, the live behaviours (tour entries with that ID, run
 * now), then the tests that demonstrate each checklist item. `--run` runs those tests, `--list` lists
 * the questions with their coverage, `--write` regenerates docs/answers/ and docs/README.md.
 */
@Command(name = "answer", mixinStandardHelpOptions = true,
        description = {"The executable answer to one of the 80 questions (catalogue: docs/questions/).",
                "ID is a question (CORE-06) or a checklist item (CONC-03.02)."})
final class AnswerCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "question or checklist ID, e.g. ERR-03 or CONC-03.02")
    String id;

    @Option(names = "--list", arity = "0..1", paramLabel = "CATEGORY", fallbackValue = "",
            description = "list the questions (of one category: CORE, RT, CONC, IFACE, ERR, STD, TEST, MS, PERF, AI) with coverage")
    String list;

    @Option(names = "--run", description = "also run the tests that demonstrate the answer, with pass/fail and timings")
    boolean run;

    @Option(names = "--write", description = "regenerate docs/answers/<ID>.md, docs/README.md and docs/questions/CATALOGUE.md")
    boolean write;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        Guide guide = Guide.load(Path.of(""));
        Catalogue c = guide.catalogue();
        if (list != null && id != null) throw new CommandLine.ParameterException(spec.commandLine(),
                "golab answer: give a question ID or --list, not both; see 'golab answer --help'");
        String category = list == null ? null : checkedCategory(c, list.toUpperCase());   // every argument is
        String wanted = id == null ? null : checkedId(c, id.toUpperCase());                 // checked before --write
        if (write) {
            List<Path> written = guide.write();
            int[] t = guide.totals();
            out.println("wrote " + written.size() + " of " + guide.pages().size() + " pages (others unchanged); items demonstrated "
                    + t[0] + "/" + t[1]);
            written.forEach(p -> out.println("  " + p));
            if (wanted == null && category == null) return 0;
        }
        if (category != null) return list(guide, category);
        if (wanted == null) throw new CommandLine.ParameterException(spec.commandLine(),
                "golab answer: give a question ID (e.g. CORE-06 or CONC-03.02), --list or --write");
        Catalogue.Question q = c.question(wanted).orElseThrow();
        AnswerPrinter printer = new AnswerPrinter(guide, out);
        printer.header(q, wanted);
        int differs = q.inScope() ? printer.live(wanted) : 0;
        List<Demo> demos = printer.tests(q, wanted);
        if (!run) return differs == 0 ? 0 : 1;
        if (demos.isEmpty()) {
            out.println("\nNothing to run for " + wanted + ".");
            return differs == 0 ? 0 : 1;
        }
        out.println();
        TestRun.Summary s = TestRun.run(guide.root(), demos, out);
        return differs == 0 && s.failed() == 0 ? 0 : 1;
    }

    /** The ID in upper case if the catalogue knows it; otherwise exit 2 naming the closest ones. */
    private String checkedId(Catalogue c, String wanted) {
        if (Catalogue.ID.matcher(wanted).matches() && c.question(wanted).isPresent()
                && (!wanted.contains(".") || c.item(wanted).isPresent())) return wanted;
        List<String> known = wanted.contains(".")
                ? c.questions().stream().flatMap(q -> q.items().stream()).map(Catalogue.Item::id).toList()
                : c.questions().stream().map(Catalogue.Question::id).toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "golab answer: unknown ID '" + id
                + "'; closest: " + String.join(", ", ClosestIds.to(wanted, known, 3)) + " (all: ./golab answer --list)");
    }

    /** The category ("" for all) if it exists; otherwise exit 2 naming the valid ones. */
    private String checkedCategory(Catalogue c, String category) {
        if (category.isEmpty() || c.categories().stream().anyMatch(x -> x.id().equals(category))) return category;
        throw new CommandLine.ParameterException(spec.commandLine(), "golab answer --list: unknown category '" + list
                + "'; valid: " + String.join(", ", c.categories().stream().map(Catalogue.Category::id).toList()));
    }

    private int list(Guide guide, String category) {
        Catalogue c = guide.catalogue();
        for (Catalogue.Question q : c.questions()) {
            if (!category.isEmpty() && !q.category().equals(category)) continue;
            String cov = q.inScope() ? guide.coverage().of(q).fraction() : "prose";
            out.printf("%-9s %-12s %6s  %s%n", q.id(), q.scope(), cov, q.title());
        }
        if (category.isEmpty()) {
            int[] t = guide.totals();
            out.printf("%n%d questions; %d/%d checkable items of in-scope questions demonstrated (%.1f %%)%n",
                    c.questions().size(), t[0], t[1], 100.0 * t[0] / Math.max(1, t[1]));
        }
        return 0;
    }

    /** Prints one answer: header, short answer, corrections, live behaviours, tests. */
    private record AnswerPrinter(Guide guide, PrintStream out) {
        void header(Catalogue.Question q, String wanted) {
            String cov = q.inScope() ? " · " + guide.coverage().of(q).fraction() + " items demonstrated" : "";
            out.println(q.id() + " · " + guide.catalogue().categoryName(q.category()) + " · scope " + q.scope() + cov);
            out.println(q.title());
            guide.catalogue().item(wanted).ifPresent(i -> {
                out.println();
                out.println(i.id() + " (" + i.tag() + "): " + i.text().replace("\n", " ").replaceAll("\\s+", " "));
            });
            section(q.inScope() ? "Short answer" : "Answer");
            wrap(q.answer(), "  ");
            if (!q.inScope()) {
                section("Why this is not modelled");
                wrap(q.notModelled(), "  ");
                section("Nearest executable answers");
                for (String n : q.nearest()) {
                    String title = guide.catalogue().question(n).filter(x -> x.id().equals(n)).map(Catalogue.Question::title).orElse("(test class)");
                    out.println("  " + n + "  " + title);
                }
            }
            if (!q.corrections().isEmpty()) section("Corrections to the seed's answer");
            for (Catalogue.Correction x : q.corrections()) {
                String rel = x.goReleases().isEmpty() ? "" : " [" + String.join(", ", x.goReleases()) + "]";
                wrap(x.label() + rel + ": " + x.text(), "  ");
            }
        }

        int live(String wanted) throws Exception {
            section("Live, computed now by the lab's models");
            TourOut tour = new TourOut(out, wanted);
            for (Chapter ch : Chapters.all()) ch.run(tour);
            if (tour.shown() == 0) out.println("  (no live behaviour for " + wanted + " in the tour; the tests below are the answer)");
            return tour.differs();
        }

        List<Demo> tests(Catalogue.Question q, String wanted) {
            if (!q.inScope()) return List.of();
            section("Tests");
            Coverage cov = guide.coverage();
            List<Catalogue.Item> items = q.items().stream().filter(i -> !wanted.contains(".") || i.id().equals(wanted)).toList();
            for (Catalogue.Item i : items) {
                List<Demo> ds = guide.tests().carrying(i.id());
                boolean bench = i.tag().equals("bench") && !guide.benches().carrying(i.id()).isEmpty();
                String state = !ds.isEmpty() || bench ? "" : !i.checkable() ? "  (docs: not executable)"
                        : cov.allowedReason(i.id()) != null ? "  (not demonstrated: " + cov.allowedReason(i.id()) + ")" : "  (not demonstrated yet)";
                out.println("  " + i.id() + " " + i.tag() + state);
                ds.forEach(d -> out.println("      " + d.label() + "  " + d.file()));
                if (bench) guide.benches().carrying(i.id()).forEach(b -> out.println("      benchmark " + b.name() + "  " + b.file()));
            }
            List<Demo> general = wanted.contains(".") ? List.of() : guide.tests().forQuestion(q.id()).stream()
                    .filter(d -> q.items().stream().noneMatch(i -> d.carries(i.id()))).toList();
            if (!general.isEmpty()) out.println("  more tests for " + q.id() + ":");
            general.forEach(d -> out.println("      " + d.label() + "  " + d.file()));
            out.println();
            out.println("Page: docs/answers/" + q.id() + ".md");
            return wanted.contains(".") ? guide.tests().carrying(wanted)
                    : Stream.concat(items.stream().flatMap(i -> guide.tests().carrying(i.id()).stream()), general.stream()).distinct().toList();
        }

        private void section(String title) {
            out.println();
            out.println(title + ":");
        }

        private void wrap(String text, String indent) {
            StringBuilder line = new StringBuilder(indent);
            for (String word : text.replace("\n", " ").split("\\s+")) {
                if (word.isEmpty()) continue;
                if (line.length() + word.length() > 100 && line.length() > indent.length()) {
                    out.println(line.toString().stripTrailing());
                    line = new StringBuilder(indent + "  ");
                }
                line.append(word).append(' ');
            }
            if (line.length() > indent.length()) out.println(line.toString().stripTrailing());
        }
    }
}
