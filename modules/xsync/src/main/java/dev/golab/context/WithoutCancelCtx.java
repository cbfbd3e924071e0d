package dev.golab.context;

import dev.golab.chan.Chan;
import java.time.Instant;
import java.util.Optional;

/**
 * context.go's withoutCancelCtx (Go 1.21): keeps the parent's values, drops its deadline and
 * cancellation (Done() == nil, Err() == nil, Cause() == nil). Children of it can still be cancelled.
 */
final class WithoutCancelCtx implements Context, Stringer {
    final Context parent;

    WithoutCancelCtx(Context parent) {
        this.parent = parent;
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
        return Contexts.value(this, key);
    }

    @Override
    public String string() {
        return Contexts.name(parent) + ".WithoutCancel";
    }

    @Override
    public String toString() {
        return string();
    }
}
