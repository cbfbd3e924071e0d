package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The continuation runtime in a fresh JVM: the flag it needs, and Go's crash. */
@DisplayName("RT-03 the continuation runtime's JVM")
class ContFlagAnswersTest {

    private static final String FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";

    private static Process run(boolean withFlag, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElseThrow());
        if (withFlag) cmd.addAll(List.of(FLAG.split(" ")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ContProgram.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }

    @Test
    @DisplayName("Java difference: without --add-exports java.base/jdk.internal.vm the runtime refuses to start, in one line naming the flag")
    void withoutTheFlagStartingFailsAtOnceWithOneLineNamingIt() throws Exception {
        Process p = run(false);
        String stdout = new String(p.getInputStream().readAllBytes());
        String stderr = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isNotZero();
        assertThat(stdout).isEmpty();
        assertThat(stderr.lines().toList()).hasSize(1);
        assertThat(stderr).contains(FLAG);
    }

    @Test
    @DisplayName("Java difference: with the flag the same program starts")
    void withTheFlagTheRuntimeStarts() throws Exception {
        Process p = run(true);
        String stdout = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        assertThat(stdout).isEqualTo("started\n");
    }

    @Test
    @DisplayName("ERR-03.01 Q: what does an unrecovered panic in a ContG do to the process? (exit code 2, `panic: boom` and the goroutine header)")
    void anUnrecoveredPanicInAContGExitsTheProcessWithStatusTwo() throws Exception {
        Process p = run(true, "panic");
        String stderr = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(stderr.lines().findFirst()).hasValue("panic: boom");
        assertThat(stderr).containsPattern("goroutine \\d+ \\[running\\]:");
    }
}
