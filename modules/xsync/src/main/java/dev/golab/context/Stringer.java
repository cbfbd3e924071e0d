package dev.golab.context;

/*
 * Go behaviour:    fmt.Stringer. context.go's String() prints keys, values and parent contexts with
 *                  String() when they have one, a string as itself, nil as <nil>, else the type name.
 * Model:           every Java object has toString(), so a type opts in to Go's Stringer behaviour by
 *                  implementing this interface. It is dev.golab.fmt.Stringer under the context
 *                  package's name, so fmt prints contexts and context keys through string() too.
 * Invariants:      STRG-I1 only Stringer values print through string().
 * Differs from Go: opt-in instead of structural.
 * See:             ContextOracleTest (String forms).
 */

@FunctionalInterface
public interface Stringer extends dev.golab.fmt.Stringer {}
