package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JVM options every `golab bench` fork gets (BenchRun's header says why). */
@DisplayName("golab bench: forks measure a committed, pre-touched heap, not the kernel's first touch")
class ForkHeapTest {

    private static Collection<String> jvmArgsOf(Settings s) {
        var req = new BenchRun.Request("chan.ChanCloseBenchmark.makeAndClose", Suites.entries("chan.ChanCloseBenchmark.makeAndClose"),
                s, false, null, Path.of("unused"), null, Path.of("benchmarks", "go"));
        return new BenchRun(req, new PrintStream(OutputStream.nullOutputStream())).options(null).getJvmArgs().get();
    }

    @Test
    @DisplayName("a measuring run (quick, standard, full) commits 2 GB of heap and pre-touches it, beside the module flags")
    void measuringRunsPreTouchACommittedHeap() {
        for (Settings s : new Settings[] {Settings.quick(), Settings.standard(), Settings.full()}) {
            assertThat(jvmArgsOf(s)).as(s.mode()).contains("-Xms2g", "-XX:+AlwaysPreTouch",
                    "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED").doesNotContain("-Xmx2g");
        }
    }

    @Test
    @DisplayName("the pipeline test's tiny mode starts its one fork without touching 2 GB")
    void theTinyModeSkipsThePreTouch() {
        assertThat(jvmArgsOf(Settings.tiny())).doesNotContain("-Xms2g", "-XX:+AlwaysPreTouch").contains("--add-opens");
    }
}
