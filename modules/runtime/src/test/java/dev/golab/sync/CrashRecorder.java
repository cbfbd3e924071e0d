package dev.golab.sync;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashHandler;
import dev.golab.runtime.Go;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Installs a crash handler that records unrecovered goroutine panics instead of exiting; restore with close(). */
final class CrashRecorder implements AutoCloseable {
    final List<Crash> crashes = new CopyOnWriteArrayList<>();
    private final CrashHandler previous;

    CrashRecorder() {
        previous = Go.setCrashHandler(crashes::add);
    }

    List<String> headlines() {
        return crashes.stream().map(Crash::headline).toList();
    }

    @Override
    public void close() {
        Go.setCrashHandler(previous);
    }
}
