package dev.golab.maps;

/*
 * Go behaviour:    none directly — Go hides hmap/table internals; these are the fields a debugger shows
 *                  (runtime/map.go hmap: count, B, noverflow, oldbuckets, nevacuate; internal/runtime/maps
 *                  Map: globalDepth, directory, table capacity).
 * Model:           one record per design so tests and the tour can show growth.
 * Invariants:      MST-I1 count() == len(m).
 * Differs from Go: overflowBuckets is an exact walk; noverflow is Go's approximate counter.
 * See:             MapAnswersTest, MapsChapter.
 */
public sealed interface MapStats {
    int count();

    /** Go 1.23 hmap. */
    record Buckets(int count, int B, int buckets, int overflowBuckets, int noverflow, boolean growing,
                   boolean sameSizeGrow, int oldBuckets, int nevacuate) implements MapStats {
        public double loadFactor() {
            return buckets == 0 ? 0 : (double) count / buckets;
        }
    }

    /** Go 1.24 Swiss map. */
    record Swiss(int count, boolean small, int globalDepth, int directorySize, int tables, int capacity,
                 int tombstones) implements MapStats {}
}
