/*
 * Go behaviour:    mgcpacer.go (Go 1.23): the heap goal is
 *                    heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100   (>= 4 MiB*GOGC/100)
 *                  (Go 1.18+ counts stacks and globals), GOGC=off -> infinite; the memory-limit goal
 *                  subtracts non-heap memory and a 3 % / 1 MiB headroom; the effective goal is the
 *                  minimum. The trigger is goal - runway, clamped to [45/64, 61/64] of the distance
 *                  from heapMarked to the goal; runway = 3 x consMark x expected scan work; consMark
 *                  is the max of the last five cycle measurements.
 * Model:           1. Pure static functions equal to the formulas, in unsigned-style long arithmetic
 *                     (multiply before dividing, divide by 64 before multiplying) - GC.md 4 and 5.
 *                  2. An instance holds GOGC, GOMEMLIMIT and the consMark history for Simulation:
 *                     commit() at mark termination, trigger(), endCycle().
 * Invariants:      GC-PC1 heapGoal is monotone in GOGC; GC-PC2 memoryLimitGoal <= limit - nonHeap - 1 MiB
 *                  unless heapMarked is larger; GC-PC3 minTrigger <= trigger <= maxTrigger <= goal.
 * Differs from Go: "infinity" (^uint64(0)) is Long.MAX_VALUE; no sweepDistMinTrigger bookkeeping
 *                  beyond the optional argument; the assist credit system lives in Simulation.
 * See:             PacerAnswersTest, PacerPropertiesTest, Workers, CpuLimiter.
 */
package dev.golab.gc.pacer;

public final class Pacer {
    public static final long KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;
    public static final long DEFAULT_HEAP_MINIMUM = 4 * MiB;
    public static final double BACKGROUND_UTILIZATION = 0.25;
    public static final long TRIGGER_RATIO_DEN = 64, MIN_TRIGGER_RATIO_NUM = 45, MAX_TRIGGER_RATIO_NUM = 61;
    public static final long MEMORY_LIMIT_HEADROOM_PERCENT = 3, MIN_HEADROOM = MiB;
    public static final long INFINITE = Long.MAX_VALUE;
    public static final long NO_LIMIT = Long.MAX_VALUE;
    /** gcPercent used for the hard goal when GOGC=off (forced GC). */
    static final long GOGC_OFF_ASSIST = 100_000;

    // ---- goal ---------------------------------------------------------------------------------
    /** heapMinimum = 4 MiB * GOGC/100 (GOGC=0 -> 0). */
    public static long heapMinimum(int gogc) {
        return gogc < 0 ? 0 : DEFAULT_HEAP_MINIMUM * gogc / 100;
    }

    /** Go 1.18+ GOGC goal: marked + (marked + stacks + globals) * GOGC/100, at least heapMinimum; off -> INFINITE. */
    public static long heapGoal(long marked, long stacks, long globals, int gogc) {
        if (gogc < 0) return INFINITE;
        long goal = marked + (marked + stacks + globals) * gogc / 100;
        return Math.max(goal, heapMinimum(gogc));
    }

    /** memoryLimitHeapGoal() of Go 1.23 over its inputs (all bytes). */
    public static long memoryLimitGoal(long limit, long mappedReady, long heapFree, long heapAlloc, long heapMarked) {
        if (limit == NO_LIMIT) return INFINITE;
        long nonHeap = mappedReady - heapFree - heapAlloc;
        long overage = Math.max(mappedReady - limit, 0);
        if (nonHeap + overage >= limit) return heapMarked;
        long goal = limit - (nonHeap + overage);
        long headroom = Math.max(goal / 100 * MEMORY_LIMIT_HEADROOM_PERCENT, MIN_HEADROOM);
        goal = (goal < headroom || goal - headroom < headroom) ? headroom : goal - headroom;
        return Math.max(goal, heapMarked);
    }

    /** The simulator's form: {@code nonHeap} other memory, nothing free, no overage. */
    public static long memoryLimitGoal(long limit, long nonHeap, long heapMarked) {
        return memoryLimitGoal(limit, nonHeap + heapMarked, 0, heapMarked, heapMarked);
    }

    /** min(GOGC goal, memory-limit goal). */
    public static long effectiveGoal(long marked, long stacks, long globals, int gogc, long limit, long nonHeap) {
        return Math.min(heapGoal(marked, stacks, globals, gogc), memoryLimitGoal(limit, nonHeap, marked));
    }

    // ---- trigger ------------------------------------------------------------------------------
    public record Trigger(long trigger, long min, long max) {}

    /** trigger() of Go 1.23; {@code sweepDistMinTrigger} is 0 when it does not apply. */
    public static Trigger trigger(long heapMarked, long goal, long runway, long sweepDistMinTrigger) {
        if (heapMarked >= goal) return new Trigger(goal, goal, goal);
        long min = Math.max(heapMarked, heapMarked + (goal - heapMarked) / TRIGGER_RATIO_DEN * MIN_TRIGGER_RATIO_NUM);
        min = Math.max(min, sweepDistMinTrigger);
        long max = heapMarked + (goal - heapMarked) / TRIGGER_RATIO_DEN * MAX_TRIGGER_RATIO_NUM;
        if (goal > 4 * MiB && goal - 4 * MiB > max) max = goal - 4 * MiB;
        max = Math.max(max, min);
        long t = runway > goal ? min : goal - runway;
        t = Math.min(Math.max(t, min), max);
        return new Trigger(t, min, max);
    }

