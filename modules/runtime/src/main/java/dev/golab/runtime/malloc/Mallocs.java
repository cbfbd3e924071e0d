/*
 * Go behaviour:    every heap object is one mallocgc call, which runtime.MemStats counts in Mallocs,
 *                  and the size class (or whole pages) it is rounded up to counts in TotalAlloc: the
 *                  numbers behind `go test -benchmem` (allocs/op, B/op). A slice's backing array is one
 *                  object whatever its length; each `&T{}` that escapes is another (runtime/malloc.go,
 *                  mstats.go; go1.23.5 linux/amd64).
 * Model:           a counter: malloc(size, noscan) adds one allocation of SizeClasses.slotSize bytes (the size
 *                  class, malloc header included; whole pages when large); makeSlice and newObject are
 *                  the two shapes PERF-01.09 compares.
 * Invariants:      MA-I1 bytes() is the sum of the slots over the calls; MA-I2 allocations() is the
 *                  number of calls.
 * Differs from Go: escape analysis is not modelled: the caller says what reaches the heap. Noscan
 *                  objects under 16 bytes go to Go's tiny allocator, which packs several into one
 *                  16-byte block; that is not modelled, and malloc refuses those sizes.
 * See:             AllocCountAnswersTest (PERF-01.09), SizeClasses.
 */
package dev.golab.runtime.malloc;

public final class Mallocs {
    /** malloc.go maxTinySize: noscan objects smaller than this share 16-byte blocks. */
    public static final long MAX_TINY_SIZE = 16;

    private long allocations;
    private long bytes;

    /** One mallocgc call of {@code size} bytes; {@code noscan}: the object holds no pointers. */
    public void malloc(long size, boolean noscan) {
        if (size <= 0) throw new IllegalArgumentException("size must be > 0 (Go's zero-size objects share one address), got " + size);
        if (noscan && size < MAX_TINY_SIZE) {
            throw new IllegalArgumentException("size " + size + " is the tiny allocator's (noscan, < 16 B): not modelled");
        }
        allocations++;
        bytes += SizeClasses.slotSize(size, noscan);
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
