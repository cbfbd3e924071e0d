package dev.golab.slices;

/*
 * Go behaviour:    a slice is a header {ptr, len, cap} over a backing array (runtime/slice.go, Go spec
 *                  "Slice types", "Appending to and copying slices"); copying a header aliases the array.
 * Model:           1. an immutable header (array, offset, len, cap) — assigning a Slice copies the header.
 *                  2. slice(lo,hi[,max]) makes a header over the same array; cap = max - lo.
 *                  3. append within cap writes into the shared array (visible to every alias); beyond
 *                     cap it allocates Growslice.newCap(...) elements, copies, and leaves old headers alone.
 *                  4. nil slice: array == null; []T{} and make([]T, 0) share one zero-length array
 *                     (Go's zerobase), so they are non-nil with len 0 and cap 0.
 * Invariants:      SLI-I1 0 <= len <= cap <= array.length - offset. SLI-I2 elements in [len, cap) are retained
 *                  (visible to a re-slice up to cap). SLI-I3 misuse throws Go's exact RuntimeError.
 * Differs from Go: elements are Java references (zero value = the `zero` given, default null); the
 *                  element type Go would size is declared through ElemType (default int).
 *                  Go slices are not comparable; equals() here is identity (Object's), as Go forbids ==.
 * See:             SliceAnswersTest, SlicePropertiesTest, SliceBoundsAnswersTest, AppendBenchmark.
 */
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

public final class Slice<T> implements Iterable<T> {
    private static final Object[] ZEROBASE = new Object[0];
    private static final Slice<?> NIL = new Slice<>(null, 0, 0, 0, ElemType.INT);

    private final Object[] array;
    private final int offset;
    private final int len;
    private final int cap;
    private final ElemType type;

    private Slice(Object[] array, int offset, int len, int cap, ElemType type) {
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.cap = cap;
        this.type = type;
    }

    /** {@code var s []int}. */
    @SuppressWarnings("unchecked")
    public static <T> Slice<T> nil() {
        return (Slice<T>) NIL;
    }

    /** A nil slice whose element type is {@code [n]byte} (n bytes, pointer-free). */
    public static <T> Slice<T> withElemSize(int n) {
        return withElemType(ElemType.bytes(n));
    }

    /** A nil slice of n-byte elements that do or do not contain pointers. */
    public static <T> Slice<T> withElemSize(int n, boolean hasPointers) {
        return withElemType(new ElemType(n, hasPointers, hasPointers ? "*[" + n + "]" : "[" + n + "]uint8"));
    }

    public static <T> Slice<T> withElemType(ElemType type) {
        return new Slice<>(null, 0, 0, 0, type);
    }

    /** {@code make([]T, len)}. */
    public static <T> Slice<T> make(int len) {
        return make(len, len);
    }

    /** {@code make([]T, len, cap)}: zeroed (null) elements; Go's makeslice messages. */
    public static <T> Slice<T> make(int len, int cap) {
        return make(ElemType.INT, len, cap);
    }

    public static <T> Slice<T> make(ElemType type, int len, int cap) {
        BoundsError.checkMake(len, cap, type.size());
        return new Slice<>(cap == 0 ? ZEROBASE : new Object[cap], 0, len, cap, type);
    }

    /** {@code []T{a, b, c}}: len == cap == number of elements; non-nil even when empty. */
    @SafeVarargs
    public static <T> Slice<T> of(T... elems) {
        return new Slice<>(elems.length == 0 ? ZEROBASE : elems.clone(), 0, elems.length, elems.length, ElemType.INT);
    }

    /** A header over an existing array (an array's a[lo:hi] and *[N]T views). */
    static <T> Slice<T> over(Object[] array, int offset, int len, int cap) {
        return new Slice<>(array, offset, len, cap, ElemType.INT);
    }

    /** Same element type, another header over (possibly) another array. */
    private Slice<T> header(Object[] a, int off, int l, int c) {
        return new Slice<>(a, off, l, c, type);
    }

    public boolean isNil() {
        return array == null;
    }

    public int len() {
        return len;
    }

    public int cap() {
        return cap;
    }

    public ElemType elemType() {
        return type;
    }

    @SuppressWarnings("unchecked")
    public T get(int i) {
        BoundsError.checkIndex(i, len);
        return (T) array[offset + i];
    }

    public void set(int i, T v) {
        BoundsError.checkIndex(i, len);
        array[offset + i] = v;
    }

