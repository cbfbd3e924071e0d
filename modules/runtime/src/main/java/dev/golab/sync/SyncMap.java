package dev.golab.sync;

/*
 * Go behaviour:    sync.Map (src/sync/map.go, Go 1.20-1.23): a concurrent map tuned for keys written
 *                  once and read many times, or disjoint key sets per goroutine. Load, Store,
 *                  LoadOrStore, LoadAndDelete, Delete, Range; Swap, CompareAndSwap, CompareAndDelete
 *                  (Go 1.20); Clear (Go 1.23). Range sees each key at most once, no consistent snapshot.
 * Model:           two maps. `read` (immutable map published atomically, plus `amended`: the dirty map
 *                  has keys read lacks) is used without the lock; `dirty` (under mu, the lab Mutex)
 *                  holds every live key once it exists. Values live in entries whose pointer is:
 *                  a Box (live), null (deleted but still in dirty, if dirty exists), EXPUNGED (deleted
 *                  and missing from dirty).
 *                  1. Reads hit `read`; a miss with amended takes mu and counts a miss.
 *                  2. After misses >= len(dirty) the dirty map is promoted: read = dirty, dirty = nil.
 *                  3. The first new key after a promotion rebuilds dirty from read (dirtyLocked),
 *                     expunging deleted entries so they are not copied.
 *                  4. Updates of a key present in read are CASes on its entry, no lock.
 * Invariants:      SM-I1 an entry is EXPUNGED iff it is in read but not in dirty (dirty != nil).
 *                  SM-I2 while amended, every live key is in dirty. SM-I3 read's map is never mutated after
 *                  it is published; only entries change.
 * Differs from Go: Go 1.24 replaced this design with a concurrent hash-trie (internal/sync.HashTrieMap);
 *                  the lab models the 1.23 two-map design the checklist describes. Values compare with
 *                  equals (Go: ==, panicking on uncomparable types). Range order is HashMap order,
 *                  not randomised. internals() is a lab hook.
 * See:             SyncMapEntry, SyncMapAnswersTest, SyncLinearizabilityAnswersTest.
 */
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import dev.golab.sync.SyncMapEntry.Box;

public final class SyncMap<K, V> {
    /** Go's two results: (value, ok) / (actual, loaded) / (previous, loaded). */
    public record Loaded<V>(V value, boolean loaded) {}

    /** Lab view: keys of the read map, keys of the dirty map (null when nil), amended, misses. */
    public record Internals<K>(Set<K> read, Set<K> dirty, boolean amended, int misses) {}

    private record ReadOnly<K>(Map<K, SyncMapEntry> m, boolean amended) {}

    private final Mutex mu = new Mutex();
    private volatile ReadOnly<K> read = new ReadOnly<>(Map.of(), false);
    private HashMap<K, SyncMapEntry> dirty;                 // guarded by mu
    private int misses;                              // guarded by mu

    /** {@code m.Load(key)}. */
    public Loaded<V> load(K key) {
        SyncMapEntry e = lockedLookup(key, false);
        return e == null ? absent() : loaded(e.live());
    }

    /** {@code m.Store(key, value)}. */
    public void store(K key, V value) {
        swap(key, value);
    }

