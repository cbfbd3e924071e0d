package dev.golab.sync;

/*
 * Go behaviour:    sync.Pool (src/sync/pool.go, Go 1.23): a cache of temporary objects, safe for
 *                  concurrent use, with no identity guarantee and no reset. Each P has a private slot
 *                  and a shared chain. Get tries: own private, own shared (head), other Ps' shared
 *                  (tail, "stealing"), the victim cache, then New (nil if New is nil). Put(nil) is a
 *                  no-op. At every GC (poolCleanup, Go 1.13+) the primary caches become the victim
 *                  cache and the old victim is dropped, so a pooled object survives exactly one GC.
 * Model:           1. pin: the current P's poolLocal; the array is sized GOMAXPROCS on first use
 *                     (pinSlow, which registers the pool in allPools) and re-made if GOMAXPROCS grew.
 *                  2. put: private if empty, else pushHead on own shared.
 *                  3. get: private; popHead own shared; getSlow: popTail of P (pid+i+1)%n; victim
 *                     private of pid; victim popTail of P (pid+i)%n; mark the victim empty; New.
 *                  4. gcCycle (Go's poolCleanup): for old pools victim = nil; for all pools
 *                     victim = local, local = nil; oldPools = allPools.
 * Invariants:      PL-I1 an object put before gcCycle k is returned by no get after gcCycle k+1.
 *                  PL-I2 an object is handed out by at most one get per put. PL-I3 get never resets or
 *                  closes anything; dropped objects are simply forgotten.
 * Differs from Go: Go pins the goroutine to its P (no preemption) and uses a lock-free SPMC
 *                  poolDequeue; Java cannot see a virtual thread's carrier, so the "current P" is the
 *                  thread id mod the array size (or an explicit onP(...) binding, a lab seam), several
 *                  threads may share a P, and the slots are an AtomicReference plus a
 *                  ConcurrentLinkedDeque. gcCycle is not stop-the-world: a Put racing with it may land
 *                  in the victim cache. The JVM's own GC never clears a Pool; only gcCycle() does
 *                  (the gc module calls it). No interface boxing: Put of a Java array is a reference
 *                  store, unlike Go's SA6002 slice-header allocation (see PoolBenchmark).
 * See:             PoolAnswersTest, PoolBenchmark.
 */
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

public final class Pool<T> {
    private static final Mutex ALL_POOLS_MU = new Mutex();
    private static List<Pool<?>> allPools = new ArrayList<>();     // guarded by ALL_POOLS_MU
    private static List<Pool<?>> oldPools = new ArrayList<>();
    private static final ThreadLocal<Integer> PINNED = new ThreadLocal<>();
    private static volatile boolean anyPinned;
    private static final VarHandle VICTIM;

    static {
        try {
            VICTIM = MethodHandles.lookup().findVarHandle(Pool.class, "victim", Local[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Go's poolLocal: the per-P cache. */
    private static final class Local<T> {
        final AtomicReference<T> priv = new AtomicReference<>();
        final ConcurrentLinkedDeque<T> shared = new ConcurrentLinkedDeque<>();
    }

    private final Supplier<? extends T> newFn;
    private volatile Local<T>[] local;           // Go: local + localSize
    private volatile Local<T>[] victim;          // Go: victim + victimSize (null == size 0)

    /** {@code sync.Pool{New: newFn}}; newFn may be null (then get() on an empty pool returns null). */
    public Pool(Supplier<? extends T> newFn) {
        this.newFn = newFn;
    }

    /** {@code p.Put(x)}: a null x is ignored. */
    public void put(T x) {
        if (x == null) return;
        Local<T> l = pin(currentP());
        if (!l.priv.compareAndSet(null, x)) l.shared.addFirst(x);     // pushHead
    }

    /** {@code p.Get()}: a pooled object (any one), else New's result, else null. */
    public T get() {
        int pid = currentP();
        Local<T> l = pin(pid);
        T x = l.priv.getAndSet(null);
        if (x == null) {
            x = l.shared.pollFirst();                                   // popHead: own, LIFO
            if (x == null) x = getSlow(pid);
        }
        if (x == null && newFn != null) x = newFn.get();
        return x;
    }

    private T getSlow(int pid) {
        Local<T>[] locals = local;
        int size = locals == null ? 0 : locals.length;
        for (int i = 0; i < size; i++) {                               // steal from other Ps' tails
            T x = locals[(pid + i + 1) % size].shared.pollLast();
            if (x != null) return x;
        }
        Local<T>[] v = victim;
        if (v == null || pid >= v.length) return null;
        T x = v[pid].priv.getAndSet(null);
        if (x != null) return x;
        for (int i = 0; i < v.length; i++) {
            x = v[(pid + i) % v.length].shared.pollLast();
            if (x != null) return x;
        }
        VICTIM.compareAndSet(this, v, null); // Go: victimSize = 0; CAS so a racing gcCycle's victim survives
        return null;
    }

    private Local<T> pin(int pid) {
        Local<T>[] l = local;
        if (l != null && pid < l.length) return l[pid];
        return pinSlow(pid);
    }

    @SuppressWarnings("unchecked")
    private Local<T> pinSlow(int pid) {
        ALL_POOLS_MU.lock();
        try {
            Local<T>[] l = local;
            if (l != null && pid < l.length) return l[pid];
            if (l == null) allPools.add(this);
            int size = Math.max(Go.gomaxprocs(), pid + 1);
            Local<T>[] fresh = new Local[size];
            for (int i = 0; i < size; i++) fresh[i] = new Local<>();
            local = fresh;                   // GOMAXPROCS changed: the old array is lost, as in Go
            return fresh[pid];
        } finally {
            ALL_POOLS_MU.unlock();
        }
    }

    /** One GC's poolCleanup over every pool: victim <- primary, primary cleared, old victims dropped. */
    public static void gcCycle() {
        ALL_POOLS_MU.lock();
        try {
            for (Pool<?> p : oldPools) p.victim = null;
            for (Pool<?> p : allPools) p.primaryToVictim();
            oldPools = allPools;
            allPools = new ArrayList<>();
        } finally {
            ALL_POOLS_MU.unlock();
        }
    }

    private void primaryToVictim() {
        victim = local;
        local = null;
    }

    /** The P the current goroutine runs on, as the pool sees it. */
    private static int currentP() {
        if (anyPinned) {
            Integer p = PINNED.get();
            if (p != null) return p;
        }
        return (int) Math.floorMod(Thread.currentThread().threadId(), (long) Go.gomaxprocs());
    }

    /** Lab seam: runs body as if the current goroutine ran on P {@code pid} (Go has no such call). */
    public static <R> R onP(int pid, Supplier<R> body) {
        if (pid < 0) throw new GoPanic("sync.Pool.onP: negative P " + pid);
        anyPinned = true;
        Integer previous = PINNED.get();
        PINNED.set(pid);
        try {
            return body.get();
        } finally {
            if (previous == null) PINNED.remove();
            else PINNED.set(previous);
        }
    }

    /** Lab introspection: objects cached in the primary (private + shared) and victim caches. */
    public int primarySize() {
        return count(local);
    }

    public int victimSize() {
        return count(victim);
    }

    private static int count(Local<?>[] ls) {
        if (ls == null) return 0;
        int n = 0;
        for (Local<?> l : ls) n += (l.priv.get() != null ? 1 : 0) + l.shared.size();
        return n;
    }
}
