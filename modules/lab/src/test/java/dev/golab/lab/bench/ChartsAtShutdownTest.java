package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * golab bench saves what finished from a shutdown hook when the user presses Ctrl-C. Nothing that
 * runs there may register another hook: ImageIO's default disk cache does, and the charts were lost
 * with "Shutdown in progress". Only a fresh JVM that really shuts down shows this.
 */
@DisplayName("golab bench Ctrl-C: what finished is saved, charts included")
class ChartsAtShutdownTest {
    @Test
    @DisplayName("bench Ctrl-C: the charts are drawn inside the shutdown hook that saves the run")
    void chartsAreDrawnWhileTheJvmShutsDown(@TempDir Path dir) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                ChartsAtShutdownMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(out).as("child output").contains("drawn ").doesNotContain("failed", "Shutdown in progress");
        assertThat(Files.readAllBytes(dir.resolve("ratio-to-go.png"))).startsWith(0x89, 'P', 'N', 'G');
    }
}
