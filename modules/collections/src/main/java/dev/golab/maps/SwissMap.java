package dev.golab.maps;

/*
 * Go behaviour:    internal/runtime/maps/map.go (go1.24+): a map of <= 8 entries is one group with no
 *                  table ("small map"); beyond that, a directory of 2^globalDepth table pointers indexed by
 *                  the hash's top globalDepth bits. A full table doubles its capacity up to 1024 slots;
 *                  past that it SPLITS into two tables by the next hash bit (localDepth+1), doubling the
 *                  directory when localDepth == globalDepth (extendible hashing). No overflow buckets, no
 *                  whole-map incremental evacuation: each table grows independently, all at once.
 * Model:           1. small: one SwissTable of 8 slots filled completely (no probing), then growToTable(16).
 *                  2. put -> directory[hash >>> (64-globalDepth)].put; on "full" rehash (grow or split),
 *                     then retry from the directory.
 *                  3. clear keeps capacity, bumps clearSeq, re-seeds.
 *                  4. writing flag toggled around writes; seen by another access -> GoFatal.
 * Invariants:      SW-I1 every directory entry i points at a table whose index <= i < index + 2^(gd-ld).
 *                  SW-I2 count == sum of table.used. SW-I3 table capacity <= 1024.
 * Differs from Go: make(hint) sizes like Go's NewMap (targetCapacity = hint*8/7, split over a directory);
 *                  hashing is Keys' mixer, not Go's.
 * See:             MapAnswersTest (Swiss), MapPropertiesTest, MapBenchmark.
 */
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.IdentityHashMap;
import java.util.Iterator;

public final class SwissMap<K, V> implements GoMap<K, V> {
    private static final VarHandle WRITING;

