package dev.golab.runtime;

/*
 * Go behaviour:    runtime/proc.go allgs: every G the program created, appended by newproc under
 *                  allglock; a dead G stays (it is reused from the P's gFree list) and readers such as
 *                  NumGoroutine and tracebacks skip the dead ones by their status.
 * Model:           the registry of live goroutines of a non-VT backend (CONT), built so that `go` and a
 *                  goroutine's end cost a few stores and no pointer chasing:
 *                  1 add appends g to the current chunk (CHUNK slots) of one of SHARDS shards, under
 *                    that shard's spin lock (g.id() % SHARDS: concurrent spawners rarely meet), and
 *                    records the chunk and slot in g;
 *                  2 remove clears that slot (one store) and counts g out (a StripedCounter);
 *                  3 when a shard opens a new chunk it drops the full chunks whose slots are all
 *                    clear, scanning each slot once in its life (a chunk remembers how far it is clear).
 *                  Readers (live()) hold each shard's lock while they copy its non-empty slots.
 *                  VT goroutines stay in Goroutine's map, keyed by their thread (current() needs it).
 * Invariants:      AG-I1 a goroutine is in exactly one slot from add to remove, and in none after.
 *                  AG-I2 count() = adds − removes (the goroutines between go and their end).
 *                  AG-I3 a chunk is dropped only when full and all clear, so no live goroutine is lost.
 * Differs from Go: Go reuses dead Gs; a lab Goroutine is an object users keep, so slots are cleared
 *                  and chunks dropped instead. This replaced a ConcurrentHashMap, whose put and remove
 *                  were 41 % of a 10^6 spawn+join on CONT in JFR (docs/handoff-log.md).
 * See:             Goroutine, AllGsTest, GoSpawnBenchmark.
 */
import dev.golab.runtime.proc.StripedCounter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

final class AllGs {
    static final int SHARDS = 16;
    static final int CHUNK = 1024;
    private static final int SPINS = 32;
    private static final VarHandle LOCK;

    static {
        try {
            LOCK = MethodHandles.lookup().findVarHandle(Shard.class, "lock", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A block of slots; slots only ever go from a goroutine to null. */
    static final class Chunk {
        final Goroutine[] slots = new Goroutine[CHUNK];
        int n;                        // slots handed out (shard lock)
        int clearTo;                  // slots [0, clearTo) are known clear (shard lock)
        Chunk next;                   // shard lock
    }

    /** One list of chunks; padded so that two shards' locks never share a cache line. */
    @SuppressWarnings("unused")
    static final class Shard {
        long p0, p1, p2, p3, p4, p5, p6, p7;
        volatile int lock;
        Chunk head;
        Chunk tail;
        int chunks;
        long q0, q1, q2, q3, q4, q5, q6, q7;
    }

    private final Shard[] shards = new Shard[SHARDS];
    private final StripedCounter live = new StripedCounter();

    AllGs() {
        for (int i = 0; i < SHARDS; i++) {
            Shard s = new Shard();
            s.head = s.tail = new Chunk();
            s.chunks = 1;
            shards[i] = s;
        }
    }

    void add(Goroutine g) {
        live.increment();
        Shard s = shards[(int) (g.id() & (SHARDS - 1))];
        lock(s);
        Chunk c = s.tail;
        if (c.n == CHUNK) c = grow(s);
        int i = c.n++;
        c.slots[i] = g;
        g.allChunk = c;
        g.allSlot = i;
        unlock(s);
    }

    /** The goroutine has ended: its slot is cleared (AG-I1). Called once, by the goroutine itself. */
    void remove(Goroutine g) {
        Chunk c = g.allChunk;
        if (c == null) return;
        g.allChunk = null;                                       // a Goroutine a user keeps holds no chunk
        c.slots[g.allSlot] = null;
        live.decrement();
    }

    int count() {
        return (int) live.sum();
    }

    /** Adds every listed goroutine to {@code into}. */
    void snapshot(List<Goroutine> into) {
        for (Shard s : shards) {
            lock(s);
            try {
                for (Chunk c = s.head; c != null; c = c.next) {
                    for (int i = c.clearTo; i < c.n; i++) {
                        Goroutine g = c.slots[i];
                        if (g != null) into.add(g);
                    }
                }
            } finally {
                unlock(s);
            }
        }
    }

    /** Chunks held by all shards (for tests of AG-I3's bound). */
    int chunks() {
        int n = 0;
        for (Shard s : shards) {
            lock(s);
            n += s.chunks;
            unlock(s);
        }
        return n;
    }

    /** Under the lock: drop the full, all-clear chunks (AG-I3), then append a fresh one. */
    private static Chunk grow(Shard s) {
        Chunk prev = null;
        for (Chunk c = s.head; c != null; c = c.next) {
            while (c.clearTo < CHUNK && c.slots[c.clearTo] == null) c.clearTo++;
            if (c.clearTo == CHUNK) {                           // full and clear: unlink
                if (prev == null) s.head = c.next;
                else prev.next = c.next;
                s.chunks--;
            } else {
                prev = c;
            }
        }
        Chunk fresh = new Chunk();
        if (prev == null) s.head = fresh;
        else prev.next = fresh;
        s.tail = fresh;
        s.chunks++;
        return fresh;
    }

    private static void lock(Shard s) {
        for (int spins = 0; !LOCK.compareAndSet(s, 0, 1); ) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                spins = 0;
                Thread.yield();
            }
        }
    }

    private static void unlock(Shard s) {
        LOCK.setRelease(s, 0);
    }
}
