package dev.golab.maps;

/*
 * Go behaviour:    runtime/map.go bmap (go1.23): 8 tophash bytes, then 8 keys, then 8 elems, then an
 *                  overflow pointer. tophash is the hash's top byte (>= minTopHash) or a marker:
 *                  emptyRest 0 (this and every later slot/overflow empty), emptyOne 1, evacuatedX 2,
 *                  evacuatedY 3, evacuatedEmpty 4.
 * Model:           the same layout: a tophash word and one slot array (8 keys then 8 elems) plus the
 *                  overflow link.
 * Invariants:      I1 a slot is full iff tophash >= MIN_TOP_HASH. I2 evacuated(b) iff tophash[0] in {2,3,4}.
 * Differs from Go: separate Java arrays instead of one contiguous block.
 * See:             BucketMap.
 */
final class Bucket {
    static final int BUCKET_CNT = 8;
    static final byte EMPTY_REST = 0;
    static final byte EMPTY_ONE = 1;
    static final byte EVACUATED_X = 2;
    static final byte EVACUATED_Y = 3;
    static final byte EVACUATED_EMPTY = 4;
    static final int MIN_TOP_HASH = 5;

    /** The 8 tophash bytes packed little-endian into one word (byte i = bits 8i..8i+7), inline in the bucket. */
    long tophash;
    /** Go's layout: keys in [0, 8), elems in [8, 16). */
    final Object[] kv = new Object[2 * BUCKET_CNT];
    Bucket overflow;

    static boolean isEmpty(byte top) {
        return top == EMPTY_REST || top == EMPTY_ONE;
    }

    byte top(int i) {
        return (byte) (tophash >>> (i << 3));
    }

    void setTop(int i, byte v) {
        int shift = i << 3;
        tophash = (tophash & ~(0xffL << shift)) | ((v & 0xffL) << shift);
    }

    boolean evacuated() {
        int h = u(top(0));
        return h > EMPTY_ONE && h < MIN_TOP_HASH;
    }

    /** tophash(hash): the top byte, bumped above the markers. */
    static byte tophash(long hash) {
        int top = (int) (hash >>> 56);
        if (top < MIN_TOP_HASH) top += MIN_TOP_HASH;
        return (byte) top;
    }

    /** Unsigned view of a tophash byte. */
    static int u(byte b) {
        return b & 0xff;
    }

    /** If the chain now ends in emptyOne slots, turn them into emptyRest (mapdelete's backward walk). */
    static void markEmptyRest(Bucket bOrig, Bucket b, int i) {
        if (i == BUCKET_CNT - 1) {
            if (b.overflow != null && b.overflow.top(0) != EMPTY_REST) return;
        } else if (b.top(i + 1) != EMPTY_REST) {
            return;
        }
        for (;;) {
            b.setTop(i, EMPTY_REST);
            if (i == 0) {
                if (b == bOrig) break;
                Bucket c = b;
                for (b = bOrig; b.overflow != c; b = b.overflow) { /* find previous bucket */ }
                i = BUCKET_CNT - 1;
            } else {
                i--;
            }
            if (b.top(i) != EMPTY_ONE) break;
        }
    }
}
