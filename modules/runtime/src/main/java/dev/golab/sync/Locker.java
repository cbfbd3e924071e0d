package dev.golab.sync;

/**
 * Go's {@code sync.Locker}: anything with Lock and Unlock. {@link Mutex}, {@link RWMutex} and
 * {@link RWMutex#rLocker()} are Lockers; {@link Cond} waits on one.
 */
public interface Locker {
    void lock();

    void unlock();
}