    /** {@code s[lo:hi]}: shares the array; hi may reach cap (not just len). */
    public Slice<T> slice(int lo, int hi) {
        BoundsError.checkSlice2(lo, hi, cap, true);
        if (array == null) return this; // nil[0:0] is nil
        return header(array, offset + lo, hi - lo, cap - lo);
    }

    /** {@code s[lo:]}. */
    public Slice<T> sliceFrom(int lo) {
        return slice(lo, len);
    }

    /** {@code s[lo:hi:max]}: a full slice expression; cap becomes max - lo. */
    public Slice<T> slice(int lo, int hi, int max) {
        BoundsError.checkSlice3(lo, hi, max, cap, true);
        if (array == null) return this;
        return header(array, offset + lo, hi - lo, max - lo);
    }

    /** {@code s = append(s, x...)}. */
    @SafeVarargs
    public final Slice<T> append(T... xs) {
        return appendFrom(xs, 0, xs.length);
    }

    /** {@code s = append(s, other...)} (other may alias s). */
    public Slice<T> appendAll(Slice<? extends T> other) {
        if (other.len == 0) return appendFrom(ZEROBASE, 0, 0);
        return appendFrom(other.array, other.offset, other.len);
    }

    private Slice<T> appendFrom(Object[] src, int srcOff, int n) {
        int newLen = len + n;
        if (newLen < 0) throw Growslice.lenOutOfRange();
        if (newLen <= cap) {
            if (n == 0) return this;
            System.arraycopy(src, srcOff, array, offset + len, n); // may overwrite elements other headers see
            return header(array, offset, newLen, cap);
        }
        int newCap = Growslice.newCap(cap, newLen, type.size(), type.hasPointers());
        Object[] grown = new Object[newCap];
        if (len > 0) System.arraycopy(array, offset, grown, 0, len);
        System.arraycopy(src, srcOff, grown, len, n);
        return header(grown, 0, newLen, newCap);
    }

    /** {@code copy(dst, src)}: min(len) elements, overlap handled like memmove. */
    public static <T> int copy(Slice<T> dst, Slice<? extends T> src) {
        int n = Math.min(dst.len, src.len);
        if (n > 0) System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        return n;
    }

    /** {@code [N]T(s)} (Go 1.20): copies the first n elements; panics if len(s) < n. */
    public GoArray<T> toArray(int n) {
        BoundsError.checkConvert(len, n);
        Object[] a = new Object[n];
        if (n > 0) System.arraycopy(array, offset, a, 0, n);
        return GoArray.wrap(a);
    }

    /** {@code (*[N]T)(s)} (Go 1.17): an array view that ALIASES the slice's elements. */
    public GoArray<T> toArrayPointer(int n) {
        BoundsError.checkConvert(len, n);
        return GoArray.view(array == null ? ZEROBASE : array, offset, n);
    }

    /** Whether two headers share a backing array (Go: &a[:cap(a)][cap(a)-1] == &b[...]). */
    public boolean sharesArrayWith(Slice<?> other) {
        return array != null && array == other.array;
    }

    /** Address-like identity of element 0: (array, offset), for "does &s[0] change?" questions. */
    public String addressOfFirst() {
        return array == null ? "nil" : Integer.toHexString(System.identityHashCode(array)) + "+" + offset;
    }

    /** Bytes of backing array kept reachable by this header (what the GC cannot free while it lives). */
    public long retainedBytes() {
        return array == null ? 0 : (long) array.length * type.size();
    }

    /** The backing array object itself (tests observe its reachability with a WeakReference). */
    Object backingArrayForTest() {
        return array;
    }

    /** Go's fmt %v form: {@code [1 2 3]}, {@code []} for nil and empty. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < len; i++) sb.append(i == 0 ? "" : " ").append(array[offset + i]);
        return sb.append(']').toString();
    }

    /** Elements as a Java list copy (for assertions). */
    @SuppressWarnings("unchecked")
    public java.util.List<T> toList() {
        return len == 0 ? java.util.List.of() : (java.util.List<T>) Arrays.asList(Arrays.copyOfRange(array, offset, offset + len));
    }

    public T[] toJavaArray(IntFunction<T[]> gen) {
        T[] out = gen.apply(len);
        if (len > 0) System.arraycopy(array, offset, out, 0, len);
        return out;
    }

    /** {@code for _, v := range s}: len is read once, at the start (Go evaluates the range once). */
    @Override
    public Iterator<T> iterator() {
        final int n = len;
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (i >= n) throw new NoSuchElementException();
                return (T) array[offset + i++];
            }
        };
    }
}
