package dev.golab.maps;

/*
 * Go behaviour:    runtime/map.go bmap (go1.23): a bucket is 8 tophash bytes, then 8 keys, then 8 elems,
 *                  then an overflow pointer; makeBucketArray allocates 2^B buckets contiguously plus, for
 *                  B >= 4, 2^(B-4) spare overflow buckets at the end (nextOverflow) that newoverflow hands
 *                  out before it mallocs more. tophash is the hash's top byte (>= minTopHash) or a marker:
 *                  emptyRest 0 (this and every later slot/overflow empty), emptyOne 1, evacuatedX 2,
 *                  evacuatedY 3, evacuatedEmpty 4.
 * Model:           one bucket array = three flat parallel Java arrays indexed by bucket number b:
 *                  tophash[b] (the 8 tophash bytes packed little-endian in one long: byte i = bits 8i..8i+7),
 *                  kv[16b .. 16b+8) keys then kv[16b+8 .. 16b+16) elems (Go's keys-then-elems order), and
 *                  overflow[b] = the next bucket of the chain (0 = none: bucket 0 is never an overflow).
 *                  Buckets [0, 2^B) are the main array, [2^B, next) overflow buckets handed out, the rest
 *                  spares — Go's nextOverflow area.
 * Invariants:      BKA-I1 a slot is full iff its tophash >= MIN_TOP_HASH. BKA-I2 evacuated(b) iff tophash byte 0 of b
 *                  is in {2,3,4}. BKA-I3 every overflow link points into [2^B, next).
 * Differs from Go: Go's bucket is ONE contiguous block of memory (tophash, keys, elems, overflow pointer side
 *                  by side); Java cannot put a long, references and an int in one array, so the three parts
 *                  of bucket b live at the same index of three arrays (a lookup touches tophash[b] and then
 *                  the 64 bytes of kv[16b..]; both addresses are known from b, so the two cache misses can
 *                  overlap — Go's are adjacent lines). When the spares run out Go mallocs a single bucket;
 *                  here the three arrays are copied into bigger ones (overflow area doubled), so an overflow
 *                  bucket is an index, never a pointer, and nobody may cache the arrays across newOverflow.
 * See:             BucketMap, BucketGrowth, BucketMapModelTest.
 */
import java.util.Arrays;

final class BucketArray {
    static final int BUCKET_CNT = 8;
    static final int EMPTY_REST = 0;
    static final int EMPTY_ONE = 1;
    static final int EVACUATED_X = 2;
    static final int EVACUATED_Y = 3;
    static final int EVACUATED_EMPTY = 4;
    static final int MIN_TOP_HASH = 5;
    static final int NONE = 0;

    /** Number of main buckets, 2^B. */
    final int nbuckets;
    long[] tophash;
    /** Bucket b: keys at [16b, 16b+8), elems at [16b+8, 16b+16). */
    Object[] kv;
    int[] overflow;
    /** The next spare overflow bucket (Go's h.extra.nextOverflow). */
    int next;

    /** makeBucketArray(t, b): 2^b buckets, plus 2^(b-4) spare overflow buckets when b >= 4. */
    BucketArray(int b) {
        nbuckets = 1 << b;
        int total = nbuckets + (b >= 4 ? 1 << (b - 4) : 0);
        tophash = new long[total];
        kv = new Object[2 * BUCKET_CNT * total];
        overflow = new int[total];
        next = nbuckets;
    }

    static int keyIndex(int b, int i) {
        return (b << 4) + i;
    }

    static int elemIndex(int b, int i) {
        return (b << 4) + BUCKET_CNT + i;
    }

    static boolean isEmpty(int top) {
        return top == EMPTY_REST || top == EMPTY_ONE;
    }

    int top(int b, int i) {
        return (int) (tophash[b] >>> (i << 3)) & 0xff;
    }

    void setTop(int b, int i, int v) {
        int shift = i << 3;
        tophash[b] = (tophash[b] & ~(0xffL << shift)) | ((v & 0xffL) << shift);
    }

    boolean evacuated(int b) {
        int h = (int) tophash[b] & 0xff;
        return h > EMPTY_ONE && h < MIN_TOP_HASH;
    }

    /** tophash(hash): the top byte, bumped above the markers. */
    static int tophash(long hash) {
        int top = (int) (hash >>> 56);
        if (top < MIN_TOP_HASH) top += MIN_TOP_HASH;
        return top;
    }

    /**
     * The search loop of mapaccess: walk bucket b's chain slot by slot; a tophash byte equal to top means
     * "compare the key"; emptyRest ends the search. Returns the key's index in kv, or -1.
     */
    int find(int b, Object key, int top) {
        final long[] tophash = this.tophash;
        final Object[] kv = this.kv;
        for (;;) {
            long th = tophash[b];
            int base = b << 4;
            for (int i = 0; i < BUCKET_CNT; i++, th >>>= 8) {
                int t = (int) th & 0xff;
                if (t != top) {
                    if (t == EMPTY_REST) return -1;
                    continue;
                }
                if (Keys.equal(key, kv[base + i])) return base + i;
            }
            b = overflow[b];
            if (b == NONE) return -1;
        }
    }

    /** newoverflow's allocation: the next spare bucket (the arrays grow when none is left), linked after b. */
    int newOverflow(int b) {
        if (next == tophash.length) {
            int total = tophash.length + Math.max(BUCKET_CNT, tophash.length - nbuckets);
            tophash = Arrays.copyOf(tophash, total);
            kv = Arrays.copyOf(kv, 2 * BUCKET_CNT * total);
            overflow = Arrays.copyOf(overflow, total);
        }
        int ovf = next++;
        overflow[b] = ovf;
        return ovf;
    }

    /** Overflow buckets handed out so far (all reachable: only clear() drops chains, with the whole array). */
    int overflowCount() {
        int n = 0;
        for (int b = 0; b < nbuckets; b++) for (int c = overflow[b]; c != NONE; c = overflow[c]) n++;
        return n;
    }

    /** Every tophash byte emptyRest (0): running iterators stop (mapclear's first step). */
    void markAllEmpty() {
        Arrays.fill(tophash, 0L);
    }

    /** Drops the keys and elems of the chain starting at b (evacuate's memclr for the GC), and the chain. */
    void clearChain(int b) {
        for (int c = b; ; ) {
            Arrays.fill(kv, c << 4, (c + 1) << 4, null);
            int n = overflow[c];
            if (n == NONE) break;
            c = n;
        }
        overflow[b] = NONE;
    }

    /** If the chain now ends in emptyOne slots, turn them into emptyRest (mapdelete's backward walk). */
    void markEmptyRest(int bOrig, int b, int i) {
        if (i == BUCKET_CNT - 1) {
            if (overflow[b] != NONE && top(overflow[b], 0) != EMPTY_REST) return;
        } else if (top(b, i + 1) != EMPTY_REST) {
            return;
        }
        for (;;) {
            setTop(b, i, EMPTY_REST);
            if (i == 0) {
                if (b == bOrig) break;
                int c = b;
                for (b = bOrig; overflow[b] != c; b = overflow[b]) { /* find previous bucket */ }
                i = BUCKET_CNT - 1;
            } else {
                i--;
            }
            if (top(b, i) != EMPTY_ONE) break;
        }
    }
}
