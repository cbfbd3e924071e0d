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
 * Invariants:      BG-I3 (BucketMap) every old bucket < nevacuate is evacuated. BG-I4 B grows by at most 1 per grow.
 * Differs from Go: old buckets' keys are cleared only when no iterator may read them, as in Go, but the
 *                  whole overflow chain is unlinked at once.
 * See:             BucketMap, BucketMapModelTest.
 */
import java.util.concurrent.ThreadLocalRandom;

final class BucketGrowth {
    private BucketGrowth() {}

    static final int LOAD_FACTOR_NUM = 13;
    static final int LOAD_FACTOR_DEN = 2;

    /** overLoadFactor: more than 6.5 entries per bucket on average (and more than one bucket's worth). */
    static boolean overLoadFactor(long count, int b) {
        return count > BucketArray.BUCKET_CNT && count > LOAD_FACTOR_NUM * ((1L << b) / LOAD_FACTOR_DEN);
    }

    /** tooManyOverflowBuckets: about as many overflow buckets as main buckets (2^min(B,15)). */
    static boolean tooManyOverflowBuckets(int noverflow, int b) {
        if (b > 15) b = 15;
        return noverflow >= (1 << (b & 15));
    }

    /** h.newoverflow: a spare bucket of array a chained after bucket b; noverflow counts it. */
    static int newOverflow(BucketMap<?, ?> h, BucketArray a, int b) {
        int ovf = a.newOverflow(b);
        incrnoverflow(h);
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
        if (!overLoadFactor(h.count + 1L, h.B)) {
            bigger = 0;
            f |= BucketMap.SAME_SIZE_GROW;
        }
        BucketArray old = h.buckets;
        BucketArray fresh = new BucketArray(h.B + bigger);
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
        BucketArray old = h.oldbuckets;
        int newbit = h.noldbuckets();
        if (!old.evacuated(oldbucket)) {
            boolean same = h.sameSizeGrow();
            BucketArray dst = h.buckets; // x and y are buckets of the same new array
            int[] dstB = {oldbucket, same ? -1 : oldbucket + newbit};
            int[] dstI = {0, 0};
            for (int ob = oldbucket; ; ob = old.overflow[ob]) {
                for (int i = 0; i < BucketArray.BUCKET_CNT; i++) {
                    int top = old.top(ob, i);
                    if (BucketArray.isEmpty(top)) {
                        old.setTop(ob, i, BucketArray.EVACUATED_EMPTY);
                        continue;
                    }
                    Object k = old.kv[BucketArray.keyIndex(ob, i)];
                    int useY = 0;
                    if (!same) {
                        long hash = Keys.hash(k, h.hash0);
                        if ((h.flags() & BucketMap.ITERATOR) != 0 && !Keys.reflexive(k)) {
                            useY = top & 1; // NaN: a repeatable, randomish direction
                            top = BucketArray.tophash(hash);
                        } else if ((hash & newbit) != 0) {
                            useY = 1;
                        }
                    }
                    old.setTop(ob, i, BucketArray.EVACUATED_X + useY);
                    if (dstI[useY] == BucketArray.BUCKET_CNT) {
                        dstB[useY] = newOverflow(h, dst, dstB[useY]);
                        dstI[useY] = 0;
                    }
                    int d = dstB[useY];
                    int di = dstI[useY]++;
                    dst.setTop(d, di, top);
                    dst.kv[BucketArray.keyIndex(d, di)] = k;
                    dst.kv[BucketArray.elemIndex(d, di)] = old.kv[BucketArray.elemIndex(ob, i)];
                }
                if (old.overflow[ob] == BucketArray.NONE) break;
            }
            if ((h.flags() & BucketMap.OLD_ITERATOR) == 0) { // no iterator may still read it: drop keys/elems for the GC
                old.clearChain(oldbucket);
            }
        }
        if (oldbucket == h.nevacuate) advanceEvacuationMark(h, newbit);
    }

    static void advanceEvacuationMark(BucketMap<?, ?> h, int newbit) {
        h.nevacuate++;
        int stop = Math.min(h.nevacuate + 1024, newbit);
        while (h.nevacuate != stop && h.oldbuckets.evacuated(h.nevacuate)) h.nevacuate++;
        if (h.nevacuate == newbit) {
            h.oldbuckets = null;
            h.setFlags(h.flags() & ~BucketMap.SAME_SIZE_GROW);
        }
    }
}
