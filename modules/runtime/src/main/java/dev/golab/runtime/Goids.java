package dev.golab.runtime;

/*
 * Go behaviour:    goroutine ids come from one counter, sched.goidgen, but newproc1 does not touch it
 *                  per goroutine: each P keeps a cache (pp.goidcache, pp.goidcacheend) and takes
 *                  _GoidCacheBatch = 16 ids from goidgen with one atomic add when the cache runs out
 *                  (runtime/proc.go newproc1; Go 1.23). So ids are unique, but not in creation order
 *                  across Ps, and `go` pays no shared write.
 * Model:           GEN is the shared generator on a cache line of its own (padding on both sides, so
 *                  that no neighbouring object's writes make its add miss). next() takes one id (VT
 *                  goroutines, foreign callers); reserve() takes a batch of BATCH for a cache. The CONT
 *                  backend keeps that cache per M (ContM), Go keeps it per P.
 * Invariants:      GOID-I1 an id is handed out once: every id comes from exactly one add on GEN.
 *                  GOID-I2 ids start at 2: 1 is main's, as in Go (Goroutine's RT-I7).
 * Differs from Go: the cache is per M on CONT, not per P: a G keeps running on its M when sysmon
 *                  retakes the P (ContM's header), so only the M is sure to be the cache's one user.
 * See:             GoidsTest, Goroutine, dev.golab.runtime.cont.ContM.
 */
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public final class Goids {
    /** Go's _GoidCacheBatch. */
    public static final int BATCH = 16;
    private static final VarHandle VALUE;
    private static final Goids GEN = new Goids();

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Goids.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") private long p0, p1, p2, p3, p4, p5, p6, p7;
    @SuppressWarnings("unused") private volatile long value = 1;              // 1 = main, as in Go
    @SuppressWarnings("unused") private long q0, q1, q2, q3, q4, q5, q6, q7;

    private Goids() {}

    /** One new id. */
    public static long next() {
        return (long) VALUE.getAndAdd(GEN, 1L) + 1;
    }

    /** Reserves BATCH new ids and returns the first; the caller hands out first .. first + BATCH − 1. */
    public static long reserve() {
        return (long) VALUE.getAndAdd(GEN, (long) BATCH) + 1;
    }
}
