package dev.golab.context;

/*
 * Go behaviour:    ctx, cancel := context.WithCancelCause(parent): the CancelCauseFunc takes the cause
 *                  Cause(ctx) reports; cancel(nil) records Canceled; only the first cancellation counts.
 * Model:           the context and its CancelCauseFunc in one object.
 * Invariants:      CCC-I1 cancel() == cancel(null).
 * Differs from Go: one value instead of two results.
 * See:             ContextOracleTest (WithCancelCause).
 */

public interface CancelCauseContext extends CancelContext {
    void cancel(Throwable cause);

    @Override
    default void cancel() {
        cancel(null);
    }
}
