package dev.golab.maps;

/*
 * Go behaviour:    runtime/map.go (go1.23.5) growth: hashGrow allocates the new bucket array (2x, or the
 *                  same size when there are too many overflow buckets for the load) and only remembers the
 *                  old one; growWork then evacuates lazily — the old bucket a write is about to touch, plus
 *                  the oldest unevacuated one — so no single write pays for the whole rehash.
 * Model:           1. hashGrow: bigger = overLoadFactor(count+1, B) ? 1 : 0 (else sameSizeGrow);
 *                     iterator flag -> oldIterator; nevacuate = 0, noverflow = 0.
 *                  2. evacuate(old): each live slot goes to X (same index) or Y (index + newbit) by the
 *                     hash bit newbit; NaN keys with iterators active go by tophash&1; the old slot keeps
 *                     evacuatedX/Y (or evacuatedEmpty) so lookups and iterators know where to look.
 *                  3. advanceEvacuationMark: nevacuate skips evacuated buckets (<= 1024 at a time); when it
 *                     reaches newbit the grow is over (oldbuckets = null, sameSizeGrow cleared).
 *                  4. newOverflow chains a bucket and bumps noverflow (exact below B=16, sampled above).
 * Invariants:      I3 (BucketMap) every old bucket < nevacuate is evacuated. I4 B grows by at most 1 per grow.
 * Differs from Go: old buckets' keys are cleared only when no iterator may read them, as in Go, but the
 *                  whole overflow chain is unlinked at once.
 * See:             BucketMap, BucketMapModelTest.
 */
import java.util.concurrent.ThreadLocalRandom;

final class BucketGrowth {
    private BucketGrowth() {}

    static Bucket newOverflow(BucketMap<?, ?> h, Bucket b) {
        Bucket ovf = new Bucket();
        incrnoverflow(h);
        b.overflow = ovf;
        return ovf;
    }

    /** Exact below h.B = 16, then probabilistic with probability 1/2^(h.B-15), as Go's incrnoverflow. */
    static void incrnoverflow(BucketMap<?, ?> h) {
        if (h.B < 16) {
            h.noverflow = (h.noverflow + 1) & 0xffff;
            return;
        }
        int mask = (1 << (h.B - 15)) - 1;
        if ((ThreadLocalRandom.current().nextInt() & mask) == 0) h.noverflow = (h.noverflow + 1) & 0xffff;
    }

    static void hashGrow(BucketMap<?, ?> h) {
        int bigger = 1;
        int f = h.flags();
        if (!BucketMap.overLoadFactor(h.count + 1L, h.B)) {
            bigger = 0;
            f |= BucketMap.SAME_SIZE_GROW;
        }
        Bucket[] old = h.buckets;
        Bucket[] fresh = BucketMap.newBuckets(h.B + bigger);
        int nf = f & ~(BucketMap.ITERATOR | BucketMap.OLD_ITERATOR);
        if ((f & BucketMap.ITERATOR) != 0) nf |= BucketMap.OLD_ITERATOR;
        h.B += bigger;
        h.setFlags(nf);
        h.oldbuckets = old;
        h.buckets = fresh;
        h.nevacuate = 0;
        h.noverflow = 0;
    }

    static void growWork(BucketMap<?, ?> h, int bucket) {
        evacuate(h, bucket & h.oldbucketmask()); // the bucket we are about to use
        if (h.growing()) evacuate(h, h.nevacuate); // and one more, to make progress
    }

    static void evacuate(BucketMap<?, ?> h, int oldbucket) {
        Bucket b = h.oldbuckets[oldbucket];
        int newbit = h.noldbuckets();
        if (!b.evacuated()) {
            boolean same = h.sameSizeGrow();
            Bucket[] dstB = {h.buckets[oldbucket], same ? null : h.buckets[oldbucket + newbit]};
            int[] dstI = {0, 0};
            for (Bucket ob = b; ob != null; ob = ob.overflow) {
                for (int i = 0; i < Bucket.BUCKET_CNT; i++) {
                    byte top = ob.top(i);
                    if (Bucket.isEmpty(top)) {
                        ob.setTop(i, Bucket.EVACUATED_EMPTY);
                        continue;
                    }
                    int useY = 0;
                    if (!same) {
                        Object k = ob.kv[i];
                        long hash = Keys.hash(k, h.hash0);
                        if ((h.flags() & BucketMap.ITERATOR) != 0 && !Keys.reflexive(k)) {
                            useY = top & 1; // NaN: a repeatable, randomish direction
                            top = Bucket.tophash(hash);
                        } else if ((hash & newbit) != 0) {
                            useY = 1;
                        }
                    }
                    ob.setTop(i, (byte) (Bucket.EVACUATED_X + useY));
                    if (dstI[useY] == Bucket.BUCKET_CNT) {
                        dstB[useY] = newOverflow(h, dstB[useY]);
                        dstI[useY] = 0;
                    }
                    Bucket d = dstB[useY];
                    int di = dstI[useY]++;
                    d.setTop(di, top);
                    d.kv[di] = ob.kv[i];
                    d.kv[Bucket.BUCKET_CNT + di] = ob.kv[Bucket.BUCKET_CNT + i];
                }
            }
            if ((h.flags() & BucketMap.OLD_ITERATOR) == 0) { // no iterator may still read it: drop keys/elems for the GC
                for (Bucket ob = b; ob != null; ob = ob.overflow) {
                    java.util.Arrays.fill(ob.kv, null);
                }
                b.overflow = null;
            }
        }
        if (oldbucket == h.nevacuate) advanceEvacuationMark(h, newbit);
    }

    static void advanceEvacuationMark(BucketMap<?, ?> h, int newbit) {
        h.nevacuate++;
        int stop = Math.min(h.nevacuate + 1024, newbit);
        while (h.nevacuate != stop && h.oldbuckets[h.nevacuate].evacuated()) h.nevacuate++;
        if (h.nevacuate == newbit) {
            h.oldbuckets = null;
            h.setFlags(h.flags() & ~BucketMap.SAME_SIZE_GROW);
        }
    }
}
