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
 * Invariants:      I1 an entry is EXPUNGED iff it is in read but not in dirty (dirty != nil).
 *                  I2 while amended, every live key is in dirty. I3 read's map is never mutated after
 *                  it is published; only entries change.
 * Differs from Go: Go 1.24 replaced this design with a concurrent hash-trie (internal/sync.HashTrieMap);
 *                  the lab models the 1.23 two-map design the checklist describes. Values compare with
 *                  equals (Go: ==, panicking on uncomparable types). Range order is HashMap order,
 *                  not randomised. internals() is a lab hook.
 * See:             SyncMapAnswersTest, SyncLinearizabilityAnswersTest.
 */
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;

public final class SyncMap<K, V> {
    /** Go's two results: (value, ok) / (actual, loaded) / (previous, loaded). */
    public record Loaded<V>(V value, boolean loaded) {}

    /** Lab view: keys of the read map, keys of the dirty map (null when nil), amended, misses. */
    public record Internals<K>(Set<K> read, Set<K> dirty, boolean amended, int misses) {}

    private record Box(Object value) {}

    private static final Box EXPUNGED = new Box("expunged");

    private static final class Entry extends AtomicReference<Box> {
        Entry(Box b) {
            super(b);
        }
    }

    private record ReadOnly<K>(Map<K, Entry> m, boolean amended) {}

    private final Mutex mu = new Mutex();
    private volatile ReadOnly<K> read = new ReadOnly<>(Map.of(), false);
    private HashMap<K, Entry> dirty;                 // guarded by mu
    private int misses;                              // guarded by mu

    /** {@code m.Load(key)}. */
    public Loaded<V> load(K key) {
        ReadOnly<K> r = read;
        Entry e = r.m.get(key);
        if (e == null && r.amended) {
            mu.lock();
            try {
                r = read;                            // re-check: dirty may have been promoted
                e = r.m.get(key);
                if (e == null && r.amended) {
                    e = dirty.get(key);
                    missLocked();                    // counted whether or not the key exists
                }
            } finally {
                mu.unlock();
            }
        }
        return e == null ? new Loaded<>(null, false) : loadEntry(e);
    }

    /** {@code m.Store(key, value)}. */
    public void store(K key, V value) {
        swap(key, value);
    }

