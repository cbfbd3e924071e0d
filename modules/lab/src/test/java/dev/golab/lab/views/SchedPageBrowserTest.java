package dev.golab.lab.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.golab.sched.sim.Scenarios;
import dev.golab.sched.sim.SchedSim;
import dev.golab.sched.sim.SimConfig;
import dev.golab.sched.sim.SimState;
import dev.golab.sched.sim.TraceEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The scheduler page in headless Chromium, used as a study group would: step with the keyboard, switch
 * GOMAXPROCS, jump to a steal, share a step by its fragment, play and pause, read it on a phone. Every
 * expectation comes from running the simulator here (SchedSim + SimState), not from the page's JSON.
 * Screenshots go to target/views/. Skipped with one line when Chromium is not installed.
 */
@DisplayName("issue 14: the scheduler page in a real browser (Selenium 4 + headless Chromium)")
class SchedPageBrowserTest {
    private static Path page;
    private static Browser desk;                                     // one 1280×720 browser for the class

    @BeforeAll
    static void generate() throws Exception {
        Path dir = Path.of("target", "views");
        Files.createDirectories(dir);
        page = dir.resolve("sched.html");
        Files.writeString(page, SchedPage.html(SchedPage.DOCS_SCENARIO, SchedPage.DOCS_SEED));
        desk = Browser.open(1280, 720);
    }

    @AfterAll
    static void closeBrowser() {
        if (desk != null) desk.close();
    }

    /** The desktop browser on a fresh visit of the page (a new document: no state from the last test). */
    private static Browser fresh(String fragment) {
        desk.driver().get("about:blank");
        desk.load(page, fragment);
        return desk;
    }

    /** The simulator's own states: index 0 before the start, then one after each trace event. */
    record Expected(List<SimState> states, List<TraceEvent> events) {}

    static Expected expected(int procs) {
        SchedSim sim = new SchedSim(SimConfig.of(procs, SchedPage.DOCS_SEED));
        List<SimState> states = new ArrayList<>(List.of(sim.state()));
        sim.observe(e -> states.add(sim.state()));
        Scenarios.get(SchedPage.DOCS_SCENARIO).roots().forEach(sim::go);
        sim.run(SchedPage.LIMIT_NS);
        return new Expected(states, sim.trace());
    }

    private static List<String> chips(Browser b, String css) {
        return b.findAll(css).stream().map(WebElement::getText).toList();
    }

    private static List<String> gs(List<Integer> ids) {
        return ids.stream().map(id -> "G" + id).toList();
    }

    private static List<String> one(int id) {
        return id < 0 ? List.of() : List.of("G" + id);
    }

    /** Every lane on the page equals the simulator's state. */
    private static void assertLanes(Browser b, SimState s, int step) {
        assertThat(b.find("#clock").getAttribute("data-step")).isEqualTo(String.valueOf(step));
        assertThat(b.findAll(".lane[data-p]")).hasSize(s.ps().size());
        for (SimState.PState p : s.ps()) {
            String lane = "#P" + p.id();
            assertThat(chips(b, lane + " .running-g .g")).as("P%d running at step %d", p.id(), step).isEqualTo(one(p.running()));
            assertThat(chips(b, lane + " .runnext .g")).as("P%d runnext at step %d", p.id(), step).isEqualTo(one(p.runnext()));
            assertThat(chips(b, lane + " .ring .g")).as("P%d ring at step %d", p.id(), step).isEqualTo(gs(p.ring()));
            assertThat(b.find(lane + " .name small").getText()).startsWith(p.status());
        }
        assertThat(chips(b, "#global .g")).as("global queue at step %d", step).isEqualTo(gs(s.global()));
        assertThat(chips(b, "#netpoll .g")).as("netpoller at step %d", step).isEqualTo(gs(s.netpoll()));
    }

