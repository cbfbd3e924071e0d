package dev.golab.runtime;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a channel operation or select that was blocked when its thread was interrupted
 * ({@link Thread#interrupt}). Go has no interruption; this is the lab's Java-side escape hatch.
 * The operation did not happen (no value was sent or taken, {@code len} is unchanged) and the
 * thread's interrupt status is set again. An operation that a peer completed before it noticed
 * the interrupt completes normally instead (the interrupt status stays set).
 */
public final class Interrupted extends CancellationException {
    public Interrupted(String what) {
        super(what + " interrupted");
    }
}
