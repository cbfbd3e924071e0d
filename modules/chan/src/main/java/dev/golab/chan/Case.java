package dev.golab.chan;

import java.util.function.Consumer;

/**
 * One arm of a {@link Select#select}: a receive ({@code case v := <-c}, {@code case v, ok := <-c}),
 * a send ({@code case c <- v}) or {@code default}. Built by {@link Select}'s factories; the body runs
 * on the selecting thread after the channel operation completed and every lock was released.
 */
public final class Case {
    /** The body of {@code case v, ok := <-c:}. */
    @FunctionalInterface
    public interface RecvOkBody<T> {
        void accept(T value, boolean ok);
    }

    enum Kind { RECV, SEND, DEFAULT }

    final Kind kind;
    final Chan<?> chan;
    final Object value;
    final Consumer<Object> onRecv;
    final RecvOkBody<Object> onRecvOk;
    final Runnable onRun;

    @SuppressWarnings("unchecked")
    Case(Kind kind, Chan<?> chan, Object value, Consumer<?> onRecv, RecvOkBody<?> onRecvOk, Runnable onRun) {
        this.kind = kind;
        this.chan = chan;
        this.value = value;
        this.onRecv = (Consumer<Object>) onRecv;
        this.onRecvOk = (RecvOkBody<Object>) onRecvOk;
        this.onRun = onRun;
    }

    /** Runs the body for a completed receive. */
    void received(Object v, boolean ok) {
        if (onRecvOk != null) onRecvOk.accept(v, ok);
        else if (onRecv != null) onRecv.accept(v);
    }

    /** Runs the body of a completed send or of default. */
    void ran() {
        if (onRun != null) onRun.run();
    }

    /** Go syntax of the case head, for traces. */
    @Override
    public String toString() {
        return switch (kind) {
            case RECV -> "case " + (onRecvOk != null ? "v, ok := " : "v := ") + "<-" + chan + ":";
            case SEND -> "case " + chan + " <- " + value + ":";
            case DEFAULT -> "default:";
        };
    }
}
