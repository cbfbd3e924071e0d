package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lab's `go tool trace`: JFR events for the scheduler, off unless enabled. */
class TraceEventsAnswersTest {

    private static List<RecordedEvent> record(boolean enable) throws Exception {
        Path file = Files.createTempFile("golab-sched", ".jfr");
        try (Recording r = new Recording(); GoScheduler s = GoScheduler.create(1)) {
            if (enable) r.enable("golab.GoSpawnOrReady");
            r.start();
            CountDownLatch done = new CountDownLatch(3);
            s.go(() -> {
                for (int i = 0; i < 3; i++) s.go(done::countDown);
            });
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            r.stop();
            r.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().startsWith("golab.")).toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @DisplayName("RT-03 Q: can the scheduler's decisions be traced like `go tool trace`? (JFR events, off by default)")
    void spawnEventsAreRecordedOnlyWhenEnabled() throws Exception {
        assertThat(record(false)).as("disabled by default").isEmpty();
        List<RecordedEvent> events = record(true);
        assertThat(events).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.getInt("p")).isZero());
    }
}
