package dev.golab.runtime;

/**
 * Go's gopark {@code unlockf}: runs once the parking goroutine is marked waiting, typically releasing
 * the lock that guards the queue the goroutine was published on. From then on a waker may ready it.
 * See {@link Park}.
 */
@FunctionalInterface
public interface Unlocker {
    Unlocker NONE = () -> {};

    void unlock();
}
