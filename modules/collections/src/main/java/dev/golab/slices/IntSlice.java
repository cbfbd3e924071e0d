package dev.golab.slices;

/*
 * Go behaviour:    []int — the same slice header semantics as Slice<T>, with 8-byte pointer-free
 *                  elements (runtime/slice.go; Go's int is 64-bit, modelled here by Java int values).
 * Model:           the Slice header over an int[]; growth asks Growslice.newCap (the ONE rule) with
 *                  ElemType.INT, so caps are exactly those of []int in Go 1.23.
 * Invariants:      IS-I1 0 <= len <= cap <= array.length - offset. IS-I2 cap sequence == Slice's for ElemType.INT.
 * Differs from Go: values are 32-bit (a Java int); the capacity model uses Go's 8-byte int size.
 * See:             SliceAnswersTest, AppendBenchmark.
 */
import java.util.Arrays;

public final class IntSlice {
    private static final int[] ZEROBASE = new int[0];
    private static final IntSlice NIL = new IntSlice(null, 0, 0, 0);

    private final int[] array;
    private final int offset;
    private final int len;
    private final int cap;

    private IntSlice(int[] array, int offset, int len, int cap) {
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.cap = cap;
    }

    /** {@code var s []int}. */
    public static IntSlice nil() {
        return NIL;
    }

    public static IntSlice make(int len) {
        return make(len, len);
    }

    /** {@code make([]int, len, cap)}. */
    public static IntSlice make(int len, int cap) {
        BoundsError.checkMake(len, cap, ElemType.INT.size());
        return new IntSlice(cap == 0 ? ZEROBASE : new int[cap], 0, len, cap);
    }

    /** {@code []int{...}}. */
    public static IntSlice of(int... elems) {
        return new IntSlice(elems.length == 0 ? ZEROBASE : elems.clone(), 0, elems.length, elems.length);
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

    public int get(int i) {
        BoundsError.checkIndex(i, len);
        return array[offset + i];
    }

    public void set(int i, int v) {
        BoundsError.checkIndex(i, len);
        array[offset + i] = v;
    }

    public IntSlice slice(int lo, int hi) {
        BoundsError.checkSlice2(lo, hi, cap, true);
        return array == null ? this : new IntSlice(array, offset + lo, hi - lo, cap - lo);
    }

    public IntSlice slice(int lo, int hi, int max) {
        BoundsError.checkSlice3(lo, hi, max, cap, true);
        return array == null ? this : new IntSlice(array, offset + lo, hi - lo, max - lo);
    }

    /** {@code s = append(s, v)}: the hot path of AppendBenchmark. */
    public IntSlice append(int v) {
        if (len < cap) {
            array[offset + len] = v;
            return new IntSlice(array, offset, len + 1, cap);
        }
        IntSlice g = grow(len + 1);
        g.array[len] = v;
        return g;
    }

    /** {@code s = append(s, vs...)}. */
    public IntSlice append(int... vs) {
        int newLen = len + vs.length;
        if (newLen <= cap) {
            System.arraycopy(vs, 0, array, offset + len, vs.length);
            return vs.length == 0 ? this : new IntSlice(array, offset, newLen, cap);
        }
        IntSlice g = grow(newLen);
        System.arraycopy(vs, 0, g.array, len, vs.length);
        return g;
    }

    private IntSlice grow(int newLen) {
        int newCap = Growslice.newCap(cap, newLen, ElemType.INT.size(), false);
        int[] grown = new int[newCap];
        if (len > 0) System.arraycopy(array, offset, grown, 0, len);
        return new IntSlice(grown, 0, newLen, newCap);
    }

    /** {@code copy(dst, src)} with memmove semantics. */
    public static int copy(IntSlice dst, IntSlice src) {
        int n = Math.min(dst.len, src.len);
        if (n > 0) System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        return n;
    }

    public boolean sharesArrayWith(IntSlice other) {
        return array != null && array == other.array;
    }

    public int[] toArray() {
        return array == null ? new int[0] : Arrays.copyOfRange(array, offset, offset + len);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < len; i++) sb.append(i == 0 ? "" : " ").append(array[offset + i]);
        return sb.append(']').toString();
    }
}
