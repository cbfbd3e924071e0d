/*
 * Go behaviour:    the gc-guide's interactive model (go.dev/doc/gc-guide, gc-guide.js gcModel; the
 *                  guide "describes the GC as of Go 1.19"): a stop-the-world cost model in MiB and
 *                  CPU-seconds with goal(live) = live x (1 + GOGC/100), capped at limit - otherMem,
 *                  at least 4 MiB (GOGC finite) and live + 0.0625.
 * Model:           1. initial goal = goal(4 / (1 + GOGC/100)).
 *                  2. per workload phase: willLive = d x rate x survival, willDie = lastLive x death;
 *                     allocate until the goal; pendingLive grows by (willLive - willDie) x mutTime/d.
 *                  3. at a goal: live += pending, t += live/scanRate + fixedCost, goal = goal(live).
 *                  4. peak = max over emitted points of otherMem + live + new; GC CPU = (t - mut)/t.
 * Invariants:      GC-GM1 reproduces GC.md 7.4's tables (12 cycles, 40 MiB, 6.4 % at GOGC=100).
 * Differs from Go: it is the guide's model, not the runtime: no roots, pacer, concurrency or CPU
 *                  limiter (hence the 94.5 % death spiral that the real limiter prevents).
 * See:             GuideModelTest, Simulation (the concurrent, object-level counterpart).
 */
package dev.golab.gc.sim;

import java.util.ArrayList;
import java.util.List;

public final class GuideModel {
    public record Work(double duration, double allocRate, double scanRate, double newSurvivalRate, double oldDeathRate) {}

    /** gogc = Double.POSITIVE_INFINITY for off; memoryLimit 100000 = none (as the guide's sliders). */
    public record Config(double fixedCost, double otherMem, double gogc, double memoryLimit) {}

    public record Point(double t, double live, double newHeap, double total) {}

    public record Result(double totalTime, double mutatorTime, double peak, int cycles, List<Point> points) {
        public double gcCpu() { return (totalTime - mutatorTime) / totalTime; }
    }

    /** Graph 1: one second of 20 MiB/s that all survives, nine seconds that all dies. */
    public static List<Work> graph1() {
        return List.of(new Work(1, 20, 1024, 1.0, 0), new Work(9, 20, 1024, 0, 0));
    }

    /** Graph 3: the transient spike. */
    public static List<Work> graph3() {
        return List.of(new Work(1.0, 20, 1024, 1.0, 0), new Work(4.0, 20, 1024, 0, 0), new Work(0.5, 20, 1024, 1.0, 0),
                new Work(0.5, 20, 1024, 0, 0), new Work(0.5, 20, 1024, 0, 0.5), new Work(3.5, 20, 1024, 0, 0));
    }

    public static Config config(double gogc, double otherMem, double limit) {
        return new Config(0.04, otherMem, gogc, limit);
    }

    public static Result run(List<Work> workload, Config c) {
        final double minGoal = 4;
        double t = 0, live = 0, newHeap = 0, pending = 0, mut = 0, peak = 0;
        int cycles = 0;
        List<Point> pts = new ArrayList<>();
        double goal = goal(minGoal / (1 + c.gogc() / 100), c);
        pts.add(new Point(t, live, newHeap, c.otherMem() + live + newHeap));
        for (Work w : workload) {
            double left = w.duration();
            double lastLive = live + pending;
            double willLive = w.duration() * w.allocRate() * w.newSurvivalRate();
            double willDie = lastLive * w.oldDeathRate();
            while (left > 0) {
                double alloc = left * w.allocRate();
                boolean end = false;
                if (live + newHeap + alloc > goal) {
                    alloc = goal - live - newHeap;
                    end = true;
                }
                newHeap += alloc;
                double mt = alloc / w.allocRate();
                left -= mt;
                t += mt;
                mut += mt;
                pending += (willLive - willDie) * (mt / w.duration());
                if (end) {
                    pts.add(new Point(t, live, newHeap, c.otherMem() + live + newHeap));
                    live += pending;
                    pending = 0;
                    newHeap = 0;
                    t += live / w.scanRate() + c.fixedCost();
                    cycles++;
                    pts.add(new Point(t, live, newHeap, c.otherMem() + live + newHeap));
                    goal = goal(live, c);
                }
            }
            pts.add(new Point(t, live, newHeap, c.otherMem() + live + newHeap));
        }
        for (Point p : pts) peak = Math.max(peak, p.total());
        return new Result(t, mut, peak, cycles, pts);
    }

    static double goal(double live, Config c) {
        double g = Double.isInfinite(c.gogc()) ? Double.POSITIVE_INFINITY : live * (1 + c.gogc() / 100);
        if (g + c.otherMem() > c.memoryLimit()) g = c.memoryLimit() - c.otherMem();
        if (!Double.isInfinite(c.gogc()) && g < 4) g = 4;
        if (g < live + 0.0625) g = live + 0.0625;
        return g;
    }
}
