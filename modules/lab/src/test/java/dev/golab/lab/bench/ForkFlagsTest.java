package dev.golab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JVM options every `golab bench` fork gets (BenchRun's header says why the heap is left alone). */
@DisplayName("golab bench: forks get the continuation runtime's module flags and the JVM's default heap")
class ForkFlagsTest {

    private static Collection<String> jvmArgsOf(Settings s) {
        var req = new BenchRun.Request("chan.ChanCloseBenchmark.makeAndClose", Suites.entries("chan.ChanCloseBenchmark.makeAndClose"),
                s, false, null, Path.of("unused"), null, Path.of("benchmarks", "go"), null);
        return new BenchRun(req, new PrintStream(OutputStream.nullOutputStream())).options(null).getJvmArgs().get();
    }

    @Test
    @DisplayName("every mode opens jdk.internal.vm for CONT and sets no heap size (a pre-touched 2 GB heap cost a 10^6 spawn 2-4 s of GC)")
    void everyModeCarriesTheModuleFlagsAndNoHeapSize() {
        for (Settings s : new Settings[] {Settings.tiny(), Settings.quick(), Settings.standard(), Settings.full()}) {
            Collection<String> args = jvmArgsOf(s);
            assertThat(args).as(s.mode()).contains("--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--add-opens");
            assertThat(args).as(s.mode()).noneMatch(a -> a.startsWith("-Xms") || a.startsWith("-Xmx") || a.contains("AlwaysPreTouch"));
        }
    }
}
