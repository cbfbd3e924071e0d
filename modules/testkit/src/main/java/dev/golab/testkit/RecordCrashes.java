package dev.golab.testkit;

import dev.golab.runtime.CrashRecorder;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension: during each test, unrecovered goroutine panics are recorded (a
 * dev.golab.runtime.CrashRecorder) instead of exiting the JVM as Go would. Register it with
 * {@code @RegisterExtension static final RecordCrashes crashes = new RecordCrashes();} and assert on
 * {@link #headlines()} or {@link #next()}.
 */
public final class RecordCrashes implements BeforeEachCallback, AfterEachCallback {
    private volatile CrashRecorder recorder;

    @Override
    public void beforeEach(ExtensionContext context) {
        recorder = new CrashRecorder();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        recorder.close();
    }

    /** The crashes of the current test so far. */
    public List<dev.golab.runtime.Crash> crashes() {
        return recorder.crashes();
    }

    public List<String> headlines() {
        return recorder.headlines();
    }

    /** The next crash, waiting up to 10 s. */
    public dev.golab.runtime.Crash next() throws InterruptedException {
        return recorder.next();
    }
}