    @Test
    @DisplayName("pressing → 20 times then ← 5 times shows the simulator's lanes at steps 20 and 15, and the address says #step=N")
    void arrowKeysStepThroughTheSeededRun() {
        Expected want = expected(SchedPage.DEFAULT_PROCS);
        {
            Browser b = fresh(null);
            assertLanes(b, want.states().get(0), 0);
            b.press(Keys.ARROW_RIGHT, 20);
            assertLanes(b, want.states().get(20), 20);
            assertThat(b.fragment()).isEqualTo("#step=20");
            b.screenshot("sched-step20-gomaxprocs2");
            b.press(Keys.ARROW_LEFT, 5);
            assertLanes(b, want.states().get(15), 15);
            assertThat(b.fragment()).isEqualTo("#step=15");
        }
    }

    @Test
    @DisplayName("GOMAXPROCS=4 and jump-to-steal land on the run's first steal, drawn as an arrow from the victim's lane to the thief's")
    void gomaxprocsSelectorAndJumpToSteal() {
        Expected want = expected(4);
        int firstSteal = -1;
        for (int i = 0; i < want.events().size() && firstSteal < 0; i++) if (want.events().get(i).kind() == TraceEvent.Kind.STEAL) firstSteal = i + 1;
        assertThat(firstSteal).as("the docs scenario steals at GOMAXPROCS=4").isPositive();
        TraceEvent steal = want.events().get(firstSteal - 1);
        {
            Browser b = fresh(null);
            b.find("button[data-procs='4']").click();
            assertThat(b.findAll(".lane[data-p]")).hasSize(4);
            new Select(b.find("#kind")).selectByValue("STEAL");
            b.find("#nextKind").click();
            assertLanes(b, want.states().get(firstSteal), firstSteal);
            assertThat(b.fragment()).isEqualTo("#step=" + firstSteal + "&procs=4");
            WebElement arrow = b.find("path.steal-arrow");
            assertThat(arrow.getAttribute("data-from")).isEqualTo(String.valueOf(steal.other()));
            assertThat(arrow.getAttribute("data-to")).isEqualTo(String.valueOf(steal.p()));
            assertThat(b.find("#P" + steal.p() + " .badge").getText()).startsWith("steal:");
            b.screenshot("sched-first-steal-gomaxprocs4");
        }
    }

    @Test
    @DisplayName("a shared #step=N opens at step N; a step past the end clamps to the last step and says so")
    void fragmentOpensTheStepAndClamps() {
        Expected two = expected(2), one = expected(1);
        {
            Browser b = fresh("#step=33&procs=1");
            assertLanes(b, one.states().get(33), 33);
            int last = two.states().size() - 1;
            b.driver().get("about:blank");                       // a fresh visit: the default GOMAXPROCS
            b.load(page, "#step=9999");
            assertLanes(b, two.states().get(last), last);
            assertThat(b.find("#notice").getText()).contains("past the end").contains(String.valueOf(last));
        }
    }

    @Test
    @DisplayName("space plays the run and space again pauses it")
    void spacePlaysAndPauses() {
        {
            Browser b = fresh(null);
            new Select(b.find("#speed")).selectByValue("100");
            b.find("body").click();
            b.press(Keys.SPACE);
            await().atMost(Duration.ofSeconds(20)).until(() -> Integer.parseInt(b.find("#clock").getAttribute("data-step")) >= 3);
            b.press(Keys.SPACE);
            assertThat(b.find("#play").getText()).contains("play");
            String paused = b.find("#clock").getAttribute("data-step");
            assertThat(b.fragment()).isEqualTo("#step=" + paused);
        }
    }

    @Test
    @DisplayName("at phone width (390×844) the lanes stack without sideways scrolling")
    void phoneWidthHasNoSidewaysScroll() {
        Expected want = expected(4);
        try (Browser b = Browser.open(390, 844)) {
            b.load(page, "#step=30&procs=4");
            assertLanes(b, want.states().get(30), 30);
            long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
            long width = ((Number) b.js("return window.innerWidth")).longValue();
            assertThat(scroll).isLessThanOrEqualTo(width);
            assertThat(b.find("#P0").isDisplayed()).isTrue();
            b.screenshot("sched-phone-step30-gomaxprocs4");
        }
    }
}
