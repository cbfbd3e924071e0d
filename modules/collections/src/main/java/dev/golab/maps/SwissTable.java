package dev.golab.maps;

/*
 * Go behaviour:    internal/runtime/maps/table.go + group.go (go1.24): a table is a power-of-two number of
 *                  slots in groups of 8; each group has an 8-byte control word: 0x80 empty, 0xFE deleted
 *                  (tombstone), 0b0xxxxxxx full with the key's H2 (low 7 hash bits). Lookups probe groups
 *                  quadratically from H1 (hash >> 7): offset, +1, +3, +6, ... and stop at a group with an
 *                  empty slot. growthLeft = capacity*7/8 (capacity-1 for one group); deleting from a
 *                  group that has an empty slot frees the slot, otherwise leaves a tombstone.
 * Model:           a table is two flat parallel arrays indexed by group g: ctrls[g] is the group's 8 control
 *                  bytes packed little-endian in one long, matched with group.go's portable SWAR tricks
 *                  (matchH2, matchEmpty, matchEmptyOrDeleted: 8 slots per compare, no per-byte loop), and
 *                  slots[16g .. 16g+16) holds the group's 8 slots as key/elem pairs (slot s: key at 2s, elem
 *                  at 2s+1, Go's slot order). Lookups read the group's first slot together with its control
 *                  word (findIndex) so the two cache misses can overlap, as adjacent lines do in Go (SWAR
 *                  matching computes the slot index from the ctrl DATA, so without it the slot load waits).
 * Invariants:      ST-I1 used + growthLeft + tombstones-consumed <= capacity*7/8. ST-I2 every probe sequence ends
 *                  at a group with an empty slot. ST-I3 index == -1 once the table was replaced (grown/split).
 * Differs from Go: Go's group is ONE block (ctrl word, then 8 key/elem slots inline); Java cannot mix a long
 *                  and references in one array, so group g is ctrls[g] plus a 64-byte run of slots, and keys
 *                  are references (a compare may touch the key object; Go compares key memory in place).
 *                  Every array access is bounds-checked, so a lookup also reads the two arrays' headers
 *                  (lengths) — one dependent load more than Go's table -> groups.data -> group chain; with
 *                  ~2000 tables at 1e6 keys these headers are not all hot (see docs/answers/collections.md).
 *                  No 1.25 tombstone pruning (Go 1.24 has none either).
 * See:             SwissMap, MapPropertiesTest.
 */
final class SwissTable {
    static final int SLOTS = 8;
    static final int MAX_TABLE_CAPACITY = 1024;
    static final long EMPTY = 0x80;
    static final long DELETED = 0xFE;
    static final long LSB = 0x0101010101010101L;
    static final long MSB = 0x8080808080808080L;
    static final long ALL_EMPTY = 0x8080808080808080L;

    final int capacity;
    final long[] ctrls;
    /** Slot s holds its key at [2s] and elem at [2s+1] (Go's slot = key/elem pair). */
    final Object[] slots;
    int used;
    int growthLeft;
    int localDepth;
    int index;

    SwissTable(int capacity, int index, int localDepth) {
        if (capacity < SLOTS) capacity = SLOTS;
        capacity = Integer.highestOneBit(capacity - 1) << 1;
        this.capacity = capacity;
        this.ctrls = new long[capacity / SLOTS];
        java.util.Arrays.fill(ctrls, ALL_EMPTY);
        this.slots = new Object[2 * capacity];
        this.index = index;
        this.localDepth = localDepth;
        resetGrowthLeft();
    }

    void resetGrowthLeft() {
        growthLeft = capacity <= SLOTS ? capacity - 1 : capacity * 7 / SLOTS;
    }

    static long h1(long hash) {
        return hash >>> 7;
    }

    static int h2(long hash) {
        return (int) (hash & 0x7f);
    }

    static long matchH2(long ctrl, int h2) {
        long x = ctrl ^ (LSB * h2);
        return (x - LSB) & ~x & MSB;
    }

    static long matchEmpty(long ctrl) {
        return (ctrl & ~(ctrl << 6)) & MSB;
    }

    static long matchEmptyOrDeleted(long ctrl) {
        return ctrl & MSB;
    }

    static long matchFull(long ctrl) {
        return ~ctrl & MSB;
    }

    static int first(long bitset) {
        return Long.numberOfTrailingZeros(bitset) >>> 3;
    }

    static int ctrlAt(long ctrl, int i) {
        return (int) ((ctrl >>> (i * 8)) & 0xff);
    }

    void setCtrl(int slot, long c) {
        int g = slot / SLOTS;
        int shift = (slot % SLOTS) * 8;
        ctrls[g] = (ctrls[g] & ~(0xffL << shift)) | ((c & 0xff) << shift);
    }

    int groupMask() {
        return ctrls.length - 1;
    }

