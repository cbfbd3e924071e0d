package dev.golab.slices;

/*
 * Go behaviour:    an array [N]T is a value: assignment and passing copy all N elements; arrays of
 *                  comparable elements compare element-wise with == and can be map keys; the length is
 *                  part of the type and fixed (Go spec "Array types", "Comparison operators").
 * Model:           1. a fixed-length window (data, offset, n); assign()/pass() return a COPY — the Java
 *                     stand-in for Go's implicit copy on `b := a` and on a call.
 *                  2. equals/hashCode are Go's ==: element-wise, floats by value (NaN != NaN, +0 == -0),
 *                     so a GoArray works as a GoMap or HashMap key.
 *                  3. slice(lo,hi) is a[lo:hi]: a Slice ALIASING the array (cap = n - lo).
 *                  4. view(...) is *[N]T from a slice conversion: it aliases the slice's elements.
 * Invariants:      ARR-I1 len() is fixed. ARR-I2 a.assign().equals(a) unless a holds NaN. ARR-I3 writes to a copy
 *                  never reach the original.
 * Differs from Go: Java cannot copy on `=`; callers write a.assign() where Go copies implicitly. An
 *                  array containing NaN is not equal to itself (as in Go) — so such a HashMap key is
 *                  unreachable, just as in a Go map.
 * See:             ArrayAnswersTest.
 */
import java.util.Arrays;

public final class GoArray<T> {
    private final Object[] data;
    private final int offset;
    private final int n;

    private GoArray(Object[] data, int offset, int n) {
        this.data = data;
        this.offset = offset;
        this.n = n;
    }

    /** {@code [...]T{a, b, c}}. */
    @SafeVarargs
    public static <T> GoArray<T> of(T... elems) {
        return new GoArray<>(elems.clone(), 0, elems.length);
    }

    /** {@code var a [n]T}: every element is {@code zero}. */
    public static <T> GoArray<T> zero(int n, T zero) {
        Object[] d = new Object[n];
        Arrays.fill(d, zero);
        return new GoArray<>(d, 0, n);
    }

    static <T> GoArray<T> wrap(Object[] data) {
        return new GoArray<>(data, 0, data.length);
    }

    static <T> GoArray<T> view(Object[] data, int offset, int n) {
        return new GoArray<>(data, offset, n);
    }

    public int len() {
        return n;
    }

    /** cap of an array is its length. */
    public int cap() {
        return n;
    }

    @SuppressWarnings("unchecked")
    public T get(int i) {
        BoundsError.checkIndex(i, n);
        return (T) data[offset + i];
    }

    public void set(int i, T v) {
        BoundsError.checkIndex(i, n);
        data[offset + i] = v;
    }

    /** {@code b := a} or passing a to a function: an independent copy of every element. */
    public GoArray<T> assign() {
        return new GoArray<>(Arrays.copyOfRange(data, offset, offset + n), 0, n);
    }

    /** {@code a[lo:hi]}: a slice sharing this array's storage; messages use "with length". */
    public Slice<T> slice(int lo, int hi) {
        BoundsError.checkSlice2(lo, hi, n, false);
        return Slice.over(data, offset + lo, hi - lo, n - lo);
    }

    /** {@code a[:]}. */
    public Slice<T> sliceAll() {
        return slice(0, n);
    }

    private static boolean goEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        if (a instanceof Float x && b instanceof Float y) return x.floatValue() == y.floatValue();
        return java.util.Objects.equals(a, b);
    }

    private static int goHash(Object a) {
        if (a instanceof Double d) return d == 0.0 ? 0 : d.hashCode();
        if (a instanceof Float f) return f == 0.0f ? 0 : f.hashCode();
        return java.util.Objects.hashCode(a);
    }

    /** Go's {@code ==} on arrays. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GoArray<?> other) || other.n != n) return false;
        for (int i = 0; i < n; i++) if (!goEquals(data[offset + i], other.data[other.offset + i])) return false;
        return true;
    }

    @Override
    public int hashCode() {
        int h = n;
        for (int i = 0; i < n; i++) h = 31 * h + goHash(data[offset + i]);
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(data[offset + i]);
        return sb.append(']').toString();
    }
}
