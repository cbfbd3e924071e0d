package dev.golab.runtime.proc;

/*
 * Go behaviour:    the numbers of Go's run-queue policy (runtime/runtime2.go `runq [256]guintptr`,
 *                  runtime/proc.go schedule/findRunnable/runqputslow/runqgrab/globrunqget/stealWork;
 *                  Go 1.23): a 256-slot local ring; a full ring spills half (128) plus the new G; a
 *                  thief takes n − n/2; every 61st schedtick a P looks at the global queue first; a
 *                  P that finds its queues empty takes min(size, size/GOMAXPROCS + 1) from the global
 *                  queue, capped at half a ring; stealWork makes 4 passes over the Ps.
 * Model:           the constants and pure functions, defined once. LocalRunQueue, GlobalRunQueue,
 *                  the real scheduler (dev.golab.sched) and the simulator (dev.golab.sched.sim) read
 *                  them from here, so the two schedulers cannot drift apart.
 * Invariants:      PROC-I5 stealCount(n) + (n − stealCount(n)) = n and stealCount(n) ≥ 1 for n ≥ 1.
 *                  PROC-I6 1 ≤ globalBatch(size, procs, max) ≤ min(size, 128) for size ≥ 1.
 * Differs from Go: nothing; 61 is prime in Go so that it does not resonate with other periodic
 *                  work, and it is the same number here.
 * See:             RunQueuePolicyTest, LocalRunQueue, GlobalRunQueue.
 */
public final class RunQueuePolicy {
    /** len(p.runq): slots in a P's local ring. */
    public static final int LOCAL_RUNQ_SIZE = 256;

    /** runqputslow moves this many from a full ring to the global queue (plus the new G). */
    public static final int SPILL = LOCAL_RUNQ_SIZE / 2;

    /** schedule(): `pp.schedtick%61 == 0 && sched.runqsize > 0` → one G from the global queue first. */
    public static final int GLOBAL_CHECK_INTERVAL = 61;

    /** stealWork: `const stealTries = 4`; runnext is stolen only in the last pass. */
    public static final int STEAL_TRIES = 4;

    /** runqgrab's back-off before stealing the runnext of a running P ("usleep(3)"). */
    public static final long RUNNEXT_BACKOFF_NS = 3_000;

    private RunQueuePolicy() {}

    /** runqgrab: a thief takes {@code n − n/2} of a ring holding {@code queued} Gs (half, rounded up). */
    public static int stealCount(int queued) {
        return queued - queued / 2;
    }

    /** schedule(): is this schedtick one where the global queue is looked at first? */
    public static boolean checkGlobalFirst(long schedtick, int interval) {
        return schedtick % interval == 0;
    }

    /**
     * globrunqget: how many Gs a P takes from a global queue of {@code size} with {@code procs} Ps;
     * {@code max} caps it (0 = no cap; 1 on the fairness tick). Never more than half a ring.
     */
    public static int globalBatch(int size, int procs, int max) {
        if (size <= 0) return 0;
        int n = Math.min(size, size / procs + 1);
        if (max > 0 && n > max) n = max;
        return Math.min(n, LOCAL_RUNQ_SIZE / 2);
    }
}
