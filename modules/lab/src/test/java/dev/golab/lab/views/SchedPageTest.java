package dev.golab.lab.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scheduler page's generator: JSON shape, determinism per seed, self-containment, the committed page. */
@DisplayName("issue 14: ./golab sched --html — the generator")
class SchedPageTest {
    private static final String REGENERATE = "./golab sched --scenario " + SchedPage.DOCS_SCENARIO + " --seed "
            + SchedPage.DOCS_SEED + " --html docs/views/sched.html";

    /** The JSON embedded in the page, parsed back (what the browser's JSON.parse sees). */
    static JsonNode embedded(String html) throws Exception {
        String open = "<script type=\"application/json\" id=\"trace\">";
        int from = html.indexOf(open) + open.length(), to = html.indexOf("</script>", from);
        return new ObjectMapper().readTree(html.substring(from, to));
    }

    @Test
    @DisplayName("the page carries one run per GOMAXPROCS of the selector (1, 2, 4), each frame a full lane state (VIEW-S1, VIEW-S2)")
    void jsonHasOneRunPerGomaxprocsAndOneFramePerEventPlusTheStart() throws Exception {
        JsonNode d = embedded(SchedPage.html("mix", 1));
        assertThat(d.get("scenario").asText()).isEqualTo("mix");
        assertThat(d.get("seed").asLong()).isEqualTo(1);
        assertThat(d.get("defaultProcs").asInt()).isEqualTo(2);
        List<Integer> procs = new ArrayList<>();
        for (JsonNode run : d.get("runs")) {
            int p = run.get("procs").asInt();
            procs.add(p);
            JsonNode frames = run.get("frames"), events = run.get("events");
            assertThat(run.get("truncated").asBoolean()).isFalse();
            assertThat(frames.size()).as("frame 0 + one per event").isEqualTo(events.size() + 1).isEqualTo(run.get("total").asInt() + 1);
            assertThat(frames.get(0).get("e").asInt()).isEqualTo(-1);
            long t = 0;
            for (int i = 0; i < frames.size(); i++) {
                JsonNode f = frames.get(i);
                if (i > 0) assertThat(f.get("e").asInt()).isEqualTo(i - 1);
                assertThat(f.get("t").asLong()).as("time never goes back (SIM-I8)").isGreaterThanOrEqualTo(t);
                t = f.get("t").asLong();
                assertThat(f.get("ps").size()).isEqualTo(p);
                Set<Integer> seen = new HashSet<>();                      // SIM-I1 as the page shows it
                for (JsonNode lane : f.get("ps")) {
                    assertThat(lane.get(0).asText()).isIn("idle", "running", "syscall", "spinning", "scheduling");
                    for (int slot : new int[] {2, 3}) if (lane.get(slot).asInt() >= 0) assertThat(seen.add(lane.get(slot).asInt())).isTrue();
                    for (JsonNode g : lane.get(4)) assertThat(seen.add(g.asInt())).isTrue();
                }
                if (f.has("gq")) for (JsonNode g : f.get("gq")) assertThat(seen.add(g.asInt())).as("G%s twice at frame %d", g, i).isTrue();
            }
            for (JsonNode e : events) assertThat(e.size()).isEqualTo(7);
        }
        assertThat(procs).containsExactly(1, 2, 4);
    }

    @Test
    @DisplayName("the docs scenario shows every mechanism the page draws: steals with a victim, a hand-off, a preemption, a netpoll wake-up")
    void theDocsScenarioShowsStealsHandoffPreemptionAndNetpoll() throws Exception {
        JsonNode d = embedded(SchedPage.html(SchedPage.DOCS_SCENARIO, SchedPage.DOCS_SEED));
        Set<String> kinds = new HashSet<>();
        for (JsonNode run : d.get("runs")) {
            for (JsonNode e : run.get("events")) {
                kinds.add(e.get(1).asText());
                if (e.get(1).asText().equals("STEAL")) assertThat(e.get(5).asInt()).as("a steal names its victim").isBetween(0, 3).isNotEqualTo(e.get(2).asInt());
            }
        }
        assertThat(kinds).contains("STEAL", "HANDOFF", "GO_PREEMPT", "NETPOLL", "GO_SYSCALL");
    }

    @Test
    @DisplayName("the same seed gives a byte-identical page; another seed steals in another order (VIEW-S3)")
    void sameSeedSamePage() {
        assertThat(SchedPage.html("mix", 1)).isEqualTo(SchedPage.html("mix", 1));
        boolean differs = false;
        for (long seed = 2; seed < 6 && !differs; seed++) differs = !SchedPage.data("mix", seed).runs().equals(SchedPage.data("mix", 1).runs());
        assertThat(differs).as("some other seed changes some run (the steal order is seeded)").isTrue();
    }

    @Test
    @DisplayName("the page is self-contained and small: no external script, style, image or font; under 300 KB")
    void pageIsSelfContained() {
        String html = SchedPage.html(SchedPage.DOCS_SCENARIO, SchedPage.DOCS_SEED);
        assertThat(html).doesNotContain("<script src", "<link", "@import", "url(http", "fetch(", "XMLHttpRequest");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(300_000);
    }

    @Test
    @DisplayName("an unknown scenario is refused with the known ones named")
    void unknownScenarioIsRefused() {
        assertThatThrownBy(() -> SchedPage.data("nope", 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known");
    }

    @Test
    @DisplayName("docs/views/sched.html is what the generator makes now (regenerate with ./golab sched --scenario mix --seed 1 --html docs/views/sched.html)")
    void committedPageIsCurrent() {
        GeneratedViews.assertUpToDate("sched.html", SchedPage.html(SchedPage.DOCS_SCENARIO, SchedPage.DOCS_SEED), REGENERATE);
    }
}