    /** {@code m.Swap(key, value)}: stores, returning the previous value if any. */
    public Loaded<V> swap(K key, V value) {
        Box b = new Box(value);
        SyncMapEntry e = read.m.get(key);
        if (e != null) {
            Box prev = e.trySwap(b);                    // step 4: no lock for a key read already has
            if (prev != SyncMapEntry.EXPUNGED) return loaded(prev);
        }
        mu.lock();
        try {
            ReadOnly<K> r = read;
            e = r.m.get(key);
            if (e != null) {
                if (e.unexpungeLocked()) dirty.put(key, e);         // SM-I1: back into dirty
                return loaded(e.getAndSet(b));
            } else if ((e = dirty == null ? null : dirty.get(key)) != null) {
                return loaded(e.getAndSet(b));
            }
            newKeyLocked(r, key, value);
            return absent();
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.LoadOrStore(key, value)}: the existing value (loaded) or stores and returns value. */
    public Loaded<V> loadOrStore(K key, V value) {
        Box b = new Box(value);
        SyncMapEntry e = read.m.get(key);
        if (e != null) {
            Box got = e.tryLoadOrStore(b);
            if (got != SyncMapEntry.EXPUNGED) return got == null ? new Loaded<>(value, false) : loaded(got);
        }
        mu.lock();
        try {
            ReadOnly<K> r = read;
            e = r.m.get(key);
            if (e == null && dirty != null && (e = dirty.get(key)) != null) missLocked();
            else if (e != null && e.unexpungeLocked()) dirty.put(key, e);
            if (e != null) {
                Box got = e.tryLoadOrStore(b);               // cannot be expunged under the lock
                return got == null ? new Loaded<>(value, false) : loaded(got);
            }
            newKeyLocked(r, key, value);
            return new Loaded<>(value, false);
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.LoadAndDelete(key)}. */
    public Loaded<V> loadAndDelete(K key) {
        SyncMapEntry e = lockedLookup(key, true);
        return e == null ? absent() : loaded(e.delete());
    }

    /** {@code m.Delete(key)}. */
    public void delete(K key) {
        loadAndDelete(key);
    }

    /** {@code m.CompareAndSwap(key, old, new)}: swaps if the key is present with a value equal to old. */
    public boolean compareAndSwap(K key, V old, V neu) {
        ReadOnly<K> r = read;
        SyncMapEntry e = r.m.get(key);
        if (e != null) return e.tryCompareAndSwap(old, neu);
        if (!r.amended) return false;                    // no such key
        mu.lock();
        try {
            e = read.m.get(key);
            if (e != null) return e.tryCompareAndSwap(old, neu);
            e = dirty == null ? null : dirty.get(key);
            if (e == null) return false;                 // unlike Load, a miss counts only if found
            boolean swapped = e.tryCompareAndSwap(old, neu);
            missLocked();
            return swapped;
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.CompareAndDelete(key, old)}. */
    public boolean compareAndDelete(K key, V old) {
        SyncMapEntry e = lockedLookup(key, false);
        return e != null && e.compareAndDelete(old);
    }

    /**
     * {@code m.Range(f)}: calls f for each key until it returns false. Promotes dirty first, so the
     * iteration needs no lock (amortised by the O(n) walk).
     */
    @SuppressWarnings("unchecked")
    public void range(BiPredicate<? super K, ? super V> f) {
        ReadOnly<K> r = read;
        if (r.amended) {
            mu.lock();
            try {
                r = read;
                if (r.amended) {
                    r = new ReadOnly<>(dirty, false);
                    read = r;
                    dirty = null;
                    misses = 0;
                }
            } finally {
                mu.unlock();
            }
        }
        for (Map.Entry<K, SyncMapEntry> kv : r.m.entrySet()) {
            Box p = kv.getValue().live();
            if (p == null) continue;
            if (!f.test(kv.getKey(), (V) p.value)) break;
        }
    }

    /** {@code m.Clear()} (Go 1.23). */
    public void clear() {
        ReadOnly<K> r = read;
        if (r.m.isEmpty() && !r.amended) return;
        mu.lock();
        try {
            r = read;
            if (!r.m.isEmpty() || r.amended) read = new ReadOnly<>(Map.of(), false);
            if (dirty != null) dirty.clear();
            misses = 0;
        } finally {
            mu.unlock();
        }
    }

    /** Lab view of the two-map state. */
    public Internals<K> internals() {
        mu.lock();
        try {
            ReadOnly<K> r = read;
            return new Internals<>(Set.copyOf(r.m.keySet()), dirty == null ? null : Set.copyOf(dirty.keySet()),
                    r.amended, misses);
        } finally {
            mu.unlock();
        }
    }

    /**
     * Step 1: read; if missing and amended, dirty under mu, counting a miss (Load, LoadAndDelete,
     * CompareAndSwap, CompareAndDelete all do this); optionally delete the key from dirty.
     */
    private SyncMapEntry lockedLookup(K key, boolean deleteFromDirty) {
        ReadOnly<K> r = read;
        SyncMapEntry e = r.m.get(key);
        if (e == null && r.amended) {
            mu.lock();
            try {
                r = read;                                // re-check: dirty may have been promoted
                e = r.m.get(key);
                if (e == null && r.amended) {
                    e = deleteFromDirty ? dirty.remove(key) : dirty.get(key);
                    missLocked();                        // counted whether or not the key exists
                }
            } finally {
                mu.unlock();
            }
        }
        return e;
    }

    /** A key in neither map: make sure dirty exists (step 3), mark read amended, add it. */
    private void newKeyLocked(ReadOnly<K> r, K key, V value) {
        if (!r.amended) {
            dirtyLocked();
            read = new ReadOnly<>(r.m, true);
        }
        dirty.put(key, new SyncMapEntry(value));
    }

    private void missLocked() {
        misses++;
        if (misses < dirty.size()) return;
        read = new ReadOnly<>(dirty, false);             // step 2: promotion; dirty is never mutated again
        dirty = null;
        misses = 0;
    }

    private void dirtyLocked() {
        if (dirty != null) return;
        Map<K, SyncMapEntry> m = read.m;
        dirty = new HashMap<>(Math.max(16, m.size() * 2));
        for (Map.Entry<K, SyncMapEntry> kv : m.entrySet()) {
            if (!kv.getValue().tryExpungeLocked()) dirty.put(kv.getKey(), kv.getValue());
        }
    }

    private Loaded<V> absent() {
        return new Loaded<>(null, false);
    }

    /** (value, true) for a live box, (nil, false) for null. */
    @SuppressWarnings("unchecked")
    private Loaded<V> loaded(Box p) {
        return p == null ? absent() : new Loaded<>((V) p.value, true);
    }
}
