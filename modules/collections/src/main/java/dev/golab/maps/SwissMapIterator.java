package dev.golab.maps;

/*
 * Go behaviour:    internal/runtime/maps/table.go Iter (go1.24): a range picks a random directory offset
 *                  and a random entry offset; it visits each table once, slots from the entry offset
 *                  (wrapping). If the table it is walking was replaced by growth (or the map was cleared),
 *                  it keeps walking the old table for ORDER but takes each key's current value from the
 *                  live map, skipping keys deleted since.
 * Model:           snapshot the distinct tables in directory order from the random offset; for each full
 *                  slot produce it directly if its table is still live, otherwise re-look the key up.
 * Invariants:      SMI-I2 (GoMap): deleted keys are not produced; keys present throughout are produced once.
 * Differs from Go: Go also follows directory growth to pick up split tables mid-walk; here entries added to
 *                  tables created after the range began are not produced (allowed by the spec).
 * See:             MapPropertiesTest.
 */
import dev.golab.runtime.GoFatal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ThreadLocalRandom;

final class SwissMapIterator<K, V> implements Iterator<GoMap.Entry<K, V>> {
    private final SwissMap<K, V> m;
    private final List<SwissTable> tables = new ArrayList<>();
    private final boolean wasSmall;
    private final long clearSeq;
    private final long entryOffset;
    private int tableIdx;
    private int slotIdx;
    private GoMap.Entry<K, V> current;
    private boolean advanced;

    SwissMapIterator(SwissMap<K, V> m) {
        this.m = m;
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        entryOffset = rnd.nextLong();
        clearSeq = m.clearSeq;
        wasSmall = m.small != null;
        if (m.isNil() || m.len() == 0) return;
        if (wasSmall) {
            tables.add(m.small);
            return;
        }
        int n = m.directory.length;
        int dirOffset = rnd.nextInt(n);
        IdentityHashMap<SwissTable, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            SwissTable t = m.directory[(dirOffset + i) & (n - 1)];
            if (seen.put(t, Boolean.TRUE) == null) tables.add(t);
        }
    }

    @Override
    public boolean hasNext() {
        if (!advanced) {
            current = advance();
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

    private boolean stale(SwissTable t) {
        if (clearSeq != m.clearSeq) return true;
        return wasSmall ? m.small != t : t.index == -1;
    }

    @SuppressWarnings("unchecked")
    private GoMap.Entry<K, V> advance() {
        if (m.writing()) throw new GoFatal("concurrent map iteration and map write");
        while (tableIdx < tables.size()) {
            SwissTable t = tables.get(tableIdx);
            int mask = t.capacity - 1;
            while (slotIdx < t.capacity) {
                int slot = (int) ((slotIdx++ + entryOffset) & mask);
                if (!t.full(slot)) continue;
                Object k = t.slots[2 * (slot)];
                boolean nanSurvives = clearSeq == m.clearSeq && !Keys.reflexive(k); // NaN: cannot be deleted
                if (!stale(t) || nanSurvives) return new GoMap.Entry<>((K) k, (V) t.slots[2 * (slot) + 1]);
                Object[] live = m.find(k);
                if (live != null) return new GoMap.Entry<>((K) live[0], (V) live[1]);
            }
            tableIdx++;
            slotIdx = 0;
        }
        return null;
    }
}
