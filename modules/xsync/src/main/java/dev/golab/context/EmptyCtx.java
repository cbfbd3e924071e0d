package dev.golab.context;

/*
 * Go behaviour:    context.go's backgroundCtx / todoCtx: never cancelled, no values, no deadline,
 *                  Done() == nil; String() "context.Background" / "context.TODO".
 * Model:           two singletons; done() is the nil channel.
 * Invariants:      EC-I1 err() == null forever.
 * Differs from Go: none.
 * See:             ContextAnswersTest (CONC-04.01).
 */

import dev.golab.chan.Chan;
import java.time.Instant;
import java.util.Optional;

final class EmptyCtx implements Context, Stringer {
    static final EmptyCtx BACKGROUND = new EmptyCtx("context.Background");
    static final EmptyCtx TODO = new EmptyCtx("context.TODO");

    private final String name;

    private EmptyCtx(String name) {
        this.name = name;
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.empty();
    }

    @Override
    public Chan<Void> done() {
        return Chan.nil();
    }

    @Override
    public ContextError err() {
        return null;
    }

    @Override
    public Object value(Object key) {
        return null;
    }

    @Override
    public String string() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
