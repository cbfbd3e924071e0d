package dev.golab.fmt;

/*
 * Go behaviour:    a Go value always has a static type: a nil slice is a []int, an empty map a
 *                  map[string]int, and %T / %#v print that type ("[]int(nil)", "map[string]int{}").
 * Model:           Java erases element types and has one null, so a value may carry its Go type
 *                  explicitly: Typed.of("[]int", null) is a nil []int, Typed.of("[]int", List.of())
 *                  an empty one. Untyped lists and maps get a type inferred from their elements
 *                  (one element type → "[]T", otherwise "[]interface {}").
 * Invariants:      FMT-I16 goType is a reflect-style type string ("[]T", "map[K]V", "*T", "T").
 * Differs from Go: the type is a string the caller supplies, not checked against the value.
 * See:             GoTypes, FmtAnswersTest.
 */
public record Typed(String goType, Object value) {
    public static Typed of(String goType, Object value) {
        return new Typed(goType, value);
    }

    /** A nil value of a slice, map, pointer, chan, func or interface type. */
    public static Typed nil(String goType) {
        return new Typed(goType, null);
    }
}
