package dev.golab.chan;

/**
 * The result of Go's two-value receive {@code v, ok := <-c}: {@code ok} is false only when the
 * channel is closed and drained, and then {@code value} is the zero value ({@code null}).
 */
public record Recv<T>(T value, boolean ok) {
    private static final Recv<?> CLOSED = new Recv<>(null, false);

    /** {@code (zero, false)}: what every receive returns once the channel is closed and drained. */
    @SuppressWarnings("unchecked")
    public static <T> Recv<T> closed() {
        return (Recv<T>) CLOSED;
    }

    /** Go syntax, e.g. {@code (10, true)}. */
    @Override
    public String toString() {
        return "(" + (value == null ? "<nil>" : value) + ", " + ok + ")";
    }
}
