package dev.golab.bench.common;

import dev.golab.sync.WaitGroup;

/**
 * Starts goroutines with {@code Go.go} on the backend {@link OnRuntime} chose and waits for them with
 * a {@code sync.WaitGroup}: exactly what a lab program does. The waiting (JMH) thread is not a
 * goroutine; only the final join crosses that border, once per invocation.
 */
public final class Goroutines {
    /** A goroutine body that may throw a checked exception (a JDK baseline's InterruptedException). */
    public interface Body {
        void run() throws Exception;
    }

    private final WaitGroup wg = new WaitGroup();

    public Goroutines go(Body body) {
        wg.go(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    public void join() {
        wg.await();
    }
}
