package main;

import dev.golab.context.Stringer;

/** Go's `type stringerKey struct{}` with String() "stringerKey!". */
public record stringerKey() implements Stringer {
    @Override
    public String string() {
        return "stringerKey!";
    }
}
