/*
 * Go behaviour:    every heap object is one mallocgc call, which runtime.MemStats counts in Mallocs,
 *                  and the size class (or whole pages) it is rounded up to counts in TotalAlloc: the
 *                  numbers behind `go test -benchmem` (allocs/op, B/op). A slice's backing array is one
 *                  object whatever its length; each `&T{}` that escapes is another (runtime/malloc.go,
 *                  mstats.go; go1.23.5 linux/amd64).
 * Model:           a counter: malloc(size, noscan) adds one allocation of SizeClasses.slotSize bytes (the size
 *                  class, malloc header included; whole pages when large); makeSlice and newObject are
 *                  the two shapes PERF-01.09 compares. Noscan objects under 16 bytes take mallocgc's
 *                  tiny path: aligned into the current 16-byte block when they fit (counted in Mallocs
 *                  as tinyAllocs, no new bytes), else into a new block (16 bytes of TotalAlloc), which
 *                  becomes the current one if it has more room left than the old.
 * Invariants:      MA-I1 bytes() is the sum of the slots and tiny blocks over the calls; MA-I2
 *                  allocations() is the number of calls. MA-I3 n tiny objects of one size k (1, 2, 4, 8)
 *                  from a fresh counter take ceil(n / (16 / k)) blocks.
 * Differs from Go: escape analysis is not modelled: the caller says what reaches the heap. The tiny
 *                  block is per counter (Go: per P's mcache), and a fresh counter has none.
 * See:             AllocCountAnswersTest (PERF-01.09), BoxingAnswersTest (PERF-01.03), SizeClasses.
 */
package dev.golab.runtime.malloc;

public final class Mallocs {
    /** malloc.go maxTinySize: noscan objects smaller than this share 16-byte blocks. */
    public static final long MAX_TINY_SIZE = 16;

    private long allocations;
    private long bytes;
    private boolean tiny;                       // mcache.tiny != 0: a current tiny block exists
    private long tinyOffset;                    // mcache.tinyoffset: bytes used in it

    /** One mallocgc call of {@code size} bytes; {@code noscan}: the object holds no pointers. */
    public void malloc(long size, boolean noscan) {
        if (size <= 0) throw new IllegalArgumentException("size must be > 0 (Go's zero-size objects share one address), got " + size);
        allocations++;
        if (noscan && size < MAX_TINY_SIZE) tinyAlloc(size);
        else bytes += SizeClasses.slotSize(size, noscan);
    }

    /** mallocgc's tiny path: the conservative alignment by size, then the current block or a new one. */
    private void tinyAlloc(long size) {
        long off = tinyOffset;
        if ((size & 7) == 0) off = alignUp(off, 8);
        else if ((size & 3) == 0) off = alignUp(off, 4);
        else if ((size & 1) == 0) off = alignUp(off, 2);
        if (tiny && off + size <= MAX_TINY_SIZE) {
            tinyOffset = off + size;            // fits: c.tinyAllocs++, no new memory
            return;
        }
        bytes += MAX_TINY_SIZE;                 // a new block from the 16-byte size class
        if (!tiny || size < tinyOffset) {       // keep whichever block has more room left
            tiny = true;
            tinyOffset = size;
        }
    }

    private static long alignUp(long n, long a) {
        return (n + a - 1) & -a;
    }

    /** make([]T, n) that escapes: one backing array of n × elemSize bytes. */
    public void makeSlice(long elemSize, long n, boolean elemHasPointers) {
        malloc(elemSize * n, !elemHasPointers);
    }

    /** &T{} (or new(T)) that escapes: one object. */
    public void newObject(long size, boolean hasPointers) {
        malloc(size, !hasPointers);
    }

    /** MemStats.Mallocs since this counter started: allocs/op for one op. */
    public long allocations() {
        return allocations;
    }

    /** MemStats.TotalAlloc since this counter started: B/op for one op. */
    public long bytes() {
        return bytes;
    }
}
