package dev.golab.sync;

/*
 * Go behaviour:    sync.Map's `entry` (src/sync/map.go, Go 1.20-1.23): a slot holding an atomic pointer
 *                  p to the value. p == nil: deleted, but still in the dirty map if one exists.
 *                  p == expunged: deleted and absent from dirty. Otherwise: the live value.
 * Model:           an AtomicReference to a Box (Go's *any; a fresh Box per store, compared by
 *                  identity), null, or the EXPUNGED sentinel; each method is one of Go's entry methods.
 * Invariants:      SME-I1 only methods named *Locked are called with SyncMap's mutex held; only they move
 *                  an entry into or out of EXPUNGED. SME-I2 a Box is never mutated.
 * Differs from Go: values compare with equals (Go: ==, panicking on uncomparable types).
 * See:             SyncMap, SyncMapAnswersTest.
 */
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

final class SyncMapEntry extends AtomicReference<SyncMapEntry.Box> {
    /** Go's *any: one allocation per stored value, so CAS compares stores, not values. */
    static final class Box {
        final Object value;

        Box(Object value) {
            this.value = value;
        }
    }

    static final Box EXPUNGED = new Box("expunged");

    SyncMapEntry(Object value) {
        super(new Box(value));
    }

    /** e.load(): the live box, or null when deleted / expunged. */
    Box live() {
        Box p = get();
        return p == EXPUNGED ? null : p;
    }

    /** e.trySwap: swaps unless expunged; returns the previous box (null = was deleted), or EXPUNGED if it did nothing. */
    Box trySwap(Box b) {
        for (;;) {
            Box p = get();
            if (p == EXPUNGED) return EXPUNGED;
            if (compareAndSet(p, b)) return p;
        }
    }

    /** e.unexpungeLocked: true if it was expunged (the caller must put it back into dirty). */
    boolean unexpungeLocked() {
        return compareAndSet(EXPUNGED, null);
    }

    /**
     * e.tryLoadOrStore: EXPUNGED when expunged (caller retries under the lock), null when it stored
     * {@code b}, otherwise the existing live box (loaded).
     */
    Box tryLoadOrStore(Box b) {
        for (;;) {
            Box p = get();
            if (p == EXPUNGED || p != null) return p;
            if (compareAndSet(null, b)) return null;
        }
    }

    /** e.delete: the deleted live box, or null if there was none. */
    Box delete() {
        for (;;) {
            Box p = get();
            if (p == null || p == EXPUNGED) return null;
            if (compareAndSet(p, null)) return p;
        }
    }

    /** e.tryCompareAndSwap: replaces a live value equal to old. */
    boolean tryCompareAndSwap(Object old, Object neu) {
        Box b = null;
        for (;;) {
            Box p = get();
            if (p == null || p == EXPUNGED || !Objects.equals(p.value, old)) return false;
            if (b == null) b = new Box(neu);
            if (compareAndSet(p, b)) return true;
        }
    }

    /** CompareAndDelete's loop on the entry. */
    boolean compareAndDelete(Object old) {
        for (;;) {
            Box p = get();
            if (p == null || p == EXPUNGED || !Objects.equals(p.value, old)) return false;
            if (compareAndSet(p, null)) return true;
        }
    }

    /** e.tryExpungeLocked: turns a deleted (nil) entry into EXPUNGED; true if it is expunged now. */
    boolean tryExpungeLocked() {
        Box p = get();
        while (p == null) {
            if (compareAndSet(null, EXPUNGED)) return true;
            p = get();
        }
        return p == EXPUNGED;
    }
}