    /** The slot holding key, or -1. */
    int find(Object key, long hash) {
        int i = findIndex(key, hash);
        return i < 0 ? -1 : i >> 1;
    }

    /**
     * table.getWithKey: probe groups from H1, SWAR-match H2 in each control word, compare candidate keys,
     * stop at a group with an empty slot. Returns the key's index in slots (elem at +1), or -1. A SWAR false
     * positive is always a FULL slot (its byte is H2 ^ 1, which has the high bit clear), so comparing its key
     * is merely wasted work, never a wrong answer.
     */
    int findIndex(Object key, long hash) {
        final long[] cs = ctrls;
        final Object[] sl = slots;
        final int mask = cs.length - 1;
        final long pattern = LSB * (hash & 0x7f);
        int offset = (int) (hash >>> 7) & mask;
        for (int idx = 1; idx <= cs.length; idx++) {
            int base = offset << 4;
            Object k0 = sl[base]; // the group's first slot, loaded together with its control word (see header)
            long ctrl = cs[offset];
            long x = ctrl ^ pattern;
            for (long m = (x - LSB) & ~x & MSB; m != 0; m &= m - 1) {
                int i = base + ((Long.numberOfTrailingZeros(m) >>> 3) << 1);
                if (Keys.equal(key, i == base ? k0 : sl[i])) return i;
            }
            if ((ctrl & ~(ctrl << 6) & MSB) != 0) return -1; // an empty slot ends the probe sequence
            offset = (offset + idx) & mask; // quadratic (triangular) probing over groups
        }
        return -1;
    }

    /**
     * table.PutSlot: update in place, or insert reusing the first tombstone on the probe path; returns
     * 1 if updated, 2 if inserted, 0 if the table is full and must be rehashed (nothing stored).
     */
    int put(Object key, long hash, Object value) {
        int mask = groupMask();
        int h2 = h2(hash);
        int offset = (int) (h1(hash) & mask);
        int firstDeleted = -1;
        for (int idx = 0; ; ) {
            long ctrl = ctrls[offset];
            for (long m = matchH2(ctrl, h2); m != 0; m &= m - 1) {
                int slot = offset * SLOTS + first(m);
                if (ctrlAt(ctrl, slot % SLOTS) == h2 && Keys.equal(key, slots[2 * (slot)])) {
                    slots[2 * (slot)] = key;
                    slots[2 * (slot) + 1] = value;
                    return 1;
                }
            }
            long empties = matchEmpty(ctrl);
            if (empties == 0) {
                long del = matchEmptyOrDeleted(ctrl);
                if (del != 0 && firstDeleted < 0) firstDeleted = offset * SLOTS + first(del);
                idx++;
                offset = (offset + idx) & mask;
                continue;
            }
            int slot = offset * SLOTS + first(empties);
            if (firstDeleted >= 0) {
                slot = firstDeleted;
                growthLeft++; // reusing a tombstone costs no growth
            }
            if (growthLeft <= 0) return 0;
            slots[2 * (slot)] = key;
            slots[2 * (slot) + 1] = value;
            setCtrl(slot, h2);
            growthLeft--;
            used++;
            return 2;
        }
    }

    /** Insert a key known to be absent into a table with room (rehash/split path). */
    void uncheckedPut(Object key, long hash, Object value) {
        int mask = groupMask();
        int offset = (int) (h1(hash) & mask);
        for (int idx = 0; ; ) {
            long e = matchEmptyOrDeleted(ctrls[offset]);
            if (e != 0) {
                int slot = offset * SLOTS + first(e);
                slots[2 * (slot)] = key;
                slots[2 * (slot) + 1] = value;
                setCtrl(slot, h2(hash));
                growthLeft--;
                used++;
                return;
            }
            idx++;
            offset = (offset + idx) & mask;
        }
    }

    /** Removes slot: empty if its group has an empty slot (no probe passes through it), else a tombstone. */
    void deleteSlot(int slot) {
        slots[2 * (slot)] = null;
        slots[2 * (slot) + 1] = null;
        used--;
        if (matchEmpty(ctrls[slot / SLOTS]) != 0) {
            setCtrl(slot, EMPTY);
            growthLeft++;
        } else {
            setCtrl(slot, DELETED);
        }
    }

    boolean full(int slot) {
        return (ctrlAt(ctrls[slot / SLOTS], slot % SLOTS) & 0x80) == 0;
    }

    int tombstones() {
        int n = 0;
        for (int s = 0; s < capacity; s++) if (ctrlAt(ctrls[s / SLOTS], s % SLOTS) == DELETED) n++;
        return n;
    }

    void clear() {
        java.util.Arrays.fill(ctrls, ALL_EMPTY);
        java.util.Arrays.fill(slots, null);
        used = 0;
        resetGrowthLeft();
    }
}
