package dev.golab.runtime;

/**
 * How Go.go starts the thread of a new goroutine. The default starts a virtual thread on the JDK's
 * ForkJoinPool scheduler; modules/sched installs one that runs virtual threads on Go's G-M-P policy.
 * A spawner must start the thread (never run the task inline) and must never reject.
 */
@FunctionalInterface
public interface Spawner {
    /** An unstarted thread that will run {@code task}; Go.go registers it, then starts it. */
    Thread newThread(Runnable task);

    /** The number of processors (P's) it schedules on, or 0 when it does not say. */
    default int procs() {
        return 0;
    }

    Spawner VIRTUAL = task -> Thread.ofVirtual().unstarted(task);
}
