package dev.golab.bench.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts a batch of virtual threads (goroutines' JVM counterpart) and joins them all: the JVM
 * baselines' twin of {@link Goroutines}.
 */
public final class VirtualThreads {
    private final List<Thread> threads = new ArrayList<>();

    public VirtualThreads go(Goroutines.Body body) {
        threads.add(Thread.ofVirtual().start(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        return this;
    }

    public void join() throws InterruptedException {
        for (Thread t : threads) t.join();
    }
}
