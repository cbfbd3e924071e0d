package dev.golab.lab.guide;

import java.util.List;

/** docs/README.md (the index by category, with coverage) and docs/questions/CATALOGUE.md (the catalogue, readable). */
final class IndexPages {
    private IndexPages() {}

    static String readme(Guide g) {
        StringBuilder md = new StringBuilder();
        Catalogue c = g.catalogue();
        int[] t = g.totals();
        long inScope = c.questions().stream().filter(Catalogue.Question::inScope).count();
        long allowed = c.questions().stream().filter(Catalogue.Question::inScope)
                .flatMap(q -> g.coverage().of(q).missing().stream()).filter(i -> g.coverage().allowedReason(i.id()) != null).count();
        md.append(AnswerPage.GENERATED).append('\n');
        md.append("""
                # The golab study guide

                golab answers a public "Senior Go Developer" interview set, 80 questions in 10 categories, with
                *executable answers*: tests whose display name carries the question and whose method name states
                the answer, live demonstrations in `./golab answer <ID>` and `./golab tour`, and JMH benchmarks run
                beside real Go where the claim is about cost. Every question has a page below; the questions, their
                checklists and the corrections to the interview set's answers (**the seed**) are in
                [questions/](questions/README.md).

                """);
        md.append("**Coverage:** ").append(c.questions().size()).append(" of 80 questions have a page; ")
                .append(t[0]).append(" of ").append(t[1]).append(" checkable items of the ").append(inScope)
                .append(" in-scope questions are demonstrated by a test or benchmark carrying their ID (")
                .append(String.format("%.1f", 100.0 * t[0] / Math.max(1, t[1]))).append(" %)");
        md.append(allowed > 0 ? "; " + allowed + " of the rest are listed with a reason in [allow-list.txt](questions/allow-list.txt).\n" : ".\n");
        md.append("""

                How to use it: pick a question; its page gives the short answer, the corrections, and for each
                checklist item the tests that demonstrate it (linked to their source). `./golab answer <ID>` prints
                the same in the terminal and runs the live behaviours; `--run` also runs the tests. To test
                yourself, `./golab quiz [slices|select|recover|gc|sched]` asks for a prediction and computes the answer live.
                """);
        for (Catalogue.Category cat : c.categories()) {
            md.append("\n## ").append(cat.name()).append(" (").append(cat.id()).append(")\n\n");
            md.append("| ID | question | scope | items demonstrated |\n|---|---|---|---|\n");
            for (Catalogue.Question q : c.questions()) {
                if (!q.category().equals(cat.id())) continue;
                String cov = q.inScope() ? g.coverage().of(q).fraction() : "answered in prose";
                md.append("| [").append(q.id()).append("](answers/").append(q.id()).append(".md) | ")
                        .append(q.title().replace("|", "\\|")).append(" | ").append(q.scope()).append(" | ").append(cov).append(" |\n");
            }
        }
        md.append("""

                ## Area chapters

                Hand-written overviews of each module; their sections appear on the question pages too.

                | area | chapter | module |
                |---|---|---|
                | goroutines, defer/panic/recover, errors | [answers/runtime.md](answers/runtime.md) | modules/runtime |
                | sync: Mutex, RWMutex, WaitGroup, Once, Cond, Pool, Map, atomics, memory model | [answers/sync.md](answers/sync.md) | modules/runtime |
                | channels, select, timers | [answers/chan.md](answers/chan.md) | modules/chan |
                | slices, maps, strings | [answers/collections.md](answers/collections.md) | modules/collections |
                | garbage collector | [answers/gc.md](answers/gc.md) | modules/gc |
                | scheduler (G-M-P) | [answers/sched.md](answers/sched.md) | modules/sched |
                | context, errgroup, singleflight, rate, patterns | [answers/xsync.md](answers/xsync.md) | modules/xsync |
                | leak checks and virtual time in tests | [answers/testkit.md](answers/testkit.md) | modules/testkit |

                Cost: [benchmarks.md](benchmarks.md) has the JMH tables beside Go's numbers. Design decisions are in
                [adr/](adr/).

                ## Ground truth

                Recorded output of small Go 1.23.5 programs (panic texts, growth capacities, select fairness counts,
                context strings, benchmark numbers) is the oracle: tests compare against it exactly, or statistically
                with sigma bounds where Go is random. The programs and how to regenerate their output are in
                [benchmarks/go/oracle/](../benchmarks/go/oracle/README.md). Where Java cannot do what Go does (no
                preemption of virtual threads, erased generics, `null` as the zero value) the file header says so and
                a test named after the difference shows it.

                Regenerate this index and every question page: `./golab answer --write`.
                """);
        return md.toString();
    }

    static String catalogue(Guide g) {
        StringBuilder md = new StringBuilder();
        md.append(AnswerPage.GENERATED).append('\n');
        md.append("# The question catalogue (readable form of questions.json)\n\n");
        md.append("Scopes, tags and fields are explained in [README.md](README.md). Each question links to its answer page.\n");
        Catalogue c = g.catalogue();
        for (Catalogue.Category cat : c.categories()) {
            md.append("\n## ").append(cat.name()).append("\n");
            for (Catalogue.Question q : c.questions()) {
                if (!q.category().equals(cat.id())) continue;
                md.append("\n### [").append(q.id()).append("](../answers/").append(q.id()).append(".md): ").append(q.title()).append("\n\n");
                md.append("Scope **").append(q.scope()).append("**: ").append(q.whyScope()).append(" Areas: ")
                        .append(String.join(", ", q.areas())).append(".\n");
                if (!q.items().isEmpty()) md.append('\n');
                for (Catalogue.Item i : q.items()) {
                    md.append("- **").append(i.id()).append("** `").append(i.tag()).append("`: ")
                            .append(i.text().replace("\n", "\n  ")).append('\n');
                }
                List<Catalogue.Correction> cs = q.corrections();
                if (!cs.isEmpty()) md.append("\nCorrections:\n\n");
                for (Catalogue.Correction x : cs) {
                    String rel = x.goReleases().isEmpty() ? "" : " (" + String.join(", ", x.goReleases().stream().map(AnswerPage::release).toList()) + ")";
                    md.append("- ").append(x.label()).append(rel).append(": ").append(x.text().replace("\n", "\n  ")).append('\n');
                }
            }
        }
        return md.toString();
    }
}
