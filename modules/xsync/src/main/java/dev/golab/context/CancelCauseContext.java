package dev.golab.context;

/**
 * {@code ctx, cancel := context.WithCancelCause(parent)}: the CancelCauseFunc takes the cause that
 * {@link Context#cause} reports; cancel(null) and cancel() record Canceled as the cause. Only the first
 * cancellation counts.
 */
public interface CancelCauseContext extends CancelContext {
    void cancel(Throwable cause);

    @Override
    default void cancel() {
        cancel(null);
    }
}
