package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Park;
import dev.golab.runtime.Unlocker;
import dev.golab.runtime.WaitReason;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * For the tests that race a waker against a waiter's spin on its own word (WaiterWordAnswersTest,
 * SelectFrameAnswersTest): a platform thread that wakes, one at a time, the waits handed to it, and
 * keeps what it threw (a double ready's GoFatal, "bad g->status in ready").
 */
final class WakerThread<T> {
    private final SynchronousQueue<T> handOff = new SynchronousQueue<>();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();
    private final Thread thread;

    WakerThread(int rounds, Consumer<T> wake) {
        thread = Thread.ofPlatform().start(() -> {
            try {
                for (int i = 0; i < rounds; i++) wake.accept(handOff.take());
            } catch (Throwable t) {
                failed.set(t);
            }
        });
    }

    /** Hands the next wait to the waker (blocks until it takes it). */
    void wake(T wait) throws InterruptedException {
        handOff.put(wait);
    }

    /** Waits for the waker's last round and asserts it threw nothing. */
    void assertFinishedCleanly() throws InterruptedException {
        thread.join();
        assertThat(failed.get()).isNull();
    }

    /**
     * No ready reached g: a fresh one is its first (a second would be fatal, "bad g->status in ready"),
     * and a park consumes it at once.
     */
    static void assertNoReadyPending(Goroutine g) {
        Park.ready(g);
        assertThat(Park.park(g, WaitReason.CHAN_RECEIVE, null, Unlocker.NONE)).isTrue();
    }
}
