/*
 * Go behaviour:    the whole collector over time (mgc.go, mgcpacer.go, mgclimit.go, Go 1.23): the pacer
 *                  starts a cycle when heapLive reaches the trigger; 25 % of GOMAXPROCS marks in the
 *                  background while the program runs; an allocating goroutine in debt assists (after
 *                  stealing background credit); mark termination commits the next goal; sweep is lazy;
 *                  the CPU limiter switches assists off when GC would take more than ~50 % of the CPU.
 * Model:           1. Virtual time in ticks of 1 ms; one mutator goroutine allocating at the workload's
 *                     rate (bytes/s of its CPU time); GOMAXPROCS Ps for the 25 % background share.
 *                  2. Per tick: background mark work = 0.25 x P x tick x scanRate (credited to
 *                     bgCredit); the mutator runs the workload, each allocation paying its assist debt
 *                     (Pacer.assistRatio) first from bgCredit, then by scanning itself (its time is
 *                     taken from the tick, so allocation slows: RT-01.A1); a background sweeper.
 *                  3. heapLive = marked + allocated since; trigger/goal from Pacer; STW pauses from
 *                     Pauses; a fixed CPU cost per cycle (the gc-guide's 0.04 s) is charged as GC CPU
 *                     (it does not delay marking). The safety oracle runs at every mark termination.
 *                  4. Every 10 ms the CpuLimiter is updated with the window's GC and mutator time.
 * Invariants:      GC-SI1 same Config (incl. seed) -> same Trace and Metrics; GC-SI2 the collector's safety
 *                  oracle never reports a lost object with a correct barrier.
 * Differs from Go: one mutator goroutine, no idle-priority marking, no scavenger, no periodic 2-min GC;
 *                  the mutator is not slowed by background marking (it runs on its own P).
 * See:             Workload, SimulationAnswersTest, GcCommand.
 */
package dev.golab.gc.sim;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.Phase;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.pacer.CpuLimiter;
import dev.golab.gc.pacer.Pacer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

public final class Simulation {
    public static final long TICK_NS = 1_000_000;

