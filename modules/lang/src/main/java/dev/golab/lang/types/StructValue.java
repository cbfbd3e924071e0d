package dev.golab.lang.types;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/*
 * Go behaviour:    a struct is a value type: assignment, passing and value receivers copy every field;
 *                  an embedded struct is a field, so it is copied too; a pointer field copies the
 *                  pointer, not what it points to (spec "Assignability", "Struct types").
 * Model:           1. a StructValue is one piece of storage: an Object per field, zero values at start.
 *                  2. copy() is Go's assignment: nested StructValues are copied, Ptrs and Ifaces shared.
 *                  3. Ptr.to(s) is &s: the same storage, so writes through it reach s.
 * Invariants:      LANG-I14 after c := s.copy(), no write to c is visible through s, except through
 *                  pointers both share.
 * Differs from Go: fields are looked up by name at run time; there is no memory layout.
 * See:             MethodSetAnswersTest, EmbeddingAnswersTest.
 */
public final class StructValue {
    private final Named type;
    private final GoType.Struct struct;
    private final Object[] fields;

    private StructValue(Named type, GoType.Struct struct, Object[] fields) {
        this.type = type;
        this.struct = struct;
        this.fields = fields;
    }

    /** {@code T{}}: every field its zero value. */
    public static StructValue zero(Named type) {
        if (!(type.underlying() instanceof GoType.Struct s)) throw new IllegalArgumentException(type + " is not a struct type");
        Object[] values = s.fields().stream().map(f -> Zero.of(f.type())).toArray();
        return new StructValue(type, s, values);
    }

    /** {@code T{f1: v1, …}} with values in field order (a keyed literal with every field). */
    public static StructValue of(Named type, Object... values) {
        StructValue v = zero(type);
        if (values.length != v.fields.length) throw new IllegalArgumentException("too few values in struct literal of type " + type.name());
        System.arraycopy(values, 0, v.fields, 0, values.length);
        return v;
    }

    public Named type() {
        return type;
    }

    public Object get(String field) {
        return fields[index(field)];
    }

    public void set(String field, Object value) {
        fields[index(field)] = value;
    }

    private int index(String field) {
        List<Field> fs = struct.fields();
        return IntStream.range(0, fs.size()).filter(i -> fs.get(i).name().equals(field)).findFirst()
                .orElseThrow(() -> new CompileError(type.name() + "." + field + " undefined (type " + type.name() + " has no field or method " + field + ")"));
    }

    /** Go's assignment: a deep copy of nested structs, pointers and interfaces shared (LANG-I14). */
    public StructValue copy() {
        Object[] c = Arrays.stream(fields).map(f -> f instanceof StructValue s ? s.copy() : f).toArray();
        return new StructValue(type, struct, c);
    }

    /** Go's == for comparable structs: field by field. */
    public boolean sameValue(StructValue o) {
        return o != null && type == o.type && Arrays.equals(fields, o.fields);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructValue s && sameValue(s);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    /** fmt's %v: {v1 v2}. */
    @Override
    public String toString() {
        return Arrays.stream(fields).map(String::valueOf).collect(Collectors.joining(" ", "{", "}"));
    }
}
