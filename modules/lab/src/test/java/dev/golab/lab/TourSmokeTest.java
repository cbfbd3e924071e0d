package dev.golab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.lab.tour.Chapter;
import dev.golab.lab.tour.Chapters;
import dev.golab.lab.tour.TourOut;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tour, run as a reader runs it: every chapter, live. Nothing may differ from Go except the
 * documented Java differences listed here, each with the reason its model's header gives.
 */
@DisplayName("Tour Q: does every chapter run, and does nothing differ from Go except the documented Java differences?")
class TourSmokeTest {
    /** Behaviour ID -> the documented reason Java differs (shown with ≠ by TourOut.knownDifference). */
    static final Map<String, String> DOCUMENTED = Map.of(
            "RT-03.07", "virtual threads are not time-shared (JEP 444): a loop without calls keeps its carrier "
                    + "(SchedChapter; GoScheduler's header)");

    static Stream<Named<Chapter>> chapters() {
        return Chapters.all().stream().map(c -> Named.of(c.name(), c));
    }

    @ParameterizedTest(name = "golab tour {0}")
    @MethodSource("chapters")
    @DisplayName("every chapter shows behaviours and none differs from Go unless documented")
    void chapterMatchesGoExceptDocumentedDifferences(Chapter chapter) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        TourOut out = new TourOut(new PrintStream(buf, true, StandardCharsets.UTF_8));

        out.chapter(chapter.title());
        chapter.run(out);

        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(out.shown()).as("behaviours shown by %s", chapter.name()).isPositive();
        assertThat(out.differs()).as("undocumented differences in:%n%s", printed).isZero();
        assertThat(printed).doesNotContain("✗");
        assertThat(DOCUMENTED.keySet()).as("documented differences").containsAll(out.documentedDifferences());
        assertThat(out.matches() + out.documentedDifferences().size()).isEqualTo(out.shown());
    }

    @Test
    @DisplayName("the summary counts documented Java differences apart from matches and mismatches")
    void summaryCountsDocumentedDifferencesSeparately() {
        TourOut out = new TourOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        out.behaviour("T-01", "q", "go", "same", true);
        out.behaviour("T-02", "q", "go", "same", true);
        out.knownDifference("T-03", "q", "go", "java", true);
        out.behaviour("T-04", "q", "go", "other", false);
        out.knownDifference("T-05", "q", "go", "neither", false);

        assertThat(out.summary()).isEqualTo("5 behaviours shown: 2 match Go, 1 documented Java difference, 2 differ.");
        assertThat(out.documentedDifferences()).containsExactly("T-03");
    }

    @Test
    @DisplayName("golab tour <chapter> ends with that summary line and exits 0 when nothing differs")
    void tourCommandPrintsTheSummaryLine() {
        CliRun r = CliRun.of("tour", "strings");

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip().lines().toList().getLast())
                .matches("\\d+ behaviours shown: \\d+ match Go, 0 documented Java differences, 0 differ\\.");
    }
}
