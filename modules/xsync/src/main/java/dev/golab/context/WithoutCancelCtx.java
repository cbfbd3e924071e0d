package dev.golab.context;

/*
 * Go behaviour:    context.WithoutCancel (Go 1.21): keeps the parent's values, drops its deadline and
 *                  cancellation (Done() == nil, Err() == nil, Cause() == nil); children can still cancel.
 * Model:           a node whose value walk answers the cancelCtxKey with null (cutting Cause and
 *                  parentCancelCtx), everything else delegates.
 * Invariants:      WC-I1 never done.
 * Differs from Go: none observable.
 * See:             ContextOracleTest (WithoutCancel), ContextPropertiesTest.
 */

import dev.golab.chan.Chan;
import java.time.Instant;
import java.util.Optional;

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
