package dev.golab.runtime.proc;

/*
 * Go behaviour:    Go keeps no shared counter that every `go` and every goroutine exit writes: a dead G
 *                  goes to its P's free list, and gcount() works the number out when asked
 *                  (runtime/proc.go gfput, gcount; Go 1.23).
 * Model:           a counter striped by thread. A thread adds to the slot of its thread id (mod
 *                  STRIPES); slots are 128 bytes apart, so Ms that start goroutines on one core and end
 *                  them on another write different cache lines. sum() adds up the slots.
 * Invariants:      SC-I1 once every add has returned, sum() is the sum of all adds (each add is one
 *                  atomic getAndAdd on one slot; threads that share a slot stay correct, only slower).
 * Differs from Go: a counter kept where Go computes one. It replaced LongAdder, which stripes only after
 *                  a CAS on its base fails: two Ms that add and subtract in turn rarely fail a CAS, so
 *                  every call moved the base's cache line between the cores. JFR put LongAdder.add at
 *                  27 % of a 10^6 spawn+join on CONT (2026-12-07).
 * See:             AllGs, ContRuntime (live Gs), GoSpawnBenchmark.
 */
import java.util.concurrent.atomic.AtomicLongArray;

public final class StripedCounter {
    static final int STRIPES = 16;                       // a power of two
    private static final int PAD = 16;                   // longs per slot: 128 bytes (the adjacent-line prefetch)
    private final AtomicLongArray slots = new AtomicLongArray((STRIPES + 1) * PAD);

    public void add(long x) {
        slots.getAndAdd(slot(Thread.currentThread().threadId()), x);
    }

    public void increment() {
        add(1);
    }

    public void decrement() {
        add(-1);
    }

    /** The total: exact once no add is in flight (SC-I1). */
    public long sum() {
        long s = 0;
        for (int i = 1; i <= STRIPES; i++) s += slots.get(i * PAD);
        return s;
    }

    /** Slot 0 is left empty: it shares its line with the array's header. */
    static int slot(long threadId) {
        return (int) ((threadId & (STRIPES - 1)) + 1) * PAD;
    }
}
