package dev.golab.rate;

/*
 * Go behaviour:    the seed's IPRateLimiter: map[string]*rate.Limiter behind a RWMutex, one bucket per
 *                  client key. The seed's getLimiter checks under RLock, then creates under Lock without
 *                  checking again, so two first requests can both create a limiter (the second
 *                  overwrites the first: extra burst), and the map never shrinks.
 * Model:           1. get(key): ConcurrentHashMap.computeIfAbsent — the check-and-create is one atomic
 *                     step, so at most one limiter per key is ever created (created() counts them).
 *                  2. every get records the key's last use on the clock.
 *                  3. evictIdle(): drops keys unused for longer than idleTtl (call it from a ticker or
 *                     on a schedule); an evicted key that returns starts with a full bucket again.
 * Invariants:      KL-I1 one live limiter per key. KL-I2 created() - evicted() == size().
 * Differs from Go: none in behaviour; Go code would use sync.Map.LoadOrStore or a re-check under Lock.
 * See:             LimiterAnswersTest (CONC-12.06, CONC-12 correction).
 */
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

public final class KeyedLimiter<K> {
    private record Entry(Limiter limiter, AtomicLong lastUsedNanos) {}

    private final ConcurrentHashMap<K, Entry> byKey = new ConcurrentHashMap<>();
    private final Supplier<Limiter> factory;
    private final Clock clock;
    private final Duration idleTtl;
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong evicted = new AtomicLong();

    /** One Limiter(r, b) per key on the current clock; keys idle longer than idleTtl may be evicted. */
    public KeyedLimiter(double perSecond, int burst, Duration idleTtl) {
        this(perSecond, burst, idleTtl, Clock.current());
    }

    public KeyedLimiter(double perSecond, int burst, Duration idleTtl, Clock clock) {
        this.clock = clock;
        this.idleTtl = idleTtl;
        this.factory = () -> new Limiter(perSecond, burst, clock);
    }

    /** The key's limiter, created on first use (atomically: never twice for one key). */
    public Limiter get(K key) {
        Entry e = byKey.computeIfAbsent(key, k -> {
            created.incrementAndGet();
            return new Entry(factory.get(), new AtomicLong());
        });
        e.lastUsedNanos.set(clock.nanoTime());
        return e.limiter;
    }

    /** Allow() on the key's own bucket. */
    public boolean allow(K key) {
        return get(key).allow();
    }

    /** Removes keys whose last use is older than idleTtl; returns how many were removed. */
    public int evictIdle() {
        long now = clock.nanoTime();
        int[] removed = {0};
        for (K key : byKey.keySet()) {
            // re-checked atomically per key: a get() racing with eviction keeps its entry
            byKey.computeIfPresent(key, (k, e) -> {
                if (now - e.lastUsedNanos.get() <= idleTtl.toNanos()) return e;
                removed[0]++;
                return null;
            });
        }
        evicted.addAndGet(removed[0]);
        return removed[0];
    }

    public int size() {
        return byKey.size();
    }

    /** Limiters ever created (a racy getLimiter would create more than one per key). */
    public long created() {
        return created.get();
    }

    public long evicted() {
        return evicted.get();
    }

    /** When the clock last saw this key, for diagnostics (null if absent). */
    public Instant lastUsed(K key) {
        Entry e = byKey.get(key);
        return e == null ? null : clock.now().minusNanos(clock.nanoTime() - e.lastUsedNanos.get());
    }
}
