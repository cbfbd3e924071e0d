package dev.golab.lab.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.gc.sim.Walkthrough;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The GC page as a study group uses it: headless Chromium, keys and selectors, DOM checked against the seeded run. */
@DisplayName("VIEW-GC Q: does the GC page show, step by step, what the seeded run did?")
class GcPageBrowserTest {
    static final long SEED = Walkthrough.DEFAULT_SEED;
    static Path page;
    static GcPage.Data data;

    @BeforeAll
    static void generate() throws Exception {
        data = GcPage.data(SEED);
        page = Path.of("target", "views", "gc.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, GcPage.html(SEED));
    }

    static GcPage.RunJson run(String id) {
        return data.runs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Every live object's node shows the colour of step {@code k}: the data-colour, the CSS class and the W/G/B label. */
    static void assertNodesMatch(Browser b, GcPage.StepJson s) {
        int live = 0;
        for (int id = 0; id < s.c().length(); id++) {
            char c = s.c().charAt(id);
            if (c == '.') continue;
            live++;
            WebElement n = b.find("#nodes .node[data-id='" + id + "']");
            assertThat(n.getAttribute("data-colour")).as("o%d at step %d", id, s.i()).isEqualTo(String.valueOf(c));
            assertThat(n.getAttribute("class")).contains(" " + c);
            assertThat(n.findElement(org.openqa.selenium.By.cssSelector(".lbl")).getText()).isEqualTo(String.valueOf(c));
        }
        assertThat(live).isPositive();
    }

    @Test
    @DisplayName("VIEW-GC Q: after pressing → 42 times, do nodes, labels, banner and fragment show step 42 of the hybrid run?")
    void steppingWithTheArrowKeyShowsThatStepsColoursBannerAndFragment() {
        try (Browser b = Browser.open(1280, 720)) {
            b.load(page, null);
            b.press(Keys.ARROW_RIGHT, 42);
            GcPage.StepJson s = run("hybrid").steps().get(42);
            assertThat(b.fragment()).isEqualTo("#step=42");
            assertNodesMatch(b, s);
            WebElement banner = b.find("#banner");
            assertThat(banner.getAttribute("data-phase")).isEqualTo(s.ph());
            assertThat(banner.getText()).contains(s.stw() ? "STW" : s.ph().equals("OFF") ? "GC off" : "concurrent");
            assertThat(b.find("#stmt").getText()).isEqualTo(s.go());
            b.press(Keys.ARROW_LEFT);
            assertThat(b.fragment()).isEqualTo("#step=41");
            assertNodesMatch(b, run("hybrid").steps().get(41));
            assertThat(b.find("#cursor").getAttribute("data-step")).isEqualTo("41");
            b.screenshot("gc-hybrid-step41");
        }
    }

    @Test
    @DisplayName("RT-01.04 Q: switched to no barrier, does the page show the step where a reachable object is freed, and say so?")
    void barrierSwitchToNoneShowsTheLostObjectAndItsFree() {
        GcPage.RunJson none = run("none");
        int lostId = none.lost().get(0);
        try (Browser b = Browser.open(1280, 720)) {
            b.load(page, "#step=0");
            new Select(b.find("#barrier")).selectByValue("none");
            new Select(b.find("#jump")).selectByValue("lost");
            assertThat(b.fragment()).isEqualTo("#step=" + none.lostStep() + "&barrier=none");
            assertThat(b.find("#banner").getText()).contains("STW").contains("mark termination");
            assertThat(b.find("#note").getText()).startsWith("LOST: o" + lostId);
            assertThat(b.find("#nodes .node[data-id='" + lostId + "']").getAttribute("class")).contains("lost").contains(" W");
            assertNodesMatch(b, none.steps().get(none.lostStep()));
            b.screenshot("gc-none-lost");
            new Select(b.find("#jump")).selectByValue("freed");
            assertThat(b.find("#note").getText()).startsWith("FREED WHILE REACHABLE").contains("o" + lostId);
            WebElement ghost = b.find("#nodes .node[data-id='" + lostId + "']");
            assertThat(ghost.getAttribute("class")).contains("freed");
            assertThat(b.findAll("#edges .edge.dangling")).as("the pointer the program still holds").isNotEmpty();
            b.screenshot("gc-none-freed-while-reachable");
            new Select(b.find("#barrier")).selectByValue("hybrid");   // same seed, same step, a correct barrier
            assertThat(b.find("#note").getText()).doesNotContain("LOST").doesNotContain("FREED WHILE REACHABLE");
            assertThat(b.findAll("#nodes .node.lost, #nodes .node.freed")).isEmpty();
        }
    }

    @Test
    @DisplayName("VIEW-GC Q: do space (play/pause), the fragment and an out-of-range step behave as a group expects?")
    void spacePlaysAndPausesAndAnOutOfRangeFragmentClampsToTheLastStepAndSaysSo() {
        int last = run("hybrid").steps().size() - 1;
        try (Browser b = Browser.open(1280, 720)) {
            b.load(page, "#step=" + (last + 500));
            assertThat(b.fragment()).isEqualTo("#step=" + last);
            assertThat(b.find("#msg").getText()).contains("past the end").contains(String.valueOf(last));
            b.load(page, "#step=10");
            b.driver().navigate().refresh();
            assertThat(b.fragment()).isEqualTo("#step=10");
            new Select(b.find("#speed")).selectByValue("10");
            b.press(Keys.SPACE);
            await().atMost(Duration.ofSeconds(20)).until(() -> !b.fragment().equals("#step=10"));
            b.press(Keys.SPACE);
            assertThat(b.find("body").getAttribute("data-playing")).isEqualTo("false");
            String paused = b.fragment();
            int at = Integer.parseInt(paused.substring("#step=".length()));
            assertNodesMatch(b, run("hybrid").steps().get(at));
        }
    }

    @Test
    @DisplayName("VIEW-GC Q: does the page fit a phone (390 px wide) without sideways scrolling?")
    void phoneWidthLayoutHasNoHorizontalScroll() {
        try (Browser b = Browser.open(390, 844)) {
            b.load(page, "#step=60");
            long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) b.js("return window.innerWidth")).longValue();
            assertThat(scroll).isLessThanOrEqualTo(width);
            assertThat(b.find("#graph").getSize().getWidth()).isGreaterThan(300);
            assertNodesMatch(b, run("hybrid").steps().get(60));
            b.screenshot("gc-phone-step60");
        }
    }
}
