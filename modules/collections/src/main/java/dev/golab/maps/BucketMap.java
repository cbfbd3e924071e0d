package dev.golab.maps;

/*
 * Go behaviour:    runtime/map.go (go1.23.5): hmap{count, flags, B, noverflow, hash0, buckets,
 *                  oldbuckets, nevacuate}; 2^B buckets of 8 slots; overflow buckets chain off full
 *                  buckets; load factor 6.5 (loadFactorNum/Den = 13/2) triggers doubling; too many overflow
 *                  buckets (noverflow >= 2^min(B,15)) triggers a same-size grow; growth is incremental —
 *                  each write evacuates the bucket it touches plus one more (growWork).
 * Model:           1. hash = Keys.hash(k, hash0); bucket = hash & (2^B-1); top = tophash(hash).
 *                  2. get: if growing and the old bucket is not evacuated, search the old bucket.
 *                  3. put: growWork; find the key or the first empty slot; if absent and (overLoadFactor
 *                     or tooManyOverflowBuckets) and not growing, hashGrow and retry; chain an overflow
 *                     bucket when the chain is full.
 *                  4. delete: emptyOne, then turn trailing emptyOnes into emptyRest; count 0 -> new seed.
 *                  5. evacuate(old): split old bucket i into new i (X) and i+2^(B-1) (Y) by hash bit;
 *                     NaN keys (with iterators active) go by tophash&1; old tophash marks evacuatedX/Y.
 *                  6. hashWriting flag toggled around every write; seen by another access -> GoFatal.
 * Invariants:      BM-I1 count == live full slots. BM-I2 !growing() <=> oldbuckets == null. BM-I3 nevacuate only
 *                  grows, and every old bucket < nevacuate is evacuated. BM-I4 B grows by at most 1 per grow.
 * Differs from Go: the bucket array is flat (BucketArray: tophash long[], keys+elems Object[], overflow
 *                  int[] side by side, overflow buckets are indices into the same arrays) where Go has one
 *                  contiguous bmap block per bucket; the spare overflow buckets of makeBucketArray are
 *                  modelled, but when they run out the arrays are copied bigger instead of one bucket being
 *                  malloc'd. Keys are Java references, so a key compare may touch the key object (Go compares
 *                  key memory in place). Detection of concurrent misuse is best effort, as in Go, via an
 *                  opaque (not atomic) flag read.
 * See:             MapAnswersTest, MapPropertiesTest, MapConcurrencyAnswersTest, BucketMapIterator.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;

public final class BucketMap<K, V> implements GoMap<K, V> {
    static final int ITERATOR = 1;
    static final int OLD_ITERATOR = 2;
    static final int HASH_WRITING = 4;
    static final int SAME_SIZE_GROW = 8;
    private static final VarHandle FLAGS;

    static {
        try {
            FLAGS = MethodHandles.lookup().findVarHandle(BucketMap.class, "flags", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final boolean nil;
    private final V zero;
    int count;
    @SuppressWarnings("unused") private int flags;
    int B;
    int noverflow;
    long hash0;
    BucketArray buckets;
    BucketArray oldbuckets;
    int nevacuate;

    private BucketMap(boolean nil, V zero) {
        this.nil = nil;
        this.zero = zero;
        this.hash0 = Keys.newSeed();
    }

    public static <K, V> BucketMap<K, V> nilMap(V zero) {
        return new BucketMap<>(true, zero);
    }

    /** runtime.makemap: the smallest B whose load factor admits {@code hint} (negative hint = 0). */
    public static <K, V> BucketMap<K, V> make(int hint, V zero) {
        BucketMap<K, V> h = new BucketMap<>(false, zero);
        int b = 0;
        while (BucketGrowth.overLoadFactor(Math.max(hint, 0), b)) b++;
        h.B = b;
        if (b != 0) h.buckets = new BucketArray(b);
        return h;
    }

    int flags() {
        return (int) FLAGS.getOpaque(this);
    }

    void setFlags(int f) {
        FLAGS.setOpaque(this, f);
    }

    boolean growing() {
        return oldbuckets != null;
    }

    boolean sameSizeGrow() {
        return (flags() & SAME_SIZE_GROW) != 0;
    }

    int noldbuckets() {
        return sameSizeGrow() ? 1 << B : 1 << (B - 1);
    }

    int oldbucketmask() {
        return noldbuckets() - 1;
    }

    private static final Object MISSING = new Object();

    @Override
    @SuppressWarnings("unchecked")
    public V get(K key) {
        Object v = access(key);
        return v == MISSING ? zero : (V) v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Lookup<V> getOk(K key) {
        Object v = access(key);
        return v == MISSING ? new Lookup<>(zero, false) : new Lookup<>((V) v, true);
    }

    /** mapaccess1/2: the elem, or MISSING. */
    private Object access(Object key) {
        if (nil || count == 0) {
            Keys.hash(key, 0); // hashMightPanic: unhashable keys panic even on an empty map
            return MISSING;
        }
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map read and map write");
        long hash = Keys.hash(key, hash0);
        BucketArray a = searchArray(hash);
        int i = a.find(bucketIn(a, hash), key, BucketArray.tophash(hash));
        return i < 0 ? MISSING : a.kv[i + BucketArray.BUCKET_CNT];
    }

    /** The array to search: the old one while the key's old bucket is not yet evacuated. */
    private BucketArray searchArray(long hash) {
        BucketArray old = oldbuckets;
        return old != null && !old.evacuated(bucketIn(old, hash)) ? old : buckets;
    }

    private int bucketIn(BucketArray a, long hash) {
        return (int) hash & (a.nbuckets - 1);
    }

    /** mapaccessK without the concurrency check (the iterator's re-lookup): {key, elem} or null. */
    Object[] lookupForIterator(Object key) {
        long hash = Keys.hash(key, hash0);
        BucketArray a = searchArray(hash);
        int i = a.find(bucketIn(a, hash), key, BucketArray.tophash(hash));
        return i < 0 ? null : new Object[] {a.kv[i], a.kv[i + BucketArray.BUCKET_CNT]};
    }

    @Override
    public void put(K key, V value) {
        if (nil) throw new GoPanic("assignment to entry in nil map");
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map writes");
        long hash = Keys.hash(key, hash0);
        setFlags(flags() ^ HASH_WRITING);
        if (buckets == null) buckets = new BucketArray(0);
        int top = BucketArray.tophash(hash);
        for (;;) {
            int bucket = (int) hash & ((1 << B) - 1);
            if (growing()) BucketGrowth.growWork(this, bucket);
            BucketArray a = buckets;
            int insertB = -1;
            int insertI = -1;
            int b = bucket;
            search:
            for (;;) {
                for (int i = 0; i < BucketArray.BUCKET_CNT; i++) {
                    int t = a.top(b, i);
                    if (t != top) {
                        if (BucketArray.isEmpty(t) && insertB < 0) {
                            insertB = b;
                            insertI = i;
                        }
                        if (t == BucketArray.EMPTY_REST) break search;
                        continue;
                    }
                    int k = BucketArray.keyIndex(b, i);
                    if (!Keys.equal(key, a.kv[k])) continue;
                    a.kv[k] = key; // needkeyupdate: +0 replaced by -0, as Go does for float keys
                    a.kv[k + BucketArray.BUCKET_CNT] = value;
                    finishWrite();
                    return;
                }
                if (a.overflow[b] == BucketArray.NONE) break;
                b = a.overflow[b];
            }
            if (!growing() && (BucketGrowth.overLoadFactor(count + 1L, B) || BucketGrowth.tooManyOverflowBuckets(noverflow, B))) {
                BucketGrowth.hashGrow(this);
                continue; // growing invalidates everything: try again
            }
            if (insertB < 0) {
                while (a.overflow[b] != BucketArray.NONE) b = a.overflow[b];
                insertB = BucketGrowth.newOverflow(this, a, b);
                insertI = 0;
            }
            int k = BucketArray.keyIndex(insertB, insertI);
            a.kv[k] = key;
            a.kv[k + BucketArray.BUCKET_CNT] = value;
            a.setTop(insertB, insertI, top);
            count++;
            finishWrite();
            return;
        }
    }

    private void finishWrite() {
        int f = flags();
        if ((f & HASH_WRITING) == 0) throw new GoFatal("concurrent map writes");
        setFlags(f & ~HASH_WRITING);
    }

    @Override
    public void delete(K key) {
        if (nil || count == 0) {
            Keys.hash(key, 0);
            return;
        }
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map writes");
        long hash = Keys.hash(key, hash0);
        setFlags(flags() ^ HASH_WRITING);
        int bucket = (int) (hash & ((1 << B) - 1));
        if (growing()) BucketGrowth.growWork(this, bucket);
        BucketArray a = buckets;
        int top = BucketArray.tophash(hash);
        search:
        for (int b = bucket; ; b = a.overflow[b]) {
            for (int i = 0; i < BucketArray.BUCKET_CNT; i++) {
                int t = a.top(b, i);
                if (t != top) {
                    if (t == BucketArray.EMPTY_REST) break search;
                    continue;
                }
                int k = BucketArray.keyIndex(b, i);
                if (!Keys.equal(key, a.kv[k])) continue;
                a.kv[k] = null;
                a.kv[k + BucketArray.BUCKET_CNT] = null;
                a.setTop(b, i, BucketArray.EMPTY_ONE);
                a.markEmptyRest(bucket, b, i);
                if (--count == 0) hash0 = Keys.newSeed(); // Go re-seeds an emptied map (issue 25237)
                break search;
            }
            if (a.overflow[b] == BucketArray.NONE) break;
        }
        finishWrite();
    }

    /** mapclear (Go 1.21+): keeps B, marks every slot emptyRest so running iterators stop, new seed. */
    @Override
    public void clear() {
        if (nil || count == 0) return;
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map writes");
        setFlags(flags() ^ HASH_WRITING);
        buckets.markAllEmpty();
        if (oldbuckets != null) oldbuckets.markAllEmpty();
        setFlags(flags() & ~SAME_SIZE_GROW);
        oldbuckets = null;
        nevacuate = 0;
        noverflow = 0;
        count = 0;
        hash0 = Keys.newSeed();
        buckets = new BucketArray(B); // makeBucketArray(dirtyalloc): zeroed base array, overflow dropped
        finishWrite();
    }

    @Override
    public int len() {
        return nil ? 0 : count;
    }

    @Override
    public boolean isNil() {
        return nil;
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return new BucketMapIterator<>(this);
    }

    void noteIterator() {
        int f = flags();
        if ((f & (ITERATOR | OLD_ITERATOR)) != (ITERATOR | OLD_ITERATOR)) setFlags(f | ITERATOR | OLD_ITERATOR);
    }

    @Override
    public MapStats.Buckets stats() {
        int ovf = buckets == null ? 0 : buckets.overflowCount();
        return new MapStats.Buckets(len(), B, buckets == null ? (nil ? 0 : 1) : buckets.nbuckets, ovf, noverflow,
                growing(), sameSizeGrow(), oldbuckets == null ? 0 : oldbuckets.nbuckets, nevacuate);
    }

    @Override
    public String model() {
        return "maps.Bucket";
    }
}
