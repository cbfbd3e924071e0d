package dev.golab.lang.types;

/*
 * Go behaviour:    a struct field; an embedded field (spec "Struct types") is declared with a type
 *                  name T or *T only, and its field name is the type name T.
 * Model:           a record; embedded fields take their name from the (pointed-to) named type.
 * Invariants:      LANG-I10 an embedded field's name is its type's name, without package or '*'.
 * Differs from Go: no tags, no blank fields.
 * See:             MethodSetAnswersTest, EmbeddingAnswersTest.
 */
public record Field(String name, GoType type, boolean embedded) {
    /** {@code Name T}. */
    public static Field named(String name, GoType type) {
        return new Field(name, type, false);
    }

    /** {@code T} or {@code *T} inside a struct: an embedded field named after T (LANG-I10). */
    public static Field embed(GoType type) {
        GoType base = type instanceof GoType.Pointer p ? p.elem() : type;
        if (!(base instanceof Named n)) throw new CompileError("embedded field type must be a type name T or *T, not " + type.name());
        return new Field(n.name(), type, true);
    }

    /** Whether this embedded field is a pointer ({@code *T}): selecting through it dereferences. */
    public boolean viaPointer() {
        return type instanceof GoType.Pointer;
    }

    @Override
    public String toString() {
        return embedded ? type.toString() : name + " " + type;
    }
}
