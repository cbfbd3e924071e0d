package dev.golab.context;

/**
 * A context and its CancelFunc in one value ({@code ctx, cancel := context.WithCancel(parent)}).
 * {@code try (var ctx = Context.withCancel(p)) { … }} is {@code defer cancel()}. cancel() is idempotent
 * and never blocks.
 */
public interface CancelContext extends Context, AutoCloseable {
    /** The CancelFunc: Err() becomes Canceled (if not already done), children are cancelled. */
    void cancel();

    /** defer cancel(). */
    @Override
    default void close() {
        cancel();
    }

    /** Lab probe (CONC-04.05): children still registered with this context — a forgotten cancel shows here. */
    int registeredChildren();

    /** Lab probe (CONC-04.05): true while a deadline timer is armed on the clock. */
    default boolean timerArmed() {
        return false;
    }
}
