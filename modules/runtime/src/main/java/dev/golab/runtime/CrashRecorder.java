package dev.golab.runtime;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Records unrecovered goroutine panics and fatal errors instead of exiting the JVM (Go's behaviour,
 * CrashHandler.EXIT_LIKE_GO); close() restores the previous handler. For tests and for the tour,
 * which show a crash without ending the program. testkit's RecordCrashes wraps it as a JUnit extension.
 */
public final class CrashRecorder implements CrashHandler, AutoCloseable {
    private final LinkedBlockingQueue<Crash> crashes = new LinkedBlockingQueue<>();
    private final CrashHandler previous;

    public CrashRecorder() {
        previous = Go.setCrashHandler(this);
    }

    @Override
    public void crashed(Crash c) {
        crashes.add(c);
    }

    /** The next crash, waiting up to 10 s for it (a goroutine crashes asynchronously). */
    public Crash next() throws InterruptedException {
        Crash c = crashes.poll(10, TimeUnit.SECONDS);
        if (c == null) throw new AssertionError("no goroutine crashed within 10 s");
        return c;
    }

    /** The crashes recorded so far, oldest first. */
    public List<Crash> crashes() {
        return List.copyOf(crashes);
    }

    /** Their first lines, e.g. {@code panic: boom} or {@code fatal error: sync: unlock of unlocked mutex}. */
    public List<String> headlines() {
        return crashes().stream().map(Crash::headline).toList();
    }

    public boolean isEmpty() {
        return crashes.isEmpty();
    }

    public void clear() {
        crashes.clear();
    }

    /**
     * Restores the previous handler, except Go's exit-like default when it was never replaced: a
     * goroutine a test interrupted may still be unwinding and must not halt the JVM.
     */
    @Override
    public void close() {
        Go.setCrashHandler(previous == CrashHandler.EXIT_LIKE_GO ? this : previous);
    }
}
