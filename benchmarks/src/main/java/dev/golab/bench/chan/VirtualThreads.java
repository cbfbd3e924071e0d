package dev.golab.bench.chan;

import java.util.ArrayList;
import java.util.List;

/** Starts a batch of virtual threads (goroutines' JVM counterpart) and joins them all. */
final class VirtualThreads {
    interface Body {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();

    VirtualThreads go(Body body) {
        threads.add(Thread.ofVirtual().start(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        return this;
    }

    void join() throws InterruptedException {
        for (Thread t : threads) t.join();
    }
}
