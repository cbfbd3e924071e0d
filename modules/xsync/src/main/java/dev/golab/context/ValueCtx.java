package dev.golab.context;

/*
 * Go behaviour:    context.go's valueCtx: one key/value pair over a parent; Value walks up; String() is
 *                  parent.WithValue(key, val) with key and val stringified (Stringer, string, <nil>, type).
 * Model:           an immutable node; deadline/done/err delegate to the parent.
 * Invariants:      VX-I1 the nearest ancestor holding the key wins (shadowing).
 * Differs from Go: none observable.
 * See:             ContextOracleTest (Value, String).
 */

import dev.golab.chan.Chan;
import java.time.Instant;
import java.util.Optional;

final class ValueCtx implements Context, Stringer {
    final Context parent;
    final Object key;
    final Object val;

    ValueCtx(Context parent, Object key, Object val) {
        this.parent = parent;
        this.key = key;
        this.val = val;
    }

    @Override
    public Optional<Instant> deadline() {
        return parent.deadline();
    }

    @Override
    public Chan<Void> done() {
        return parent.done();
    }

    @Override
    public ContextError err() {
        return parent.err();
    }

    @Override
    public Object value(Object k) {
        return Contexts.value(this, k);
    }

    @Override
    public String string() {
        return Contexts.name(parent) + ".WithValue(" + GoFormat.stringify(key) + ", " + GoFormat.stringify(val) + ")";
    }

    @Override
    public String toString() {
        return string();
    }
}
