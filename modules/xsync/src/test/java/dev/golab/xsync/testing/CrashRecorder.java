package dev.golab.xsync.testing;

import dev.golab.runtime.Crash;
import dev.golab.runtime.CrashHandler;
import dev.golab.runtime.Go;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Installs a crash handler that records unrecovered goroutine panics instead of exiting; restore with close(). */
public final class CrashRecorder implements AutoCloseable {
    private final List<Crash> crashes = new CopyOnWriteArrayList<>();
    private final CrashHandler previous;

    public CrashRecorder() {
        previous = Go.setCrashHandler(crashes::add);
    }

    public List<Crash> crashes() {
        return crashes;
    }

    @Override
    public void close() {
        Go.setCrashHandler(previous);
    }
}
