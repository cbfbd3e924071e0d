package dev.golab.lab.tour;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.Root;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.barrier.DijkstraBarrier;
import dev.golab.gc.escape.EscapeAnalysis;
import dev.golab.gc.pacer.Pacer;
import dev.golab.gc.races.Interleaving;
import dev.golab.gc.races.Scenarios;
import dev.golab.gc.retention.GoroutineLeakProfile;
import dev.golab.gc.retention.PoolModel;
import dev.golab.gc.sim.GuideModel;
import dev.golab.gc.sim.Metrics;
import dev.golab.gc.sim.Simulation;
import dev.golab.gc.sim.Workload;
import java.util.List;
import java.util.SplittableRandom;

/** GC: tri-colour marking, barriers, pacer, memory limit, pool victim cache, leaks, escape — run live on dev.golab.gc. */
public final class GcChapter implements Chapter {
    @Override
    public String name() { return "gc"; }

    @Override
    public String title() { return "GC: tri-colour mark-sweep, write barriers, GOGC/GOMEMLIMIT, leaks (dev.golab.gc)"; }

    @Override
    public void run(TourOut out) {
        String dij = Scenarios.HIDE_IN_SCANNED_STACK.run(DijkstraBarrier.withoutRescan()).verdict();
        String hyb = Scenarios.HIDE_IN_SCANNED_STACK.run(Barrier.HYBRID).verdict();
        out.behaviour("RT-01.03", "A goroutine loads B.f into a scanned stack, then sets B.f = nil. Who keeps C alive?",
                "Dijkstra without stack rescan: lost; Go 1.8+ hybrid barrier: safe (shade(*slot))",
                "Dijkstra without rescan: " + dij + "; hybrid: " + hyb, dij.equals("lost") && hyb.equals("safe"));

        SplittableRandom seeds = new SplittableRandom(7);
        Interleaving.Program failing = null;
        for (int i = 0; i < 2000 && failing == null; i++) {
            Interleaving.Program p = Interleaving.random(seeds.nextLong(), 6, 30);
            if (Interleaving.run(p, Barrier.NONE).failed()) failing = p;
        }
        Interleaving.Program small = failing == null ? null : Interleaving.shrink(failing, Barrier.NONE);
        boolean safeWithHybrid = small != null && !Interleaving.run(small, Barrier.HYBRID).failed();
        out.behaviour("RT-01.04", "Without a write barrier, what is the smallest program that frees a reachable object?",
                "a handful of statements: hide the only pointer to a white object behind a black one",
                small == null ? "no counterexample found" : "found and shrunk to " + small.steps().size()
                        + " steps; with the hybrid barrier it is " + (safeWithHybrid ? "safe" : "still lost"),
                small != null && safeWithHybrid);
        if (small != null) out.detail(small.toGo());
        out.detail("Step through a whole seeded program (several cycles, the four barriers, the step where no barrier frees\n"
                + "a reachable object) in a browser: open docs/views/gc.html, or write your own with ./golab gc --html gc.html");

        long g100 = Pacer.heapGoal(8 * Pacer.MiB, Pacer.MiB, Pacer.MiB, 100) >> 20;
        long g50 = Pacer.heapGoal(8 * Pacer.MiB, Pacer.MiB, Pacer.MiB, 50) >> 20;
        long g200 = Pacer.heapGoal(8 * Pacer.MiB, Pacer.MiB, Pacer.MiB, 200) >> 20;
        out.behaviour("RT-01.06", "Live heap 8 MiB, stacks 1 MiB, globals 1 MiB: where is the heap goal at GOGC 100/50/200?",
                "18 / 13 / 28 MiB (live + (live + roots) x GOGC/100, Go 1.18+)",
                g100 + " / " + g50 + " / " + g200 + " MiB", g100 == 18 && g50 == 13 && g200 == 28);

        GuideModel.Result guide = GuideModel.run(GuideModel.graph1(), GuideModel.config(100, 0, 100000));
        Metrics sim = Simulation.run(Simulation.Config.of(Workload.GUIDE)).metrics();
        out.behaviour("RT-01.06", "The gc-guide's graph 1 at GOGC=100: how many cycles, what peak, how much GC CPU?",
                "12 cycles, 40 MiB peak, 6.4 % GC CPU (the guide's model)",
                String.format("guide model: %d cycles, %.0f MiB, %.1f %%; concurrent simulator: %d cycles, %.1f MiB, %.1f %%",
                        guide.cycles(), guide.peak(), guide.gcCpu() * 100, sim.cycles(), sim.peakHeapBytes() / (double) Pacer.MiB,
                        sim.gcCpuFraction() * 100),
                guide.cycles() == 12 && Math.round(guide.peak()) == 40 && sim.cycles() == 12);

        Simulation.Config tight = Simulation.Config.of(Workload.GUIDE).gogc(-1).memoryLimit(16 * Pacer.MiB)
                .fixedCostSeconds(0).gomaxprocs(1).scanRate(128 * Pacer.MiB);
        Metrics soft = Simulation.run(tight).metrics();
        out.behaviour("PERF-05.02", "GOGC=off, GOMEMLIMIT=16MiB, but 20 MiB stay live: is the limit a hard cap?",
                "no: the heap exceeds the soft limit and the CPU limiter caps GC CPU near 50 %",
                String.format("peak %.1f MiB, GC CPU %.1f %%, limiter engaged: %s", soft.peakHeapBytes() / (double) Pacer.MiB,
                        soft.gcCpuFraction() * 100, soft.limiterEngaged()),
                soft.peakHeapBytes() > 16 * Pacer.MiB && soft.limiterEngaged() && soft.gcCpuFraction() <= 0.55);

        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID);
        PoolModel pool = new PoolModel(c, 1, () -> c.allocate(null, -1, 1024, 0));
        int buf = c.allocate(null, -1, 1024, 0);
        pool.put(0, buf);
        c.gc();
        boolean afterOne = pool.get(0) == buf;
        pool.put(0, buf);
        c.gc();
        c.gc();
        boolean freed = !h.isAllocated(buf);
        out.behaviour("RT-08.03", "Put, GC, Get: is the object still there? And after two GCs?",
                "yes after one GC (victim cache, Go 1.13+); dropped and freed at the second",
                "after one GC: " + (afterOne ? "returned" : "gone") + "; after two: " + (freed ? "freed" : "still pooled"),
                afterOne && freed);

        Root worker = h.newStack("worker", 8192);
        int ch = c.allocate(worker, worker.slot("ch"), 96, 1);
        int data = c.allocate(worker, worker.slot("result"), 1 << 20, 0);
        c.block(worker, ch);
        c.gc();
        List<String> leaked = GoroutineLeakProfile.leaked(h);
        out.behaviour("RT-07.01", "leaky(): a goroutine blocked forever on an unbuffered send. What stays alive?",
                "its stack and the 1 MiB result; the goroutineleak profile reports it",
                "result " + (h.isAllocated(data) ? "still allocated" : "freed") + "; leaked goroutines: " + leaked,
                h.isAllocated(data) && leaked.equals(List.of("worker")));

        String m = EscapeAnalysis.classify(List.of(new EscapeAnalysis.Declare("x", 8), new EscapeAnalysis.ReturnAddr("x")))
                .get(0).message();
        out.behaviour("RT-02.01", "func f() *int { x := 1; return &x } — what does -gcflags=-m say?",
                "moved to heap: x", m, m.equals("moved to heap: x"));
    }
}
