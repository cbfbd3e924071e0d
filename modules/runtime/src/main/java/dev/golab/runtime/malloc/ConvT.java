/*
 * Go behaviour:    storing a non-interface value into an interface (`var x any = v`, `[]any{v}`) needs a
 *                  pointer to the value: the interface's data word. When the interface escapes, the
 *                  compiler (walk/convert.go dataWord) picks, in order:
 *                    a zero-size value → &zerobase, and a bool or 1-byte integer → &staticuint64s[v]:
 *                    no call, no allocation; a pointer-shaped value (pointer, map, chan, func) is the
 *                    data word itself;
 *                    2, 4 or 8 bytes, naturally aligned, no pointers → convT16/32/64 (runtime/iface.go):
 *                    a value below 256 points into staticuint64s, any other is a new 2/4/8-byte object
 *                    (the tiny allocator's);
 *                    a string → convTstring, a slice → convTslice: "" and nil share zeroVal, any other
 *                    copies its 16- or 24-byte header into a new object;
 *                    anything else → convT / convTnoptr: a new object of the value's size.
 *                  So `[]any` of n large ints is n allocations, of n small ones none, and a concrete
 *                  `[]User` stores its values in place: none (PERF-01.03).
 * Model:           each conversion records its mallocgc call, if any, on a Mallocs counter (which
 *                  applies the size classes and the tiny allocator). Method names follow iface.go.
 * Invariants:      CV-I1 a conversion makes at most one allocation. CV-I2 values below 256 never
 *                  allocate through convT16/32/64 (compared as unsigned, as Go's uint conversion does).
 * Differs from Go: the caller names the conversion Go's compiler would choose (there are no Go types
 *                  here), and an interface that does not escape (boxed on the stack by the compiler,
 *                  no allocation) is the caller's to skip. The JVM's own boxing caches a different range
 *                  (Long.valueOf: -128..127); BoxingAnswersTest measures that difference.
 * See:             BoxingAnswersTest (PERF-01.03, against benchmarks/go/oracle/go/boxing), Mallocs,
 *                  BoxingBenchmark.
 */
package dev.golab.runtime.malloc;

public final class ConvT {
    /** runtime.staticuint64s: the preallocated words for the values 0..255. */
    public static final int STATIC_UINT64S = 256;

    private final Mallocs mallocs;

    /** Conversions whose allocations go to {@code mallocs}. */
    public ConvT(Mallocs mallocs) {
        this.mallocs = mallocs;
    }

    /** convT16: a 2-byte value such as int16 or uint16 (its bits). */
    public void convT16(short bits) {
        if (Short.toUnsignedInt(bits) >= STATIC_UINT64S) mallocs.malloc(2, true);
    }

    /** convT32: a 4-byte pointer-free value such as int32, uint32 or float32 (its bits). */
    public void convT32(int bits) {
        if (Integer.compareUnsigned(bits, STATIC_UINT64S) >= 0) mallocs.malloc(4, true);
    }

    /** convT64: an 8-byte pointer-free value such as int, int64, float64 or struct{X int64} (its bits). */
    public void convT64(long bits) {
        if (Long.compareUnsigned(bits, STATIC_UINT64S) >= 0) mallocs.malloc(8, true);
    }

    /** convTstring: the empty string boxes to zeroVal; any other copies its header (pointer, length). */
    public void convTstring(String s) {
        if (!s.isEmpty()) mallocs.malloc(16, false);
    }

    /** convTslice: a nil slice boxes to zeroVal; any other copies its header (pointer, len, cap). */
    public void convTslice(boolean nil) {
        if (!nil) mallocs.malloc(24, false);
    }

    /**
     * convT (with pointers) or convTnoptr: a copy of the value in a new object of its size. A zero-size
     * value never gets here (the compiler uses zerobase), so size must be positive.
     */
    public void convT(long size, boolean hasPointers) {
        if (size <= 0) throw new IllegalArgumentException("a zero-size value boxes to zerobase without a call, got size " + size);
        mallocs.malloc(size, !hasPointers);
    }
}
