package dev.golab.runtime;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Test support: installs a crash handler that records crashes instead of exiting; restores on close. */
public final class CrashRecorder implements AutoCloseable {
    private final LinkedBlockingQueue<Crash> crashes = new LinkedBlockingQueue<>();
    private final CrashHandler previous;

    public CrashRecorder() {
        previous = Go.setCrashHandler(crashes::add);
    }

    /** The next crash, waiting up to 10 s for it (a goroutine crashes asynchronously). */
    public Crash next() throws InterruptedException {
        Crash c = crashes.poll(10, TimeUnit.SECONDS);
        if (c == null) throw new AssertionError("no goroutine crashed within 10 s");
        return c;
    }

    public boolean isEmpty() {
        return crashes.isEmpty();
    }

    @Override
    public void close() {
        Go.setCrashHandler(previous);
    }
}
