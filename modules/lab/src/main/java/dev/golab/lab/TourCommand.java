package dev.golab.lab;

import dev.golab.lab.cli.Choice;
import dev.golab.lab.tour.Chapter;
import dev.golab.lab.tour.Chapters;
import dev.golab.lab.tour.TourOut;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Run the tour: each behaviour with the question, what Go does and what the model just did.")
final class TourCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CHAPTER", description = "chapters to run (default: all): runtime, sync, channels, slices, maps, strings, xsync, gc, sched")
    List<String> only = List.of();

    @Spec
    CommandSpec spec;

    /** A chapter by its short name; an unknown one fails listing them all. */
    private static final Choice CHAPTER = new Choice("chapter", () -> Chapters.all().stream().map(Chapter::name).toList()) {};

    @Override
    public Integer call() throws Exception {
        List<String> only = this.only.stream().map(n -> CHAPTER.check(spec, n)).toList();
        TourOut out = new TourOut(System.out);
        for (Chapter c : Chapters.all()) {
            if (!only.isEmpty() && !only.contains(c.name())) continue;
            out.chapter(c.title());
            c.run(out);
        }
        System.out.println();
        System.out.println(out.summary());
        return out.differs() == 0 ? 0 : 1;
    }
}
