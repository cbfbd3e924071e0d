package dev.golab.fmt;

/*
 * Go behaviour:    how fmt prints a nil or zero value by its static type (print.go printValue):
 *                  nil slice [] (%#v []T(nil)), nil map map[] (%#v map[K]V(nil)), nil pointer,
 *                  chan or func <nil> (%#v (*T)(nil)), nil interface <nil> (%#v interface {}(nil)),
 *                  and, at the top level with no type at all, <invalid reflect.Value>.
 * Model:           Java has one null; the static type (a Typed string, a record component's type,
 *                  a container's element type) says which nil it is. A null where Go has no nil
 *                  (a string, number or bool field) prints that type's zero value.
 * Invariants:      FMT-I22 a nil of a slice or map type never prints "<nil>".
 * Differs from Go: a null record component of a struct type prints <nil> (Go has its zero struct).
 * See:             Composites, FmtDifferentialTest.
 */
final class Nils {
    private Nils() {}

    static void print(Printer p, String type, int verb, int depth, boolean exported) {
        Field f = p.fmt;
        if (type == null) {
            if (depth == 0) {
                p.buf.write("<invalid reflect.Value>");
            } else if (verb == 'v') {
                p.buf.write("<nil>");
            } else {
                Values.badVerb(p, verb);
            }
            return;
        }
        if (GoTypes.isSlice(type) || GoTypes.isArray(type)) {
            boolean bytes = GoTypes.elem(type).equals("uint8") || GoTypes.elem(type).equals("byte");
            if (bytes && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
                Composites.fmtBytes(p, new byte[0], verb, type, depth);
            } else if (f.sharpV) {
                p.buf.write(type + "(nil)");
            } else {
                p.buf.write("[]");
            }
            return;
        }
        if (GoTypes.isMap(type)) {
            p.buf.write(f.sharpV ? type + "(nil)" : "map[]");
            return;
        }
        if (GoTypes.isPointerLike(type)) {
            Composites.fmtPointer(p, null, type, verb);
            return;
        }
        Object zero = switch (type) {
            case "string" -> "";
            case "bool" -> false;
            case "int" -> 0;
            case "int64" -> 0L;
            case "int32" -> GoInt.int32(0);
            case "float64" -> 0.0;
            case "float32" -> 0.0f;
            default -> null;
        };
        if (zero != null) {
            Composites.printValue(p, zero, type, verb, depth, exported);
        } else {
            p.buf.write(f.sharpV ? type + "(nil)" : "<nil>");
        }
    }
}
