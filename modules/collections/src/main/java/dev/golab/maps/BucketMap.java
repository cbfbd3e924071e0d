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
 * Invariants:      I1 count == live full slots. I2 !growing() <=> oldbuckets == null. I3 nevacuate only
 *                  grows, and every old bucket < nevacuate is evacuated. I4 B grows by at most 1 per grow.
 * Differs from Go: no pre-allocated overflow buckets (makeBucketArray's nextOverflow) — counts of overflow
 *                  buckets are the same, their memory placement is not modelled. Detection of concurrent
 *                  misuse is best effort, as in Go, via an opaque (not atomic) flag read.
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
    private static final int LOAD_FACTOR_NUM = 13;
    private static final int LOAD_FACTOR_DEN = 2;
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
    Bucket[] buckets;
    Bucket[] oldbuckets;
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
        while (overLoadFactor(Math.max(hint, 0), b)) b++;
        h.B = b;
        if (b != 0) h.buckets = newBuckets(b);
        return h;
    }

    static boolean overLoadFactor(long count, int b) {
        return count > Bucket.BUCKET_CNT && count > LOAD_FACTOR_NUM * ((1L << b) / LOAD_FACTOR_DEN);
    }

    static boolean tooManyOverflowBuckets(int noverflow, int b) {
        if (b > 15) b = 15;
        return noverflow >= (1 << (b & 15));
    }

    static Bucket[] newBuckets(int b) {
        Bucket[] a = new Bucket[1 << b];
        for (int i = 0; i < a.length; i++) a[i] = new Bucket();
        return a;
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

    /** mapaccess: the elem, or MISSING. */
    private Object access(Object key) {
        if (nil || count == 0) {
            Keys.hash(key, 0); // hashMightPanic: unhashable keys panic even on an empty map
            return MISSING;
        }
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map read and map write");
        long hash = Keys.hash(key, hash0);
        Bucket b = bucketFor(hash);
        byte top = Bucket.tophash(hash);
        for (; b != null; b = b.overflow) {
            long th = b.tophash;
            for (int i = 0; i < Bucket.BUCKET_CNT; i++) {
                byte t = (byte) (th >>> (i << 3));
                if (t != top) {
                    if (t == Bucket.EMPTY_REST) return MISSING;
                    continue;
                }
                if (Keys.equal(key, b.kv[i])) return b.kv[Bucket.BUCKET_CNT + i];
            }
        }
        return MISSING;
    }

    /** The bucket to search: the old one while it is not yet evacuated. */
    private Bucket bucketFor(long hash) {
        int m = (1 << B) - 1;
        Bucket b = buckets[(int) (hash & m)];
        if (oldbuckets != null) {
            if (!sameSizeGrow()) m >>>= 1;
            Bucket oldb = oldbuckets[(int) (hash & m)];
            if (!oldb.evacuated()) b = oldb;
        }
        return b;
    }

    /** mapaccessK without the concurrency check (the iterator's re-lookup): {key, elem} or null. */
    Object[] lookupForIterator(Object key) {
        long hash = Keys.hash(key, hash0);
        Bucket b = bucketFor(hash);
        byte top = Bucket.tophash(hash);
        for (; b != null; b = b.overflow) {
            for (int i = 0; i < Bucket.BUCKET_CNT; i++) {
                if (b.top(i) != top) {
                    if (b.top(i) == Bucket.EMPTY_REST) return null;
                    continue;
                }
                if (Keys.equal(key, b.kv[i])) return new Object[] {b.kv[i], b.kv[Bucket.BUCKET_CNT + i]};
            }
        }
        return null;
    }


    @Override
    public void put(K key, V value) {
        if (nil) throw new GoPanic("assignment to entry in nil map");
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map writes");
        long hash = Keys.hash(key, hash0);
        setFlags(flags() ^ HASH_WRITING);
        if (buckets == null) buckets = newBuckets(0);
        for (;;) {
            int bucket = (int) (hash & ((1 << B) - 1));
            if (growing()) BucketGrowth.growWork(this, bucket);
            Bucket b = buckets[bucket];
            byte top = Bucket.tophash(hash);
            Bucket insertB = null;
            int insertI = -1;
            Bucket last = b;
            search:
            for (; b != null; last = b, b = b.overflow) {
                for (int i = 0; i < Bucket.BUCKET_CNT; i++) {
                    if (b.top(i) != top) {
                        if (Bucket.isEmpty(b.top(i)) && insertB == null) {
                            insertB = b;
                            insertI = i;
                        }
                        if (b.top(i) == Bucket.EMPTY_REST) break search;
                        continue;
                    }
                    if (!Keys.equal(key, b.kv[i])) continue;
                    b.kv[i] = key; // needkeyupdate: +0 replaced by -0, as Go does for float keys
                    b.kv[Bucket.BUCKET_CNT + i] = value;
                    finishWrite();
                    return;
                }
            }
            if (!growing() && (overLoadFactor(count + 1L, B) || tooManyOverflowBuckets(noverflow, B))) {
                BucketGrowth.hashGrow(this);
                continue; // growing invalidates everything: try again
            }
            if (insertB == null) {
                while (last.overflow != null) last = last.overflow;
                insertB = BucketGrowth.newOverflow(this, last);
                insertI = 0;
            }
            insertB.kv[insertI] = key;
            insertB.kv[Bucket.BUCKET_CNT + insertI] = value;
            insertB.setTop(insertI, top);
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
        Bucket bOrig = buckets[bucket];
        byte top = Bucket.tophash(hash);
        search:
        for (Bucket b = bOrig; b != null; b = b.overflow) {
            for (int i = 0; i < Bucket.BUCKET_CNT; i++) {
                if (b.top(i) != top) {
                    if (b.top(i) == Bucket.EMPTY_REST) break search;
                    continue;
                }
                if (!Keys.equal(key, b.kv[i])) continue;
                b.kv[i] = null;
                b.kv[Bucket.BUCKET_CNT + i] = null;
                b.setTop(i, Bucket.EMPTY_ONE);
                Bucket.markEmptyRest(bOrig, b, i);
                if (--count == 0) hash0 = Keys.newSeed(); // Go re-seeds an emptied map (issue 25237)
                break search;
            }
        }
        finishWrite();
    }



    /** mapclear (Go 1.21+): keeps B, marks every slot emptyRest so running iterators stop, new seed. */
    @Override
    public void clear() {
        if (nil || count == 0) return;
        if ((flags() & HASH_WRITING) != 0) throw new GoFatal("concurrent map writes");
        setFlags(flags() ^ HASH_WRITING);
        markAllEmpty(buckets);
        if (oldbuckets != null) markAllEmpty(oldbuckets);
        setFlags(flags() & ~SAME_SIZE_GROW);
        oldbuckets = null;
        nevacuate = 0;
        noverflow = 0;
        count = 0;
        hash0 = Keys.newSeed();
        Bucket[] fresh = newBuckets(B); // makeBucketArray(dirtyalloc): zeroed base array, overflow dropped
        buckets = fresh;
        finishWrite();
    }

    private static void markAllEmpty(Bucket[] array) {
        for (Bucket b : array) {
            for (Bucket c = b; c != null; c = c.overflow) c.tophash = 0L; // every byte emptyRest (0)
        }
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
        int ovf = 0;
        if (buckets != null) for (Bucket b : buckets) for (Bucket c = b.overflow; c != null; c = c.overflow) ovf++;
        return new MapStats.Buckets(len(), B, buckets == null ? (nil ? 0 : 1) : buckets.length, ovf, noverflow,
                growing(), sameSizeGrow(), oldbuckets == null ? 0 : oldbuckets.length, nevacuate);
    }

    @Override
    public String model() {
        return "maps.Bucket";
    }
}
