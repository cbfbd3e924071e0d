package dev.golab.context;

/**
 * fmt.Stringer: a value with a {@code String()} method. context.go's String() forms print a key,
 * value or parent context with String() when it has one, a string as itself, nil as {@code <nil>},
 * and otherwise only its type name ({@code main.keyA}, {@code int}). Every Java object has
 * toString(), so a type opts in to Go's Stringer behaviour by implementing this interface.
 */
@FunctionalInterface
public interface Stringer {
    String string();
}
