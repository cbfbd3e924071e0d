package dev.golab.lang.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.stream.Collectors;

/*
 * Go behaviour:    Go types (spec "Types"): predeclared basic types, defined (named) types, pointer,
 *                  struct, interface, slice, map and func types. Defined types are nominal: Celsius and
 *                  Fahrenheit, both float64 underneath, are different types. %T prints a type with its
 *                  package ("main.User", "*main.MyError", "[]uint8", "interface {}").
 * Model:           1. a sealed family of records, one per kind; Named (its own file) carries methods.
 *                  2. identity: records compare structurally (two []int are identical, as in Go);
 *                     Named compares by identity (nominal).
 *                  3. toString() is Go's %T text; name() is the unqualified form the type checker prints.
 * Invariants:      LANG-I8 two Named types are identical only if they are the same declaration.
 *                  LANG-I9 comparable() is false for slices, maps and funcs, and for structs holding one.
 * Differs from Go: no real type descriptors, sizes or generics; interface methods are matched by
 *                  name only (Go also matches the signature); only the kinds the answers need exist.
 * See:             MethodSetAnswersTest, InterfaceAnswersTest.
 */
public sealed interface GoType permits GoType.Basic, GoType.Pointer, GoType.Struct, GoType.Interface,
        GoType.SliceOf, GoType.MapOf, GoType.Func, Named {

    Basic INT = new Basic("int");
    Basic INT64 = new Basic("int64");
    Basic FLOAT64 = new Basic("float64");
    Basic STRING = new Basic("string");
    Basic BOOL = new Basic("bool");
    /** byte is an alias of uint8, so %T prints []byte as []uint8. */
    Basic BYTE = new Basic("uint8");
    /** {@code any} is an alias for {@code interface{}}. */
    Interface ANY = new Interface(List.of());
    /** The predeclared {@code error} interface. */
    Named ERROR = Named.predeclared("error", new Interface(List.of("Error")));

    /** The type Go's type checker prints in messages (unqualified for the current package). */
    default String name() {
        return toString();
    }

    /** The underlying type (spec "Underlying types"): itself, except for Named. */
    default GoType underlying() {
        return this;
    }

    /** Whether == is defined on values of this type (LANG-I9). */
    default boolean comparable() {
        return true;
    }

    static Pointer ptr(GoType elem) {
        return new Pointer(elem);
    }

    /** bool, int, string, …: predeclared, comparable. */
    record Basic(String goName) implements GoType {
        @Override public String toString() { return goName; }
    }

    /** {@code *T}. */
    record Pointer(GoType elem) implements GoType {
        @Override public String toString() { return "*" + elem; }
        @Override public String name() { return "*" + elem.name(); }
    }

    /** {@code struct { … }}: fields in declaration order; an embedded field has no explicit name. */
    record Struct(List<Field> fields) implements GoType {
        public Struct {
            fields = List.copyOf(fields);
        }

        public static Struct of(Field... fields) {
            return new Struct(List.of(fields));
        }

        @Override public boolean comparable() {
            return fields.stream().allMatch(f -> f.type().comparable());
        }

        @Override public String toString() {
            return fields.stream().map(Field::toString).collect(Collectors.joining("; ", "struct { ", " }"));
        }
    }

    /** {@code interface { … }}: its method names, embedded interfaces already unioned in. */
    record Interface(List<String> methods) implements GoType {
        public Interface {
            methods = methods.stream().sorted().distinct().toList();     // Go keeps interface methods sorted
        }

        public static Interface of(String... methods) {
            return new Interface(List.of(methods));
        }

        /** {@code interface { A; B; M() }}: embedding unions the method sets (IFACE-03.05). */
        public static Interface embedding(List<GoType> embedded, String... methods) {
            SequencedSet<String> all = new LinkedHashSet<>(List.of(methods));
            for (GoType e : embedded) {
                if (!(e.underlying() instanceof Interface i)) throw new CompileError("interface contains type constraints");
                all.addAll(i.methods());
            }
            return new Interface(new ArrayList<>(all));
        }

        @Override public String toString() {
            return methods.isEmpty() ? "interface {}"
                    : methods.stream().map(m -> m + "()").collect(Collectors.joining("; ", "interface { ", " }"));
        }
    }

    /** {@code []T}. */
    record SliceOf(GoType elem) implements GoType {
        @Override public boolean comparable() { return false; }
        @Override public String toString() { return "[]" + elem; }
    }

    /** {@code map[K]V}. */
    record MapOf(GoType key, GoType value) implements GoType {
        @Override public boolean comparable() { return false; }
        @Override public String toString() { return "map[" + key + "]" + value; }
    }

    /** A func type, by its signature text, e.g. {@code func()}. */
    record Func(String signature) implements GoType {
        @Override public boolean comparable() { return false; }
        @Override public String toString() { return signature; }
    }
}
