package dev.golab.context;

/*
 * Go behaviour:    ctx, cancel := context.WithCancel / WithDeadline / WithTimeout(parent): the CancelFunc
 *                  is idempotent, never blocks, and releases the child's registration and timer.
 * Model:           the context and its CancelFunc in one AutoCloseable value: try-with-resources is
 *                  `defer cancel()`. Two lab probes make a forgotten cancel observable.
 * Invariants:      CX-I1 after cancel(), registeredChildren() == 0 and timerArmed() is false.
 * Differs from Go: one value instead of two results; the probes have no Go counterpart.
 * See:             ContextAnswersTest (CONC-04.02, CONC-04.05).
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
