package dev.golab.maps;

/*
 * Go behaviour:    runtime/map.go mapiterinit/mapiternext (go1.23): a range starts at a random bucket
 *                  and a random slot offset, walks every bucket (and its overflow chain) once, wrapping
 *                  around. If the map grows mid-range it keeps walking the bucket array it started with;
 *                  for a bucket whose old bucket is not yet evacuated it reads the OLD bucket and keeps
 *                  only the keys that belong to the current new bucket; for a slot marked evacuated it
 *                  re-looks the key up in the live map (deleted -> skipped, updated -> new value).
 * Model:           mapiternext line for line, lazily advanced from hasNext() (Go advances after the body
 *                  of the previous iteration, which is when a for-each calls hasNext()).
 * Invariants:      BMI-I2 (GoMap) no deleted key is produced, no key twice; every key present for the whole
 *                  range is produced exactly once.
 * Differs from Go: none in the rules; the random source is ThreadLocalRandom instead of cheaprand.
 * See:             MapAnswersTest, MapPropertiesTest.
 */
import dev.golab.runtime.GoFatal;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;

final class BucketMapIterator<K, V> implements Iterator<GoMap.Entry<K, V>> {
    private static final int NO_CHECK = -1;
    private static final int NO_BUCKET = -1;
    private final BucketMap<K, V> h;
    private final int itB;
    private final BucketArray itBuckets;
    private final int startBucket;
    private final int offset;
    private boolean wrapped;
    private int bucket;
    /** it.bptr: the bucket being walked (an index into arr), or NO_BUCKET between buckets. */
    private BucketArray arr;
    private int bptr = NO_BUCKET;
    private int i;
    private int checkBucket = NO_CHECK;
    private GoMap.Entry<K, V> current;
    private boolean advanced;
    private boolean done;

    BucketMapIterator(BucketMap<K, V> h) {
        this.h = h;
        if (h.isNil() || h.count == 0) {
            itB = 0;
            itBuckets = null;
            startBucket = 0;
            offset = 0;
            done = true;
            return;
        }
        itB = h.B;
        itBuckets = h.buckets;
        long r = ThreadLocalRandom.current().nextLong();
        startBucket = (int) (r & ((1L << itB) - 1));
        offset = (int) ((r >>> itB) & (BucketArray.BUCKET_CNT - 1));
        bucket = startBucket;
        h.noteIterator();
    }

    @Override
    public boolean hasNext() {
        if (!advanced) {
            current = done ? null : advance();
            if (current == null) done = true;
            advanced = true;
        }
        return current != null;
    }

    @Override
    public GoMap.Entry<K, V> next() {
        if (!hasNext()) throw new NoSuchElementException();
        advanced = false;
        return current;
    }

    @SuppressWarnings("unchecked")
    private GoMap.Entry<K, V> advance() {
        if ((h.flags() & BucketMap.HASH_WRITING) != 0) throw new GoFatal("concurrent map iteration and map write");
        BucketArray a = arr;
        int b = bptr;
        for (;;) {
            if (b == NO_BUCKET) {
                if (bucket == startBucket && wrapped) return null;
                if (h.growing() && itB == h.B) {
                    // Started mid-grow and the grow is not done: read the old bucket if not yet evacuated,
                    // keeping only the keys that will land in this new bucket.
                    int oldbucket = bucket & h.oldbucketmask();
                    if (!h.oldbuckets.evacuated(oldbucket)) {
                        a = h.oldbuckets;
                        b = oldbucket;
                        checkBucket = bucket;
                    } else {
                        a = itBuckets;
                        b = bucket;
                        checkBucket = NO_CHECK;
                    }
                } else {
                    a = itBuckets;
                    b = bucket;
                    checkBucket = NO_CHECK;
                }
                bucket++;
                if (bucket == 1 << itB) {
                    bucket = 0;
                    wrapped = true;
                }
                i = 0;
            }
            for (; i < BucketArray.BUCKET_CNT; i++) {
                int offi = (i + offset) & (BucketArray.BUCKET_CNT - 1);
                int top = a.top(b, offi);
                if (BucketArray.isEmpty(top) || top == BucketArray.EVACUATED_EMPTY) continue;
                Object k = a.kv[BucketArray.keyIndex(b, offi)];
                Object e = a.kv[BucketArray.elemIndex(b, offi)];
                if (checkBucket != NO_CHECK && !h.sameSizeGrow()) {
                    if (Keys.reflexive(k)) {
                        long hash = Keys.hash(k, h.hash0);
                        if ((hash & ((1L << itB) - 1)) != checkBucket) continue;
                    } else if ((checkBucket >> (itB - 1)) != (top & 1)) {
                        continue; // NaN: same tophash&1 rule evacuate uses
                    }
                }
                if ((top != BucketArray.EVACUATED_X && top != BucketArray.EVACUATED_Y) || !Keys.reflexive(k)) {
                    arr = a;
                    bptr = b;
                    i++;
                    return new GoMap.Entry<>((K) k, (V) e); // golden data
                }
                // The table grew since the range began: the live entry is elsewhere (maybe deleted).
                Object[] live = h.lookupForIterator(k);
                if (live == null) continue;
                arr = a;
                bptr = b;
                i++;
                return new GoMap.Entry<>((K) live[0], (V) live[1]);
            }
            b = a.overflow[b];
            if (b == BucketArray.NONE) b = NO_BUCKET;
            i = 0;
            arr = a;
            bptr = b;
        }
    }
}