    /** runway = consMark * (1 - 0.25)/0.25 * expected scan work. */
    public static long runway(double consMark, long expectedScanWork) {
        return (long) (consMark * (1 - BACKGROUND_UTILIZATION) / BACKGROUND_UTILIZATION * expectedScanWork);
    }

    /** endCycle's measurement: (heapLive - triggered)(u + idle) / (scanWork (1 - u)), u = 0.25 + assist share. */
    public static double currentConsMark(long heapLive, long triggered, double utilization, double idleUtilization, long scanWork) {
        return (heapLive - triggered) * (utilization + idleUtilization) / (scanWork * (1 - utilization));
    }

    // ---- assists ------------------------------------------------------------------------------
    public record AssistRatio(double workPerByte, double bytesPerWork, long heapGoal) {}

    /** revise() of Go 1.23. */
    public static AssistRatio assistRatio(long heapGoal, long triggered, long heapLive, long work,
                                          long scanWorkExpected, long maxScanWork, int gogc) {
        if (work > scanWorkExpected) {
            long ext = (long) ((double) (heapGoal - triggered) / scanWorkExpected * maxScanWork) + triggered;
            long pct = gogc < 0 ? GOGC_OFF_ASSIST : gogc;
            long hard = (long) ((1.0 + pct / 100.0) * heapGoal);
            heapGoal = Math.min(ext, hard);
            scanWorkExpected = maxScanWork;
        }
        if (heapLive > heapGoal) {
            heapGoal = (long) (heapGoal * 1.1);
            scanWorkExpected = maxScanWork;
        }
        long scanRemaining = Math.max(scanWorkExpected - work, 1000);
        long heapRemaining = Math.max(heapGoal - heapLive, 1);
        return new AssistRatio((double) scanRemaining / heapRemaining, (double) heapRemaining / scanRemaining, heapGoal);
    }

    // ---- parsing ------------------------------------------------------------------------------
    /** readGOGC: "off" -> -1, an int -> it, anything else -> 100. */
    public static int readGOGC(String s) {
        if (s == null) return 100;
        if (s.equals("off")) return -1;
        try { return Integer.parseInt(s); } catch (NumberFormatException e) { return 100; }
    }

    /** GOMEMLIMIT: "" or "off" -> no limit; digits with optional B/KiB/MiB/GiB/TiB suffix. */
    public static long parseMemoryLimit(String s) {
        if (s == null || s.isEmpty() || s.equals("off")) return NO_LIMIT;
        String[] sfx = {"TiB", "GiB", "MiB", "KiB", "B"};
        long[] mul = {1024 * GiB, GiB, MiB, KiB, 1};
        for (int i = 0; i < sfx.length; i++) {
            if (s.endsWith(sfx[i])) return Math.multiplyExact(Long.parseLong(s.substring(0, s.length() - sfx[i].length())), mul[i]);
        }
        return Long.parseLong(s);
    }

    // ---- the stateful pacer used by Simulation --------------------------------------------------
    private int gogc;
    private long memoryLimit;
    private final double[] lastConsMark = new double[4];
    private double consMark;
    private long goal = DEFAULT_HEAP_MINIMUM, runway, heapMarked;

    public Pacer(int gogc, long memoryLimit) {
        this.gogc = gogc;
        this.memoryLimit = memoryLimit;
        this.goal = gogc < 0 ? memoryLimitGoal(memoryLimit, 0, 0) : heapGoal(0, 0, 0, gogc);
    }

    /** debug.SetGCPercent: returns the previous value (negative = off). */
    public int setGCPercent(int v) { int old = gogc; gogc = v; return old; }

    /** debug.SetMemoryLimit: negative only queries; returns the previous limit. */
    public long setMemoryLimit(long v) { long old = memoryLimit; if (v >= 0) memoryLimit = v; return old; }

    public int gogc() { return gogc; }

    public long memoryLimit() { return memoryLimit; }

    /** commit at the end of a cycle: the next goal and runway. */
    public void commit(long marked, long stacks, long globals, long nonHeap, long lastScanWork) {
        heapMarked = marked;
        goal = effectiveGoal(marked, stacks, globals, gogc, memoryLimit, nonHeap);
        runway = runway(consMark, lastScanWork + stacks + globals);
    }

    public long goal() { return goal; }

    /** The memory-limit goal is re-read as non-heap memory (e.g. stacks) changes (Go computes it live). */
    public void refresh(long stacks, long globals, long nonHeap) {
        if (memoryLimit == NO_LIMIT) return;
        goal = effectiveGoal(heapMarked, stacks, globals, gogc, memoryLimit, nonHeap);
    }

    public long trigger() { return trigger(heapMarked, goal, runway, 0).trigger(); }

    /** endCycle: measure cons/mark, keep the maximum of the last five. */
    public void endCycle(long heapLive, long triggered, double utilization, double idle, long scanWork) {
        if (heapLive <= triggered || scanWork <= 0) return;
        double cur = currentConsMark(heapLive, triggered, utilization, idle, scanWork);
        double m = cur;
        for (double d : lastConsMark) m = Math.max(m, d);
        consMark = m;
        System.arraycopy(lastConsMark, 0, lastConsMark, 1, 3);
        lastConsMark[0] = cur;
    }

    public double consMark() { return consMark; }
}
