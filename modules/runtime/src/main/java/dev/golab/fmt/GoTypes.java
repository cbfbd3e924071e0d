package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    reflect.Type.String() as %T, %#v and the BADVERB / EXTRA forms print it:
 *                  "int", "[]string", "map[string]int", "main.T", "*errors.errorString",
 *                  "interface {}"; a type's kind decides how fmt prints a value of it.
 * Model:           Java values map to Go types (Boolean bool, Byte int8, Short int16, Integer int,
 *                  Long int64, Character int32, Float float32, Double float64, String string,
 *                  byte[] []uint8, GoInt its kind, Complex complex64/128, Typed its type string,
 *                  List and arrays slices, Map maps, records structs). Element types of untyped
 *                  lists and maps are inferred from the elements. Type strings are parsed back
 *                  (elem, key, value) where a container's element type is needed.
 * Invariants:      FMT-I16 every type string produced here is one reflect could print.
 * Differs from Go: inference: an empty or mixed untyped List is []interface {} (wrap it in Typed
 *                  to say otherwise); a class without @GoType is "<last package segment>.<Name>".
 * See:             Typed, GoType, FmtAnswersTest.
 */
import dev.golab.runtime.GoError;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

final class GoTypes {
    static final String ANY = "interface {}";

    private GoTypes() {}

    /** reflect.TypeOf(v).String() for a non-null value. */
    static String name(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case Typed t -> t.goType();
            case Composites.Deref d -> d.type();
            case Boolean b -> "bool";
            case Byte b -> "int8";
            case Short s -> "int16";
            case Integer i -> "int";
            case Long l -> "int64";
            case Character c -> "int32";
            case Float f -> "float32";
            case Double d -> "float64";
            case String s -> "string";
            case GoInt g -> g.kind().goName;
            case Complex c -> c.bits64() ? "complex64" : "complex128";
            case byte[] b -> "[]uint8";
            case List<?> l -> "[]" + common(l);
            case Map<?, ?> m -> "map[" + common(m.keySet()) + "]" + common(m.values());
            default -> v.getClass().isArray() ? "[]" + of(v.getClass().getComponentType()) : of(v.getClass());
        };
    }

    /** The Go type of a Java static type (a record component, an array component). */
    static String of(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) && args.length == 1) return "[]" + of(args[0]);
            if (Map.class.isAssignableFrom(raw) && args.length == 2) return "map[" + of(args[0]) + "]" + of(args[1]);
            return of(raw);
        }
        if (t instanceof GenericArrayType g) return "[]" + of(g.getGenericComponentType());
        if (t instanceof WildcardType) return ANY;
        if (!(t instanceof Class<?> c)) return ANY;
        if (c == boolean.class || c == Boolean.class) return "bool";
        if (c == byte.class || c == Byte.class) return "int8";
        if (c == short.class || c == Short.class) return "int16";
        if (c == int.class || c == Integer.class) return "int";
        if (c == long.class || c == Long.class) return "int64";
        if (c == char.class || c == Character.class) return "int32";
        if (c == float.class || c == Float.class) return "float32";
        if (c == double.class || c == Double.class) return "float64";
        if (c == String.class) return "string";
        if (c == byte[].class) return "[]uint8";
        if (c.isArray()) return "[]" + of(c.getComponentType());
        if (Collection.class.isAssignableFrom(c)) return "[]" + ANY;
        if (Map.class.isAssignableFrom(c)) return "map[" + ANY + "]" + ANY;
        if (c == GoError.class) return "error";
        if (c == Stringer.class) return "fmt.Stringer";
        if (c == Object.class || c.isInterface() && c.getAnnotation(GoType.class) == null) return ANY;
        GoType g = c.getAnnotation(GoType.class);
        if (g != null) return g.value();
        String pkg = c.getPackageName();
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        String simple = c.getSimpleName().isEmpty() ? c.getName().substring(c.getName().lastIndexOf('.') + 1) : c.getSimpleName();
        return last.isEmpty() ? simple : last + "." + simple;
    }

    /** The one type all elements share, else interface {}. */
    private static String common(Collection<?> values) {
        String t = null;
        for (Object v : values) {
            String n = v == null ? null : name(v);
            if (n == null || (t != null && !t.equals(n))) return ANY;
            t = n;
        }
        return t == null ? ANY : t;
    }

    /** The type a value prints as: its static type unless that is an interface (then its own). */
    static String effective(Object v, String staticType) {
        if (staticType == null || isInterface(staticType)) return name(v);
        return staticType;
    }

    static boolean isInterface(String t) {
        return t.startsWith("interface") || t.equals("error") || t.equals("any") || t.equals("fmt.Stringer");
    }

    static boolean isSlice(String t) {
        return t.startsWith("[]");
    }

    static boolean isArray(String t) {
        return t.length() > 1 && t.charAt(0) == '[' && Character.isDigit(t.charAt(1));
    }

    static boolean isMap(String t) {
        return t.startsWith("map[");
    }

    static boolean isPointerLike(String t) {
        return t.startsWith("*") || t.startsWith("chan ") || t.startsWith("<-chan") || t.startsWith("func(")
                || t.startsWith("unsafe.Pointer");
    }

    /** "[]T" / "[3]T" → "T". */
    static String elem(String t) {
        return t.substring(t.indexOf(']') + 1);
    }

    /** "map[K]V" → K. */
    static String key(String t) {
        return t.substring(4, closing(t));
    }

    /** "map[K]V" → V. */
    static String value(String t) {
        return t.substring(closing(t) + 1);
    }

    private static int closing(String t) {
        int depth = 0;
        for (int i = 3; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '[') depth++;
            if (c == ']' && --depth == 0) return i;
        }
        return t.length() - 1;
    }
}
