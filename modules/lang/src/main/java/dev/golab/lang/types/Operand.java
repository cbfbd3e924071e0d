package dev.golab.lang.types;

/*
 * Go behaviour:    an operand has a type and a value, and is addressable or not (spec "Address
 *                  operators"): variables, pointer indirections and fields of addressable structs are;
 *                  composite literals, function results and map elements are not. x.m() with a
 *                  pointer-receiver m on an addressable x is shorthand for (&x).m().
 * Model:           a record of (expr, type, value, addressable); expr is the source text the type
 *                  checker would quote in an error.
 * Invariants:      LANG-I22 a field of an operand is addressable iff the operand is, or the walk
 *                  went through a pointer.
 * Differs from Go: addressability is declared by the caller (variable vs literal), not derived from
 *                  syntax.
 * See:             MethodSetAnswersTest.
 */
public record Operand(String expr, GoType type, Object value, boolean addressable) {
    /** A variable: {@code var d Dog} — addressable. */
    public static Operand variable(String name, GoType type, Object value) {
        return new Operand(name, type, value, true);
    }

    /** A composite literal or a call result: {@code Counter{}} — not addressable. */
    public static Operand value(String expr, GoType type, Object value) {
        return new Operand(expr, type, value, false);
    }
}
