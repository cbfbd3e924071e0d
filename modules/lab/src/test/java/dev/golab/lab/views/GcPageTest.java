package dev.golab.lab.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golab.gc.sim.Walkthrough;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generator behind `golab gc --html`: the page's JSON, its determinism, its self-containment. */
@DisplayName("VIEW-GC Q: what does `golab gc --html` write?")
class GcPageTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode embedded(String html) throws Exception {
        int a = html.indexOf("<script id=\"trace\" type=\"application/json\">") , b = html.indexOf("</script>", a);
        String json = html.substring(html.indexOf('>', a) + 1, b).replace("<\\/", "</");
        return JSON.readTree(json);
    }

    @Test
    @DisplayName("VIEW-GC1 Q: does the page carry one run per barrier, all of the same seed and length, in the documented shape?")
    void jsonHasFourRunsOfTheSameSeedWithEveryStepField() throws Exception {
        JsonNode t = embedded(GcPage.html(Walkthrough.DEFAULT_SEED));
        assertThat(t.get("seed").asLong()).isEqualTo(Walkthrough.DEFAULT_SEED);
        assertThat(t.get("defaultBarrier").asText()).isEqualTo("hybrid");
        List<String> ids = new ArrayList<>();
        t.get("runs").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("none", "dijkstra", "yuasa", "hybrid");
        assertThat(t.get("roots")).hasSize(3);
        int n = t.get("runs").get(0).get("steps").size();
        for (JsonNode r : t.get("runs")) {
            assertThat(r.get("steps")).as(r.get("id").asText()).hasSize(n);
            assertThat(r.get("key").asText()).startsWith("gc.");
            for (JsonNode s : r.get("steps")) {
                for (String f : List.of("i", "a", "go", "ph", "c", "r", "h", "goal", "trig")) assertThat(s.has(f)).as(f + " in " + s).isTrue();
                assertThat(s.get("c").asText()).matches("[WGB.]+");
                assertThat(s.get("r").asText()).matches("[GB]{3}");
            }
        }
        JsonNode none = t.get("runs").get(0), hybrid = t.get("runs").get(3);
        assertThat(none.get("lostStep").asInt()).as("NoBarrier loses an object in the default seed").isGreaterThanOrEqualTo(0);
        assertThat(none.get("steps").get(none.get("lostStep").asInt()).get("n").asText()).startsWith("LOST:");
        assertThat(hybrid.get("lostStep").asInt()).isEqualTo(-1);
        assertThat(hybrid.has("lost")).as("empty lists are left out").isFalse();
    }

    @Test
    @DisplayName("VIEW-GC2 Q: is the page a pure function of the seed?")
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        assertThat(GcPage.html(Walkthrough.DEFAULT_SEED)).isEqualTo(GcPage.html(Walkthrough.DEFAULT_SEED));
        assertThat(GcPage.html(Walkthrough.DEFAULT_SEED + 1)).isNotEqualTo(GcPage.html(Walkthrough.DEFAULT_SEED));
    }

    @Test
    @DisplayName("VIEW-P1 Q: is the page self-contained and small?")
    void pageIsOneFileWithNoNetworkReferenceAndUnderFourHundredKilobytes() {
        String html = GcPage.html(Walkthrough.DEFAULT_SEED);
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(400 * 1024);
        assertThat(html).doesNotContain(Page.MARKER).doesNotContain("<link").doesNotContain(" src=")
                .doesNotContain("https://").doesNotContain("import(").doesNotContain("fetch(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
    }

    @Test
    @DisplayName("VIEW-GC2 Q: is docs/views/gc.html the page the generator makes today?")
    void docsViewsGcHtmlIsUpToDate() {
        GeneratedViews.assertUpToDate("gc.html", GcPage.html(Walkthrough.DEFAULT_SEED), "./golab gc --html docs/views/gc.html");
    }
}
