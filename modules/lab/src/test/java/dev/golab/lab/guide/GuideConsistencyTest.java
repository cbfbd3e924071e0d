package dev.golab.lab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The study guide cannot drift from the tests: every question has a current page, every link on a page
 * resolves, every in-scope checklist item is carried by a test (or allow-listed with a reason), and no
 * page, help text or comment names a path outside the repository. Fix a failure with
 * {@code ./golab answer --write} (stale pages) or by adding the ID to a test's @DisplayName.
 */
@DisplayName("Guide: do the question pages agree with the catalogue and the tests?")
class GuideConsistencyTest {
    private static Guide guide;

    @BeforeAll
    static void load() {
        guide = Guide.load(Path.of(""));
    }

    @Test
    @DisplayName("every one of the 80 questions has a page, and no generated page is stale")
    void everyQuestionHasACurrentPage() {
        assertThat(guide.catalogue().questions()).hasSize(80);
        assertThat(guide.pages().keySet().stream().filter(p -> p.startsWith("docs/answers")).count()).isEqualTo(80);
        assertThat(guide.stale()).as("stale or missing generated pages: run ./golab answer --write").isEmpty();
    }

    @Test
    @DisplayName("every link on a generated page resolves to a file in the repository")
    void everyLinkResolves() {
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        List<String> broken = new ArrayList<>();
        guide.pages().forEach((page, text) -> {
            Matcher m = link.matcher(text.replaceAll("`[^`\n]*`", "``"));   // code spans hold Go, not links
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("http")) continue;
                Path resolved = guide.root().resolve(page).getParent().resolve(target).normalize();
                if (!Files.exists(resolved)) broken.add(page + " → " + target);
            }
        });
        assertThat(broken).as("links to files that do not exist").isEmpty();
    }

    @Test
    @DisplayName("every test a page names exists: its class and method are in the source it links to")
    void everyLinkedTestExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Demo d : guide.tests().all()) {
            String src = Files.readString(guide.root().resolve(d.file()));
            String simple = d.className().substring(d.className().lastIndexOf('$') + 1);
            simple = simple.substring(simple.lastIndexOf('.') + 1);
            if (!src.contains(" " + simple)) missing.add(d.label() + " (class) in " + d.file());
            if (d.method() != null && !Pattern.compile("\\bvoid\\s+" + d.method() + "\\s*\\(").matcher(src).find()) {
                missing.add(d.label() + " in " + d.file());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(guide.tests().all()).as("the scan found the repository's tests").hasSizeGreaterThan(300);
    }

    @Test
    @DisplayName("every checkable item of an in-scope question is carried by a test or benchmark, or allow-listed with a reason")
    void everyInScopeItemIsDemonstratedOrAllowListed() {
        List<String> undemonstrated = new ArrayList<>();
        for (Catalogue.Question q : guide.catalogue().questions()) {
            if (!q.inScope()) continue;
            for (Catalogue.Item i : guide.coverage().of(q).missing()) {
                String reason = guide.coverage().allowedReason(i.id());
                if (reason == null || reason.isBlank()) undemonstrated.add(i.id());
            }
        }
        assertThat(undemonstrated).as("items with no test carrying their ID (add the ID to a @DisplayName, or a reason to "
                + Coverage.ALLOW_LIST + ")").isEmpty();
    }

    @Test
    @DisplayName("the allow-list only names real items that are still undemonstrated")
    void allowListHasNoStaleEntries() {
        List<String> stale = new ArrayList<>();
        for (String id : guide.coverage().allowList().keySet()) {
            var item = guide.catalogue().item(id);
            if (item.isEmpty()) stale.add(id + " (no such item)");
            else if (guide.coverage().demonstrated(item.get())) stale.add(id + " (now demonstrated: remove it)");
        }
        assertThat(stale).isEmpty();
    }

    @Test
    @DisplayName("no doc, help text or comment names a path outside the repository (../shared, shared/seed, shared/oracle)")
    void noPathOutsideTheRepository() throws IOException {
        Pattern outside = Pattern.compile("\\.\\./shared|shared/(seed|oracle|reference)|/work/shared");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(guide.root())) {
            for (Path f : files.filter(Files::isRegularFile).filter(GuideConsistencyTest::isSource).toList()) {
                String text = Files.readString(f);
                Matcher m = outside.matcher(text);
                if (m.find()) hits.add(guide.root().relativize(f) + ": " + m.group());
            }
        }
        assertThat(hits).isEmpty();
    }

    private static boolean isSource(Path p) {
        String s = p.toString();
        if (s.contains("/target/") || s.contains("/.git/") || s.contains("/.mvn/")) return false;
        if (p.getFileName().toString().equals("GuideConsistencyTest.java")) return false;
        return s.endsWith(".java") || s.endsWith(".md") || s.endsWith(".go") || s.endsWith(".xml") || s.endsWith(".sh")
                || s.endsWith(".json") || s.endsWith(".txt") || p.getFileName().toString().equals("golab");
    }
}
