package dev.golab.fmt;

/*
 * Go behaviour:    internal/fmtsort (Go 1.23): fmt prints map keys sorted: numbers by value
 *                  (unsigned as unsigned), strings byte-wise, false before true, floats with NaN
 *                  first, complex by real then imaginary part, structs and arrays field by field;
 *                  a nil interface key sorts first; interface keys of different types by type.
 * Model:           a total comparator over the lab's Java values.
 * Invariants:      FMT-I20 compare is consistent (sgn(a,b) = -sgn(b,a)), so the order is stable.
 * Differs from Go: keys of different dynamic types in one interface-keyed map sort by type name;
 *                  Go sorts them by the address of their type descriptor (an order that is not
 *                  stable across builds). Pointer keys sort by identity hash, not address.
 * See:             Composites, FmtDifferentialTest.
 */
import java.util.List;

final class MapOrder {
    private MapOrder() {}

    static int compare(Object a, Object b) {
        a = Values.basicValue(Values.unwrapTyped(a));
        b = Values.basicValue(Values.unwrapTyped(b));
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        String ta = GoTypes.name(a);
        String tb = GoTypes.name(b);
        if (!ta.equals(tb)) {
            Integer byValue = numeric(a, b);
            return byValue != null ? byValue : ta.compareTo(tb);
        }
        Integer n = numeric(a, b);
        if (n != null) return n;
        return switch (a) {
            case String s -> compareStrings(s, (String) b);
            case Boolean x -> Boolean.compare(x, (Boolean) b);
            case Complex c -> {
                int r = floatCompare(c.re(), ((Complex) b).re());
                yield r != 0 ? r : floatCompare(c.im(), ((Complex) b).im());
            }
            case List<?> l -> compareLists(l, (List<?>) b);
            case Record r -> compareLists(List.of(Composites.components(r)), List.of(Composites.components(b)));
            default -> Integer.compare(System.identityHashCode(a), System.identityHashCode(b));
        };
    }

    /** Integers and floats of the same type, or null when a and b are not both numbers. */
    private static Integer numeric(Object a, Object b) {
        if (a instanceof GoInt x && b instanceof GoInt y && x.kind() == y.kind()) {
            return x.kind().signed ? Long.compare(x.bits(), y.bits()) : Long.compareUnsigned(x.bits(), y.bits());
        }
        if (isSignedBox(a) && isSignedBox(b) && a.getClass() == b.getClass()) {
            return Long.compare(((Number) toNumber(a)).longValue(), ((Number) toNumber(b)).longValue());
        }
        if ((a instanceof Double || a instanceof Float) && a.getClass() == b.getClass()) {
            return floatCompare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return null;
    }

    private static boolean isSignedBox(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte || o instanceof Character;
    }

    private static Object toNumber(Object o) {
        return o instanceof Character c ? (int) c : o;
    }

    /** fmtsort's floatCompare: NaN sorts before every number. */
    private static int floatCompare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        if (a == b) return 0;
        if (Double.isNaN(a) && !Double.isNaN(b)) return -1;
        if (!Double.isNaN(a) && Double.isNaN(b)) return 1;
        return 0;
    }

    /** Byte-wise UTF-8 order is code-point order (not Java's UTF-16 order). */
    private static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareLists(List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