    static {
        try {
            WRITING = MethodHandles.lookup().findVarHandle(SwissMap.class, "writing", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final boolean nil;
    private final V zero;
    @SuppressWarnings("unused") private int writing;
    long seed = Keys.newSeed();
    int used;
    int globalDepth;
    SwissTable[] directory; // directory.length == 1 << globalDepth; null while small
    SwissTable small;
    long clearSeq;

    private SwissMap(boolean nil, V zero) {
        this.nil = nil;
        this.zero = zero;
    }

    public static <K, V> SwissMap<K, V> nilMap(V zero) {
        return new SwissMap<>(true, zero);
    }

    /** maps.NewMap: small for hint <= 8, else enough tables for hint*8/7 slots. */
    public static <K, V> SwissMap<K, V> make(int hint, V zero) {
        SwissMap<K, V> m = new SwissMap<>(false, zero);
        if (hint <= SwissTable.SLOTS) {
            m.small = new SwissTable(SwissTable.SLOTS, 0, 0);
            m.small.growthLeft = SwissTable.SLOTS; // a small map fills all 8 slots
            return m;
        }
        long target = (long) hint * SwissTable.SLOTS / 7;
        long dirSize = (target + SwissTable.MAX_TABLE_CAPACITY - 1) / SwissTable.MAX_TABLE_CAPACITY;
        if (dirSize > 1) dirSize = Long.highestOneBit(dirSize - 1) << 1; // alignUpPow2
        m.globalDepth = Long.numberOfTrailingZeros(dirSize);
        m.directory = new SwissTable[(int) dirSize];
        for (int i = 0; i < dirSize; i++) m.directory[i] = new SwissTable((int) (target / dirSize), i, m.globalDepth);
        return m;
    }

    private void enterWrite() {
        if ((int) WRITING.getOpaque(this) != 0) throw new GoFatal("concurrent map writes");
        WRITING.setOpaque(this, 1);
    }

    private void exitWrite() {
        if ((int) WRITING.getOpaque(this) == 0) throw new GoFatal("concurrent map writes");
        WRITING.setOpaque(this, 0);
    }

    SwissTable tableFor(long hash) {
        return directory[directoryIndex(hash)];
    }

    /** The top globalDepth bits of the hash (0 when globalDepth is 0: two shifts, as Java masks the count). */
    private int directoryIndex(long hash) {
        return (int) ((hash >>> 1) >>> (63 - globalDepth));
    }

    private int smallFind(Object key, long hash) {
        long ctrl = small.ctrls[0];
        int h2 = SwissTable.h2(hash);
        for (long m = SwissTable.matchH2(ctrl, h2); m != 0; m &= m - 1) {
            int slot = SwissTable.first(m);
            if (SwissTable.ctrlAt(ctrl, slot) == h2 && Keys.equal(key, small.slots[2 * (slot)])) return slot;
        }
        return -1;
    }

    /** {key, elem} or null; no concurrency check (the iterator's re-lookup). */
    Object[] find(Object key) {
        long hash = Keys.hash(key, seed);
        if (small != null) {
            int s = smallFind(key, hash);
            return s < 0 ? null : new Object[] {small.slots[2 * s], small.slots[2 * s + 1]};
        }
        SwissTable t = tableFor(hash);
        int s = t.find(key, hash);
        return s < 0 ? null : new Object[] {t.slots[2 * s], t.slots[2 * s + 1]};
    }

    private static final Object MISSING = new Object();

    /** The elem for key, or MISSING (Map.getWithKey: directory -> table -> probe groups). */
    private Object lookup(Object key) {
        if (nil || used == 0) {
            Keys.hash(key, 0);
            return MISSING;
        }
        if ((int) WRITING.getOpaque(this) != 0) throw new GoFatal("concurrent map read and map write");
        long hash = Keys.hash(key, seed);
        SwissTable[] dir = directory;
        if (dir == null) {
            int s = smallFind(key, hash);
            return s < 0 ? MISSING : small.slots[2 * s + 1];
        }
        SwissTable t = dir[directoryIndex(hash)];
        int i = t.findIndex(key, hash);
        return i < 0 ? MISSING : t.slots[i + 1];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(K key) {
        Object v = lookup(key);
        return v == MISSING ? zero : (V) v;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Lookup<V> getOk(K key) {
        Object v = lookup(key);
        return v == MISSING ? new Lookup<>(zero, false) : new Lookup<>((V) v, true);
    }

    @Override
    public void put(K key, V value) {
        if (nil) throw new GoPanic("assignment to entry in nil map");
        long hash = Keys.hash(key, seed);
        enterWrite();
        if (small != null) {
            int s = smallFind(key, hash);
            if (s >= 0) {
                small.slots[2 * s] = key;
                small.slots[2 * s + 1] = value;
                exitWrite();
                return;
            }
            if (small.used < SwissTable.SLOTS) {
                int slot = SwissTable.first(SwissTable.matchEmptyOrDeleted(small.ctrls[0]));
                small.slots[2 * (slot)] = key;
                small.slots[2 * (slot) + 1] = value;
                small.setCtrl(slot, SwissTable.h2(hash));
                small.used++;
                used++;
                exitWrite();
                return;
            }
            SwissGrowth.growToTable(this);
        }
        for (;;) {
            SwissTable t = tableFor(hash);
            int r = t.put(key, hash, value);
            if (r == 2) used++;
            if (r != 0) break;
            SwissGrowth.rehash(this, t);
        }
        exitWrite();
    }

    @Override
    public void delete(K key) {
        if (nil || used == 0) {
            Keys.hash(key, 0);
            return;
        }
        long hash = Keys.hash(key, seed);
        enterWrite();
        if (small != null) {
            int s = smallFind(key, hash);
            if (s >= 0) {
                small.slots[2 * s] = null;
                small.slots[2 * s + 1] = null;
                small.setCtrl(s, SwissTable.EMPTY);
                small.used--;
                used--;
            }
        } else {
            SwissTable t = tableFor(hash);
            int s = t.find(key, hash);
            if (s >= 0) {
                t.deleteSlot(s);
                used--;
            }
        }
        if (used == 0) seed = Keys.newSeed();
        exitWrite();
    }

    @Override
    public void clear() {
        if (nil || used == 0) return;
        enterWrite();
        if (small != null) {
            small.clear();
            small.growthLeft = SwissTable.SLOTS;
        } else {
            for (SwissTable t : distinctTables()) t.clear();
        }
        used = 0;
        clearSeq++;
        seed = Keys.newSeed();
        exitWrite();
    }

    SwissTable[] distinctTables() {
        if (directory == null) return new SwissTable[0];
        IdentityHashMap<SwissTable, Boolean> seen = new IdentityHashMap<>();
        java.util.List<SwissTable> out = new java.util.ArrayList<>();
        for (SwissTable t : directory) if (seen.put(t, Boolean.TRUE) == null) out.add(t);
        return out.toArray(new SwissTable[0]);
    }

    boolean writing() {
        return (int) WRITING.getOpaque(this) != 0;
    }

    @Override
    public int len() {
        return nil ? 0 : used;
    }

    @Override
    public boolean isNil() {
        return nil;
    }

    @Override
    public Iterator<Entry<K, V>> iterator() {
        return new SwissMapIterator<>(this);
    }

    @Override
    public MapStats.Swiss stats() {
        if (nil) return new MapStats.Swiss(0, true, 0, 0, 0, 0, 0);
        if (small != null) return new MapStats.Swiss(used, true, 0, 0, 0, SwissTable.SLOTS, 0);
        int cap = 0;
        int tomb = 0;
        SwissTable[] ts = distinctTables();
        for (SwissTable t : ts) {
            cap += t.capacity;
            tomb += t.tombstones();
        }
        return new MapStats.Swiss(used, false, globalDepth, directory.length, ts.length, cap, tomb);
    }

    @Override
    public String model() {
        return "maps.Swiss";
    }
}
