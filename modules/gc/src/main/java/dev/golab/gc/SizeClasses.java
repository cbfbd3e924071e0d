/*
 * Go behaviour:    small objects (<= 32 KiB) are rounded up to one of Go's size classes and carved
 *                  from spans of that class; larger objects get their own span of whole 8 KiB pages
 *                  (runtime/sizeclasses.go, Go 1.23).
 * Model:           1. roundUp(size) = the smallest class >= size, or whole pages above 32 KiB.
 *                  2. classOf(size) indexes per-class accounting and free lists in Heap.
 * Invariants:      S1 roundUp(size) >= size; S2 roundUp is monotone; S3 class sizes are Go's table.
 * Differs from Go: no tiny allocator (objects < 16 B without pointers share blocks in Go), no span
 *                  page counts per class; spans are modelled as runs of SPAN_OBJECTS object ids.
 * See:             Heap, TricolourAnswersTest.
 */
package dev.golab.gc;

import java.util.Arrays;

public final class SizeClasses {
    /** Go 1.23 class_to_size for classes 1..67 (class 0 = large objects). */
    static final int[] CLASS_SIZE = {0,
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768};
    public static final int MAX_SMALL_SIZE = 32768;
    public static final int PAGE_SIZE = 8192;
    public static final int NUM_CLASSES = CLASS_SIZE.length;

    private SizeClasses() {}

    /** Size class index for {@code size} bytes; 0 for large objects. */
    public static int classOf(long size) {
        if (size > MAX_SMALL_SIZE) return 0;
        if (size <= 0) return 1;
        int i = Arrays.binarySearch(CLASS_SIZE, 1, CLASS_SIZE.length, (int) size);
        return i >= 0 ? i : -i - 1;
    }

    /** Bytes actually taken by an object of {@code size} bytes (S1). */
    public static long roundUp(long size) {
        int c = classOf(size);
        if (c != 0) return CLASS_SIZE[c];
        return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
    }
}
