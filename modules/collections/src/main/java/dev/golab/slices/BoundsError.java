package dev.golab.slices;

/*
 * Go behaviour:    every failed bounds check panics with a runtime.boundsError whose text depends on
 *                  which check failed (runtime/error.go boundsErrorFmt / boundsNegErrorFmt, go1.23).
 *                  Slice expressions check the rightmost index first, each index against the one to
 *                  its right compared as UNSIGNED, so a negative index fails its own check.
 * Model:           one enum constant per Go boundsErrorCode, each with Go's two formats; check*()
 *                  methods run the checks in Go's order and throw the RuntimeError.
 * Invariants:      BE-I1 texts equal benchmarks/go/oracle/data/panics.json. BE-I2 a negative x uses the "neg" form.
 * Differs from Go: none in text.
 * See:             SliceBoundsAnswersTest.
 */
import dev.golab.runtime.RuntimeError;

public enum BoundsError {
    INDEX("index out of range [%x] with length %y", "index out of range [%x]"),
    SLICE_ALEN("slice bounds out of range [:%x] with length %y", "slice bounds out of range [:%x]"),
    SLICE_ACAP("slice bounds out of range [:%x] with capacity %y", "slice bounds out of range [:%x]"),
    SLICE_B("slice bounds out of range [%x:%y]", "slice bounds out of range [%x:]"),
    SLICE3_ALEN("slice bounds out of range [::%x] with length %y", "slice bounds out of range [::%x]"),
    SLICE3_ACAP("slice bounds out of range [::%x] with capacity %y", "slice bounds out of range [::%x]"),
    SLICE3_B("slice bounds out of range [:%x:%y]", "slice bounds out of range [:%x:]"),
    SLICE3_C("slice bounds out of range [%x:%y:]", "slice bounds out of range [%x::]"),
    CONVERT("cannot convert slice with length %x to array or pointer to array with length %y", null);

    private final String fmt;
    private final String negFmt;

    BoundsError(String fmt, String negFmt) {
        this.fmt = fmt;
        this.negFmt = negFmt;
    }

    /** The panic for this check failing with index x against bound y. */
    public RuntimeError error(long x, long y) {
        String f = x < 0 && negFmt != null ? negFmt : fmt;
        return new RuntimeError("runtime error: " + f.replace("%x", Long.toString(x)).replace("%y", Long.toString(y)));
    }

    private static boolean above(long x, long bound) {
        return Long.compareUnsigned(x, bound) > 0;
    }

    /** s[i]: 0 <= i < len. */
    public static void checkIndex(long i, long len) {
        if (Long.compareUnsigned(i, len) >= 0) throw INDEX.error(i, len);
    }

    /**
     * s[lo:hi] against {@code bound} (cap for slices, len for strings and arrays: {@code capNamed} says
     * which word the message uses).
     */
    public static void checkSlice2(long lo, long hi, long bound, boolean capNamed) {
        if (above(hi, bound)) throw (capNamed ? SLICE_ACAP : SLICE_ALEN).error(hi, bound);
        if (above(lo, hi)) throw SLICE_B.error(lo, hi);
    }

    /** s[lo:hi:max] against {@code bound}. */
    public static void checkSlice3(long lo, long hi, long max, long bound, boolean capNamed) {
        if (above(max, bound)) throw (capNamed ? SLICE3_ACAP : SLICE3_ALEN).error(max, bound);
        if (above(hi, max)) throw SLICE3_B.error(hi, max);
        if (above(lo, hi)) throw SLICE3_C.error(lo, hi);
    }

    /** [N]T(s) and (*[N]T)(s): len(s) >= N. */
    public static void checkConvert(long len, long n) {
        if (len < n) throw CONVERT.error(len, n);
    }

    /** makeslice: len and cap validity (runtime/slice.go makeslice; maxAlloc on linux/amd64). */
    public static void checkMake(long len, long cap, long elemSize) {
        boolean lenBad = len < 0 || (elemSize > 0 && Long.compareUnsigned(len, Growslice.MAX_ALLOC / elemSize) > 0);
        if (lenBad) throw new RuntimeError("runtime error: makeslice: len out of range");
        boolean capBad = cap < len || (elemSize > 0 && Long.compareUnsigned(cap, Growslice.MAX_ALLOC / elemSize) > 0);
        if (capBad) throw new RuntimeError("runtime error: makeslice: cap out of range");
    }
}
