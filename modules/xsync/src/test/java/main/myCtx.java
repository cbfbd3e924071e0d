package main;

import dev.golab.chan.Chan;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import java.time.Instant;
import java.util.Optional;

/** Go's `type myCtx struct{ context.Context }`: a custom, non-Stringer context embedding another. */
public record myCtx(Context inner) implements Context {
    @Override
    public Optional<Instant> deadline() {
        return inner.deadline();
    }

    @Override
    public Chan<Void> done() {
        return inner.done();
    }

    @Override
    public ContextError err() {
        return inner.err();
    }

    @Override
    public Object value(Object key) {
        return inner.value(key);
    }
}
