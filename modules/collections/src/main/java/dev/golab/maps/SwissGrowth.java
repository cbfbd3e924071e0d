package dev.golab.maps;

/*
 * Go behaviour:    internal/runtime/maps (go1.24) growth: a small map (one group) becomes a 16-slot table
 *                  when its 9th key arrives; a full table (growthLeft == 0) is rehashed ALL AT ONCE into a
 *                  table of twice the capacity, up to maxTableCapacity = 1024 slots; a full 1024-slot table
 *                  splits into two tables by hash bit (64 - localDepth - 1), and the directory doubles when
 *                  the splitting table's localDepth equals globalDepth (extendible hashing).
 * Model:           growToTable, rehash (grow or split), installTableSplit, replaceTable — map.go / table.go.
 * Invariants:      SWG-I1 (SwissMap) directory entries of a table are contiguous from its index, 2^(gd-ld) long.
 *                  SWG-I3 no table exceeds 1024 slots. Replaced tables get index -1 (iterators notice it).
 * Differs from Go: none in the rules; Go's table grow reuses typed memory, here new Java arrays.
 * See:             SwissMap, MapsChapter (growth shown live).
 */
final class SwissGrowth {
    private SwissGrowth() {}

    static void growToTable(SwissMap<?, ?> m) {
        SwissTable tab = new SwissTable(2 * SwissTable.SLOTS, 0, 0);
        for (int s = 0; s < SwissTable.SLOTS; s++) {
            if (m.small.full(s)) tab.uncheckedPut(m.small.slots[2 * s], Keys.hash(m.small.slots[2 * s], m.seed), m.small.slots[2 * s + 1]);
        }
        m.small = null;
        m.directory = new SwissTable[] {tab};
        m.globalDepth = 0;
    }

    /** table.rehash: double up to 1024 slots, else split. */
    static void rehash(SwissMap<?, ?> m, SwissTable t) {
        int newCapacity = 2 * t.capacity;
        if (newCapacity <= SwissTable.MAX_TABLE_CAPACITY) {
            SwissTable nt = new SwissTable(newCapacity, t.index, t.localDepth);
            moveAll(m, t, nt, null, 0);
            t.index = -1;
            replaceTable(m, nt);
            return;
        }
        int localDepth = t.localDepth + 1;
        SwissTable left = new SwissTable(SwissTable.MAX_TABLE_CAPACITY, -1, localDepth);
        SwissTable right = new SwissTable(SwissTable.MAX_TABLE_CAPACITY, -1, localDepth);
        moveAll(m, t, left, right, 1L << (64 - localDepth));
        installTableSplit(m, t, left, right);
        t.index = -1;
    }

    static void moveAll(SwissMap<?, ?> m, SwissTable from, SwissTable left, SwissTable right, long mask) {
        for (int s = 0; s < from.capacity; s++) {
            if (!from.full(s)) continue;
            long h = Keys.hash(from.slots[2 * s], m.seed);
            SwissTable dst = right != null && (h & mask) != 0 ? right : left;
            dst.uncheckedPut(from.slots[2 * s], h, from.slots[2 * s + 1]);
        }
    }

    static void installTableSplit(SwissMap<?, ?> m, SwissTable old, SwissTable left, SwissTable right) {
        if (old.localDepth == m.globalDepth) { // no room for another level: double the directory
            SwissTable[] nd = new SwissTable[m.directory.length * 2];
            for (int i = 0; i < m.directory.length; i++) {
                SwissTable t = m.directory[i];
                nd[2 * i] = t;
                nd[2 * i + 1] = t;
                if (t.index == i) t.index = 2 * i;
            }
            m.globalDepth++;
            m.directory = nd;
        }
        left.index = old.index;
        replaceTable(m, left);
        right.index = left.index + (1 << (m.globalDepth - left.localDepth));
        replaceTable(m, right);
    }

    static void replaceTable(SwissMap<?, ?> m, SwissTable nt) {
        int entries = 1 << (m.globalDepth - nt.localDepth);
        for (int i = 0; i < entries; i++) m.directory[nt.index + i] = nt;
    }
}