    public record Config(Workload workload, int gogc, long memoryLimit, Barrier barrier, int gomaxprocs, long seed,
                         double seconds, double allocRate, long objectBytes, long liveBytes, long scanRate, long nonHeap,
                         double fixedCostSeconds, boolean cpuLimiter) {
        public static Config of(Workload w) {
            return new Config(w, 100, Pacer.NO_LIMIT, Barrier.HYBRID, 4, 1, 10, 20 * Pacer.MiB, 8 * Pacer.KiB,
                    20 * Pacer.MiB, 1024 * Pacer.MiB, 0, 0.04, true);
        }

        public Config gogc(int v) { return new Config(workload, v, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config memoryLimit(long v) { return new Config(workload, gogc, v, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config barrier(Barrier v) { return new Config(workload, gogc, memoryLimit, v, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config seed(long v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, v, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config seconds(double v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, v, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config allocRate(double v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, v, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config liveBytes(long v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, v, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config scanRate(long v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, v, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config nonHeap(long v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, v, fixedCostSeconds, cpuLimiter); }
        public Config fixedCostSeconds(double v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, v, cpuLimiter); }
        public Config objectBytes(long v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, v, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config gomaxprocs(int v) { return new Config(workload, gogc, memoryLimit, barrier, v, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, cpuLimiter); }
        public Config cpuLimiter(boolean v) { return new Config(workload, gogc, memoryLimit, barrier, gomaxprocs, seed, seconds, allocRate, objectBytes, liveBytes, scanRate, nonHeap, fixedCostSeconds, v); }
    }

    public record Result(Config config, Trace trace, Metrics metrics, Heap heap, Collector collector) {}

    final Config cfg;
    final Heap heap = new Heap();
    final Collector gc;
    final Pacer pacer;
    final CpuLimiter limiter;
    final Trace trace = new Trace();
    final SplittableRandom rng;
    final Root main;
    final Workload.State state = new Workload.State();
    long now, heapLive, triggered, trigger, bgCredit, assistCredit, markStart, cycleStartHeap, cycleStartStw;
    long gcCpuNs, mutatorCpuNs, assists, assistWork, windowAssistNs, peakHeap, peakTotal;
    double budget;
    boolean limiterEngaged;
    private final List<Long> pauses = new ArrayList<>();

    private Simulation(Config cfg) {
        this.cfg = cfg;
        this.gc = new Collector(heap, cfg.barrier()).oracle(true);
        this.pacer = new Pacer(cfg.gogc(), cfg.memoryLimit());
        this.limiter = new CpuLimiter(cfg.gomaxprocs());
        this.rng = new SplittableRandom(cfg.seed());
        this.main = heap.newStack("main", 8 * Pacer.KiB);
        pacer.commit(0, heap.stackBytes(), 0, cfg.nonHeap() + heap.stackBytes(), 0);   // gcControllerState.init
        this.trigger = pacer.trigger();
    }

    public static Result run(Config cfg) {
        Simulation s = new Simulation(cfg);
        s.loop();
        return s.result();
    }

    private void loop() {
        cfg.workload().init(this);
        long ticks = (long) (cfg.seconds() * 1e9 / TICK_NS);
        for (long t = 0; t < ticks; t++) {
            boolean marking = gc.phase() == Phase.MARK;
            if (marking) background();
            // Ps neither running the one mutator goroutine nor a background worker are idle
            windowIdleNs += Math.max(0, cfg.gomaxprocs() * TICK_NS - TICK_NS
                    - (marking ? (long) (Pacer.BACKGROUND_UTILIZATION * cfg.gomaxprocs() * TICK_NS) : 0));
            windowMarking |= marking;
            budget += cfg.workload().rate(this, now / 1e9) * TICK_NS / 1e9;
            while (budget >= cfg.objectBytes()) {
                long before = heap.totalAllocatedBytes();
                cfg.workload().step(this);
                budget -= Math.max(heap.totalAllocatedBytes() - before, 1);
            }
            if (gc.phase() == Phase.SWEEP) gc.sweepStep(16);
            if (cfg.memoryLimit() != Pacer.NO_LIMIT && gc.phase() != Phase.MARK) {
                pacer.refresh(heap.stackBytes(), 8L * heap.globals().size(), cfg.nonHeap() + heap.stackBytes());
                trigger = pacer.trigger();
                if (heapLive >= trigger) startCycle();
            }
            mutatorCpuNs += TICK_NS;   // assists and pauses already subtracted what they took
            now += TICK_NS;
            if (now % CpuLimiter.UPDATE_PERIOD_NS == 0 && cfg.cpuLimiter()) {
                limiter.update(CpuLimiter.UPDATE_PERIOD_NS, windowAssistNs, windowMarking, windowIdleNs);
                windowAssistNs = windowIdleNs = 0;
                windowMarking = gc.phase() == Phase.MARK;
                limiterEngaged |= limiter.limiting();
            }
            peak();
            trace.sample(now, heap.inUseBytes(), pacer.goal(), trigger, gc.phase());
        }
    }

    /** The 25 % background workers for one tick, plus the per-cycle fixed cost. */
    private void background() {
        long cpu = (long) (Pacer.BACKGROUND_UTILIZATION * cfg.gomaxprocs() * TICK_NS);
        gcCpuNs += cpu;
        long work = (long) (cpu / 1e9 * cfg.scanRate());
        bgCredit += gc.markStep(work);
        if (gc.markDone()) finishCycle();
    }

    /** An allocation by goroutine g into local (or -1): assist, allocate, maybe trigger. */
    int alloc(Root g, int local, long bytes, int nslots) {
        if (gc.phase() == Phase.MARK && !(cfg.cpuLimiter() && limiter.limiting())) assist(bytes);
        int id = gc.allocate(g, local, bytes, nslots);
        heapLive += heap.size(id);
        peak();
        if ((gc.phase() == Phase.OFF || gc.phase() == Phase.SWEEP) && heapLive >= trigger) startCycle();
        return id;
    }

    private void assist(long bytes) {
        assistCredit -= bytes;
        if (assistCredit >= 0) return;
        Pacer.AssistRatio r = Pacer.assistRatio(pacer.goal(), triggered, heapLive, gc.scanWorkThisCycle(),
                Math.max(lastScan, 1), Math.max(heap.inUseBytes(), 1), cfg.gogc());
        long work = Math.max((long) (-assistCredit * r.workPerByte()), 64 * Pacer.KiB);
        long steal = Math.min(bgCredit, work);
        bgCredit -= steal;
        long scanned = work > steal ? gc.markStep(work - steal) : 0;
        if (scanned > 0) {
            long ns = (long) (scanned * 1e9 / cfg.scanRate());
            assists++;
            assistWork += scanned;
            gcCpuNs += ns;
            mutatorCpuNs -= ns;                 // the mutator's own time, spent marking
            windowAssistNs += ns;
            cycleAssistNs += ns;
            budget -= ns / 1e9 * cfg.workload().rate(this, now / 1e9);
        }
        assistCredit += (long) ((steal + scanned) * r.bytesPerWork());
        if (gc.markDone()) finishCycle();
    }

    private long lastScan, cycleAssistNs, windowIdleNs;
    private boolean windowMarking;

    private void startCycle() {
        triggered = heapLive;
        cycleStartHeap = heap.inUseBytes();
        long p0 = gc.pauses().totalNs();
        gc.startCycle();
        long pause = gc.pauses().totalNs() - p0;
        pauses.add(pause);
        cycleStartStw = pause;
        stw(pause);
        markStart = now;
        assistCredit = 0;
        bgCredit = 0;
        cycleAssistNs = 0;
        gcCpuNs += (long) (cfg.fixedCostSeconds() * 1e9);   // the guide's fixed cost per cycle, as GC CPU
        windowAssistNs += (long) (cfg.fixedCostSeconds() * 1e9);
        trace.event(now, "start", "GC start: heapLive " + (heapLive >> 10) + " KiB >= trigger " + (trigger >> 10) + " KiB");
    }

    private void finishCycle() {
        long endHeap = heap.inUseBytes(), live = heapLive;
        long p0 = gc.pauses().totalNs();
        gc.terminateMark();
        long pause = gc.pauses().totalNs() - p0;
        pauses.add(pause);
        stw(pause);
        long marked = gc.markedBytesThisCycle(), scan = gc.scanWorkThisCycle();
        long markNs = Math.max(now - markStart, 1);
        double util = Pacer.BACKGROUND_UTILIZATION + (double) cycleAssistNs / (markNs * cfg.gomaxprocs());
        pacer.endCycle(live, triggered, util, 0, Math.max(scan, 1));
        lastScan = Math.max(scan, 1);
        pacer.commit(marked, heap.stackBytes(), 8L * heap.globals().size(), cfg.nonHeap() + heap.stackBytes(), lastScan);
        trigger = pacer.trigger();
        heapLive = marked;
        double pct = gcCpuNs / (double) Math.max(gcCpuNs + mutatorCpuNs, 1);
        trace.event(now, "cycle", Trace.gctraceLine(gc.cycles(), now, pct, cycleStartStw, markNs, pause, cycleStartHeap,
                endHeap, marked, pacer.goal(), heap.stackBytes(), 8L * heap.globals().size(), cfg.gomaxprocs()));
    }

    private void stw(long ns) {
        gcCpuNs += ns * cfg.gomaxprocs();
        mutatorCpuNs -= ns;
        if (cfg.cpuLimiter()) limiter.stw(ns);
    }

    private void peak() {
        peakHeap = Math.max(peakHeap, heap.inUseBytes());
        peakTotal = Math.max(peakTotal, heap.inUseBytes() + cfg.nonHeap() + heap.stackBytes());
    }

    private Result result() {
        long live = heap.bytesOf(heap.reachable());
        int goroutines = 0;
        for (Root r : heap.stacks()) if (r.isRoot()) goroutines++;
        Metrics m = new Metrics(gc.cycles(), List.copyOf(pauses), peakHeap, peakTotal,
                gcCpuNs / (double) Math.max(gcCpuNs + mutatorCpuNs, 1), assists, assistWork, heap.totalFreedObjects(),
                heap.totalFreedBytes(), live, goroutines, now / 1e9, limiterEngaged);
        return new Result(cfg, trace, m, heap, gc);
    }
}
