package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    print.go printValue for composite kinds and fmtBytes / fmtPointer (Go 1.23):
 *                  slices and arrays [a b] (%#v []T{a, b}, nil []T(nil)); maps map[k:v] with keys in
 *                  internal/fmtsort order (%#v map[K]V{k:v, …}); structs {a b}, %+v {A:a B:b},
 *                  %#v main.T{A:a, B:b}; a pointer to a struct, slice, array or map prints &{…} at the
 *                  top level and as an address deeper down; a nil interface <nil>; []byte under
 *                  %s %q %x %X as bytes. Elements, keys and fields reached through exported fields
 *                  have their String/Error methods called.
 * Model:           1. unwrap Typed (explicit Go type); 2. call methods at depth > 0;
 *                  3. a null prints as the nil (or zero value) of its static type;
 *                  4. otherwise dispatch on the Java shape: List / array → slice, Map → map,
 *                  record or @GoType class → struct (or pointer to struct when the name starts '*').
 * Invariants:      FMT-I20 map keys print in MapOrder's order, never in the map's iteration order.
 *                  FMT-I21 a record component whose name starts lower-case is an unexported field:
 *                  no method of its value (or anything inside it) is called, as in Go.
 * Differs from Go: %p and pointers below the top level print an address made from the Java
 *                  identity hash: stable for one object, but not a real address.
 * See:             MapOrder, GoTypes, FmtDifferentialTest.
 */
import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class Composites {
    private Composites() {}

    /** The fields of a struct-like class: (name, Go static type, accessor). */
    private record FieldInfo(String name, String type, java.lang.reflect.Method accessor, java.lang.reflect.Field field) {
        Object get(Object o) throws ReflectiveOperationException {
            return accessor != null ? accessor.invoke(o) : field.get(o);
        }
    }

    /** The struct a pointer points to (Go's f.Elem()): printed without the pointer's methods. */
    record Deref(Object target, String type) {}

    private static final ClassValue<List<FieldInfo>> FIELDS = new ClassValue<>() {
        @Override
        protected List<FieldInfo> computeValue(Class<?> c) {
            List<FieldInfo> out = new ArrayList<>();
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    java.lang.reflect.Method m = rc.getAccessor();
                    m.setAccessible(true);
                    out.add(new FieldInfo(rc.getName(), GoTypes.of(rc.getGenericType()), m, null));
                }
            } else {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) continue;
                    f.setAccessible(true);
                    out.add(new FieldInfo(f.getName(), GoTypes.of(f.getGenericType()), null, f));
                }
            }
            return List.copyOf(out);
        }
    };

    static boolean isBasic(Class<?> c) {
        GoType g = c.getAnnotation(GoType.class);
        return g != null && g.basic() && c.isRecord() && c.getRecordComponents().length == 1;
    }

    static Object[] components(Object o) {
        List<FieldInfo> fs = FIELDS.get(o.getClass());
        Object[] out = new Object[fs.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = fs.get(i).get(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                out[i] = null;
            }
        }
        return out;
    }

    static void printValue(Printer p, Object v, String type, int verb, int depth) {
        printValue(p, v, type, verb, depth, true);
    }

    static void printValue(Printer p, Object v, String type, int verb, int depth, boolean exported) {
        if (v instanceof Typed t) {
            type = t.goType();
            v = t.value();
        }
        if (v instanceof Deref d && (depth > 0 && exported) && !p.erroring) {
            p.arg = d;
            if (Values.handleMethods(p, verb)) return;
        }
        if (v instanceof Deref d) {
            p.arg = null;
            p.value = d;
            p.valueType = d.type();
            struct(p, d.target(), d.type(), verb, depth, exported);
            return;
        }
        if (depth > 0 && v != null && exported) {
            p.arg = v;
            if (Values.handleMethods(p, verb)) return;
        }
        p.arg = null;
        p.value = v;
        p.valueType = type == null || v == null ? type : GoTypes.effective(v, type);
        if (v == null) {
            Nils.print(p, type, verb, depth, exported);
            return;
        }
        type = p.valueType;
        Object basic = Values.basicValue(v);
        switch (basic) {
            case Boolean b -> Values.fmtBool(p, b, verb);
            case Float f -> Values.fmtFloat(p, f, 32, verb);
            case Double d -> Values.fmtFloat(p, d, 64, verb);
            case Complex c -> Values.fmtComplex(p, c, verb);
            case Integer i -> Values.fmtInteger(p, i, true, verb);
            case Long l -> Values.fmtInteger(p, l, true, verb);
            case Short s -> Values.fmtInteger(p, s, true, verb);
            case Byte b -> Values.fmtInteger(p, b, true, verb);
            case Character c -> Values.fmtInteger(p, c, true, verb);
            case GoInt g -> Values.fmtInteger(p, g.bits(), g.kind().signed, verb);
            case String s -> Values.fmtString(p, Utf8.bytes(s), verb);
            case byte[] b -> {
                if (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') {
                    fmtBytes(p, b, verb, type, depth);
                } else {
                    List<Object> es = new ArrayList<>(b.length);
                    for (byte x : b) es.add(GoInt.uint8(x));
                    sequence(p, es, type, verb, depth, exported);
                }
            }
            case Map<?, ?> m -> map(p, m, type, verb, depth, exported);
            case List<?> l -> sequence(p, l, type, verb, depth, exported);
            default -> {
                if (v.getClass().isArray()) {
                    int n = Array.getLength(v);
                    List<Object> es = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) es.add(Array.get(v, i));
                    sequence(p, es, type, verb, depth, exported);
                } else if (v instanceof Record || v.getClass().isAnnotationPresent(GoType.class)) {
                    struct(p, v, type, verb, depth, exported);
                } else {
                    Values.fmtString(p, Utf8.bytes(String.valueOf(v)), verb);   // a foreign Java object
                }
            }
        }
    }

    static void sequence(Printer p, List<?> es, String type, int verb, int depth, boolean exported) {
        String elem = GoTypes.elem(type);
        p.buf.write(p.fmt.sharpV ? type + "{" : "[");
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) p.buf.write(p.fmt.sharpV ? ", " : " ");
            printValue(p, es.get(i), elem, verb, depth + 1, exported);
        }
        p.buf.write(p.fmt.sharpV ? '}' : ']');
    }

    private static void map(Printer p, Map<?, ?> m, String type, int verb, int depth, boolean exported) {
        String kt = GoTypes.key(type);
        String vt = GoTypes.value(type);
        p.buf.write(p.fmt.sharpV ? type + "{" : "map[");
        List<Map.Entry<?, ?>> sorted = new ArrayList<>(m.entrySet());
        sorted.sort((a, b) -> MapOrder.compare(a.getKey(), b.getKey()));
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) p.buf.write(p.fmt.sharpV ? ", " : " ");
            printValue(p, sorted.get(i).getKey(), kt, verb, depth + 1, exported);
            p.buf.write(':');
            printValue(p, sorted.get(i).getValue(), vt, verb, depth + 1, exported);
        }
        p.buf.write(p.fmt.sharpV ? '}' : ']');
    }

    private static void struct(Printer p, Object v, String type, int verb, int depth, boolean exported) {
        if (type.startsWith("*")) {
            if (depth != 0) {
                fmtPointer(p, v, type, verb);
                return;
            }
            p.buf.write('&');
            printValue(p, new Deref(v, type.substring(1)), type.substring(1), verb, depth + 1, exported);
            return;
        }
        if (p.fmt.sharpV) p.buf.write(type);
        p.buf.write('{');
        List<FieldInfo> fs = FIELDS.get(v.getClass());
        Object[] values = components(v);
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) p.buf.write(p.fmt.sharpV ? ", " : " ");
            String name = fs.get(i).name();
            if (p.fmt.plusV || p.fmt.sharpV) p.buf.write(name + ":");
            boolean fieldExported = exported && Character.isUpperCase(name.codePointAt(0));
            printValue(p, values[i], fs.get(i).type(), verb, depth + 1, fieldExported);
        }
        p.buf.write('}');
    }

    /** fmtBytes: []byte under %v %d (a list of numbers), %s, %x, %X, %q; other verbs per element. */
    static void fmtBytes(Printer p, byte[] v, int verb, String typeString, int depth) {
        Field f = p.fmt;
        switch (verb) {
            case 'v', 'd' -> {
                if (f.sharpV) {
                    p.buf.write(typeString);
                    if (v == null) {
                        p.buf.write("(nil)");
                        return;
                    }
                    p.buf.write('{');
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) p.buf.write(", ");
                        Values.fmt0x64(f, v[i] & 0xFF, true);
                    }
                    p.buf.write('}');
                } else {
                    p.buf.write('[');
                    for (int i = 0; v != null && i < v.length; i++) {
                        if (i > 0) p.buf.write(' ');
                        IntegerFormat.fmtInteger(f, v[i] & 0xFF, 10, false, verb, Field.LDIGITS);
                    }
                    p.buf.write(']');
                }
            }
            case 's' -> f.fmtS(v == null ? new byte[0] : v);
            case 'x' -> f.fmtSbx(v == null ? new byte[0] : v, Field.LDIGITS);
            case 'X' -> f.fmtSbx(v == null ? new byte[0] : v, Field.UDIGITS);
            case 'q' -> f.fmtQ(v == null ? new byte[0] : v);
            default -> printValue(p, v == null ? Typed.nil("[]uint8") : v, "[]uint8", verb, 0);
        }
    }

    /** A stand-in address: 0 for nil, else in Go's heap range 0xc000000000 from the identity hash. */
    static long address(Object v) {
        return v == null ? 0 : 0xc000000000L + ((System.identityHashCode(v) & 0x7fffffffL) << 4);
    }

    /** fmtPointer: addresses of slices, maps, pointers, chans and funcs; BADVERB for anything else. */
    static void fmtPointer(Printer p, Object v, String type, int verb) {
        boolean pointerKind = v == null
                ? GoTypes.isSlice(type) || GoTypes.isMap(type) || GoTypes.isPointerLike(type)
                : v instanceof List || v instanceof Map || v.getClass().isArray() || GoTypes.isPointerLike(type);
        if (!pointerKind) {
            Values.badVerb(p, verb);
            return;
        }
        long u = address(v);
        switch (verb) {
            case 'v' -> {
                if (p.fmt.sharpV) {
                    p.buf.write("(" + type + ")(");
                    if (u == 0) {
                        p.buf.write("nil");
                    } else {
                        Values.fmt0x64(p.fmt, u, true);
                    }
                    p.buf.write(')');
                } else if (u == 0) {
                    p.fmt.padString("<nil>");
                } else {
                    Values.fmt0x64(p.fmt, u, !p.fmt.sharp);
                }
            }
            case 'p' -> Values.fmt0x64(p.fmt, u, !p.fmt.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> Values.fmtInteger(p, u, false, verb);
            default -> Values.badVerb(p, verb);
        }
    }
}
