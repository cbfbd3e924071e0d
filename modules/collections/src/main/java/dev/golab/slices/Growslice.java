package dev.golab.slices;

/*
 * Go behaviour:    append beyond cap calls runtime.growslice (runtime/slice.go, go1.23.5): the new
 *                  capacity comes from nextslicecap, then the byte size is rounded up by roundupsize to
 *                  a malloc size class (or whole pages), and the cap is whatever fits in those bytes.
 * Model:           1. newLen > 2*oldCap            -> newcap = newLen
 *                  2. oldCap < 256                 -> newcap = 2*oldCap
 *                  3. otherwise newcap += (newcap + 3*256) >> 2 until newcap >= newLen (overflow -> newLen)
 *                  4. capmem = roundupsize(newcap * elemSize, noscan = !hasPointers)
 *                  5. newcap = capmem / elemSize; elemSize 0 -> cap = newLen (zerobase)
 *                  6. capmem > maxAlloc (2^48 on linux/amd64) or newLen < 0 -> "growslice: len out of range"
 * Invariants:      GR-I1 newCap >= newLen. GR-I2 newCap * elemSize <= roundupsize(...). GR-I3 pure: same inputs,
 *                  same cap (no table fitted to observations — SizeClasses derives the classes).
 * Differs from Go: Go's int is 64 bits; grow() computes in long like Go, newCap(int...) additionally
 *                  refuses caps a Java array cannot hold (same growslice message).
 * See:             GrowsliceDifferentialTest, SliceAnswersTest, AppendBenchmark.
 */
import dev.golab.runtime.RuntimeError;
import dev.golab.runtime.malloc.SizeClasses;

public final class Growslice {
    /** malloc.go maxAlloc on 64-bit linux: 1 << heapAddrBits (48). */
    public static final long MAX_ALLOC = 1L << 48;
    private static final int THRESHOLD = 256;

    private Growslice() {}

    /** runtime.nextslicecap(newLen, oldCap). */
    public static long nextslicecap(long newLen, long oldCap) {
        long newcap = oldCap;
        long doublecap = newcap + newcap;
        if (newLen > doublecap) return newLen;
        if (oldCap < THRESHOLD) return doublecap;
        for (;;) {
            // Transition from growing 2x for small slices to 1.25x for large slices.
            newcap += (newcap + 3 * THRESHOLD) >> 2;
            if (Long.compareUnsigned(newcap, newLen) >= 0) break;
        }
        if (newcap <= 0) return newLen;
        return newcap;
    }

    /** growslice's capacity computation, in Go's 64-bit arithmetic. */
    public static long grow(long oldCap, long newLen, long elemSize, boolean hasPointers) {
        if (newLen < 0) throw lenOutOfRange();
        if (elemSize == 0) return newLen;
        long newcap = nextslicecap(newLen, oldCap);
        boolean noscan = !hasPointers;
        boolean overflow = Long.compareUnsigned(newcap, MAX_ALLOC / elemSize) > 0;
        long capmem = overflow ? Long.MAX_VALUE : roundupsize(newcap * elemSize, noscan);
        newcap = capmem / elemSize;
        capmem = newcap * elemSize;
        if (overflow || capmem > MAX_ALLOC) throw lenOutOfRange();
        return newcap;
    }

    /**
     * The cap append gives when a slice of cap {@code oldCap} must hold {@code newLen} elements of
     * {@code elemSize} bytes ({@code hasPointers}: the element type contains pointers).
     */
    public static int newCap(int oldCap, int newLen, int elemSize, boolean hasPointers) {
        long c = grow(oldCap, newLen, elemSize, hasPointers);
        if (c > Integer.MAX_VALUE - 8) throw lenOutOfRange();
        return (int) c;
    }

    private static long roundupsize(long bytes, boolean noscan) {
        return SizeClasses.roundupsize(bytes, noscan);
    }

    static RuntimeError lenOutOfRange() {
        return new RuntimeError("runtime error: growslice: len out of range");
    }
}
