package dev.golab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("golab gc --svg/--png: the picture is drawn from the run just made (GcPicture)")
class GcPictureTest {
    @Test
    @DisplayName("RT-01.06 the SVG names the knobs of the run and draws the timeline and the heap graph; the PNG is a PNG")
    void svgAndPngCarryTheRunsKnobsTimelineAndHeapGraph(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("gc.svg"), png = dir.resolve("gc.png");
        CliRun run = CliRun.of("gc", "--gogc", "50", "--memlimit", "64MiB", "--seconds", "1", "--barrier", "yuasa",
                "--svg", svg.toString(), "--png", png.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + svg).contains("wrote " + png);
        String s = Files.readString(svg);
        assertThat(s).contains("<svg").contains("GUIDE, GOGC=50, GOMEMLIMIT=64MiB, gc.Yuasa: cycles ")
                .contains("Heap graph, scenario").contains("heap in use").contains("<path");
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    @DisplayName("RT-01.06 with GOGC=off (no goal) the heap axis is scaled to the heap in use, not to the infinite goal")
    void gogcOffScalesTheHeapAxisToTheHeapNotToTheInfiniteGoal(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("off.svg");
        CliRun run = CliRun.of("gc", "--gogc", "off", "--seconds", "1", "--svg", svg.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String s = Files.readString(svg);
        assertThat(s).contains("GOGC=off, GOMEMLIMIT=off").doesNotContain("Infinity").doesNotContain("NaN");
        List<Long> axis = Pattern.compile(">(\\d+) MiB<").matcher(s).results().map(m -> Long.parseLong(m.group(1))).toList();
        assertThat(axis).hasSize(6).first().isEqualTo(0L);
        assertThat(axis.get(5)).as("top of the heap axis, MiB").isBetween(8L, 40L);
    }
}