    /** {@code m.Swap(key, value)}: stores, returning the previous value if any. */
    public Loaded<V> swap(K key, V value) {
        Box b = new Box(value);
        Entry e = read.m.get(key);
        if (e != null) {
            Box prev = trySwap(e, b);
            if (prev != EXPUNGED) return loadedOf(prev);
        }
        mu.lock();
        try {
            ReadOnly<K> r = read;
            e = r.m.get(key);
            Box prev = null;
            if (e != null) {
                if (e.compareAndSet(EXPUNGED, null)) dirty.put(key, e);      // unexpunge (I1)
                prev = e.getAndSet(b);
            } else if ((e = dirty == null ? null : dirty.get(key)) != null) {
                prev = e.getAndSet(b);
            } else {
                newKeyLocked(r, key, b);
            }
            return loadedOf(prev);
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.LoadOrStore(key, value)}: the existing value (loaded) or stores and returns value. */
    @SuppressWarnings("unchecked")
    public Loaded<V> loadOrStore(K key, V value) {
        Entry e = read.m.get(key);
        if (e != null) {
            Loaded<V> got = tryLoadOrStore(e, value);
            if (got != null) return got;             // null: the entry is expunged
        }
        mu.lock();
        try {
            ReadOnly<K> r = read;
            e = r.m.get(key);
            if (e != null) {
                if (e.compareAndSet(EXPUNGED, null)) dirty.put(key, e);
                return tryLoadOrStore(e, value);
            } else if ((e = dirty == null ? null : dirty.get(key)) != null) {
                Loaded<V> got = tryLoadOrStore(e, value);
                missLocked();
                return got;
            }
            newKeyLocked(r, key, new Box(value));
            return new Loaded<>(value, false);
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.LoadAndDelete(key)}. */
    public Loaded<V> loadAndDelete(K key) {
        Entry e = lockedLookup(key, true);
        if (e == null) return new Loaded<>(null, false);
        for (;;) {
            Box p = e.get();
            if (p == null || p == EXPUNGED) return new Loaded<>(null, false);
            if (e.compareAndSet(p, null)) return loadedOf(p);
        }
    }

    /** {@code m.Delete(key)}. */
    public void delete(K key) {
        loadAndDelete(key);
    }

    /** {@code m.CompareAndSwap(key, old, new)}: swaps if the key is present with a value equal to old. */
    public boolean compareAndSwap(K key, V old, V neu) {
        ReadOnly<K> r = read;
        Entry e = r.m.get(key);
        if (e != null) return tryCompareAndSwap(e, old, neu);
        if (!r.amended) return false;                // no such key
        mu.lock();
        try {
            e = read.m.get(key);
            if (e != null) return tryCompareAndSwap(e, old, neu);
            e = dirty == null ? null : dirty.get(key);
            if (e == null) return false;
            boolean swapped = tryCompareAndSwap(e, old, neu);
            missLocked();
            return swapped;
        } finally {
            mu.unlock();
        }
    }

    /** {@code m.CompareAndDelete(key, old)}. */
    public boolean compareAndDelete(K key, V old) {
        Entry e = lockedLookup(key, false);
        while (e != null) {
            Box p = e.get();
            if (p == null || p == EXPUNGED || !Objects.equals(p.value, old)) return false;
            if (e.compareAndSet(p, null)) return true;
        }
        return false;
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
        for (Map.Entry<K, Entry> kv : r.m.entrySet()) {
            Box p = kv.getValue().get();
            if (p == null || p == EXPUNGED) continue;
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

    // --- helpers -----------------------------------------------------------------------------

    /** Read, then (missing and amended) dirty under mu with a miss; optionally delete from dirty. */
    private Entry lockedLookup(K key, boolean deleteFromDirty) {
        ReadOnly<K> r = read;
        Entry e = r.m.get(key);
        if (e == null && r.amended) {
            mu.lock();
            try {
                r = read;
                e = r.m.get(key);
                if (e == null && r.amended) {
                    e = deleteFromDirty ? dirty.remove(key) : dirty.get(key);
                    missLocked();
                }
            } finally {
                mu.unlock();
            }
        }
        return e;
    }

    /** A key in neither map: make sure dirty exists (step 3), mark read amended, add it. */
    private void newKeyLocked(ReadOnly<K> r, K key, Box b) {
        if (!r.amended) {
            dirtyLocked();
            read = new ReadOnly<>(r.m, true);
        }
        dirty.put(key, new Entry(b));
    }

    private void missLocked() {
        misses++;
        if (misses < dirty.size()) return;
        read = new ReadOnly<>(dirty, false);         // step 2: promotion; dirty is never mutated again
        dirty = null;
        misses = 0;
    }

    private void dirtyLocked() {
        if (dirty != null) return;
        Map<K, Entry> m = read.m;
        dirty = new HashMap<>(Math.max(16, m.size() * 2));
        for (Map.Entry<K, Entry> kv : m.entrySet()) {
            if (!tryExpungeLocked(kv.getValue())) dirty.put(kv.getKey(), kv.getValue());
        }
    }

    private static boolean tryExpungeLocked(Entry e) {
        Box p = e.get();
        while (p == null) {
            if (e.compareAndSet(null, EXPUNGED)) return true;
            p = e.get();
        }
        return p == EXPUNGED;
    }

    @SuppressWarnings("unchecked")
    private Loaded<V> loadEntry(Entry e) {
        Box p = e.get();
        return p == null || p == EXPUNGED ? new Loaded<>(null, false) : new Loaded<>((V) p.value, true);
    }

    @SuppressWarnings("unchecked")
    private Loaded<V> loadedOf(Box prev) {
        return prev == null ? new Loaded<>(null, false) : new Loaded<>((V) prev.value, true);
    }

    /** Swaps unless expunged; returns the previous box, or EXPUNGED if it did nothing. */
    private static Box trySwap(Entry e, Box b) {
        for (;;) {
            Box p = e.get();
            if (p == EXPUNGED) return EXPUNGED;
            if (e.compareAndSet(p, b)) return p;
        }
    }

    /** null when the entry is expunged (caller retries under the lock). */
    @SuppressWarnings("unchecked")
    private Loaded<V> tryLoadOrStore(Entry e, V value) {
        Box p = e.get();
        if (p == EXPUNGED) return null;
        if (p != null) return new Loaded<>((V) p.value, true);
        Box b = new Box(value);
        for (;;) {
            if (e.compareAndSet(null, b)) return new Loaded<>(value, false);
            p = e.get();
            if (p == EXPUNGED) return null;
            if (p != null) return new Loaded<>((V) p.value, true);
        }
    }

    private static boolean tryCompareAndSwap(Entry e, Object old, Object neu) {
        Box p = e.get();
        if (p == null || p == EXPUNGED || !Objects.equals(p.value, old)) return false;
        Box b = new Box(neu);
        for (;;) {
            if (e.compareAndSet(p, b)) return true;
            p = e.get();
            if (p == null || p == EXPUNGED || !Objects.equals(p.value, old)) return false;
        }
    }
}
