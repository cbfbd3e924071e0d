/*
 * Go behaviour:    what a study group should see of the G-M-P scheduler (runtime/proc.go; Go 1.23):
 *                  each P's running G, runnext and local ring, the global queue, steals between Ps,
 *                  sysmon's syscall hand-offs and preemptions, netpoll wake-ups — and how the same
 *                  program schedules differently at GOMAXPROCS 1, 2 and 4.
 * Model:           1. run one scenario of dev.golab.sched.sim.Scenarios with one seed at each
 *                     GOMAXPROCS of the selector (1, 2, 4); observe the simulator and take its
 *                     SimState after every trace event: one frame per event, frame 0 = before start.
 *                  2. map each run to compact JSON and embed it in the sched.html template (Page).
 *                  JSON: {scenario, description, seed, defaultProcs, runs[{procs, summary, total,
 *                  truncated, events[[t, kind, p, m, g, other, detail]], frames[{t, e, ps[[status, m,
 *                  running, runnext, [ring]]], gq[..], np[..]}]}]}; e is the event index (-1 for frame 0);
 *                  ids are goroutine ids, -1 = none; other is a steal's victim P.
 * Invariants:      VIEW-S1 one run per GOMAXPROCS of the selector, all from the same seed and program.
 *                  VIEW-S2 frame i > 0 shows the state right after event i − 1 (SchedSim.observe).
 *                  VIEW-S3 the page for (scenario, seed) is byte-identical on every generation (VIEW-P1).
 * Differs from Go: see SchedSim (scripted programs, scheduling takes no time); a run longer than
 *                  MAX_FRAMES events is cut there, and the page says so.
 * See:             Page, SchedPageTest, SchedPageBrowserTest, docs/views/sched.html, `./golab sched --html FILE`.
 */
package dev.golab.lab.views;

import dev.golab.sched.sim.Scenarios;
import dev.golab.sched.sim.SchedSim;
import dev.golab.sched.sim.SimConfig;
import dev.golab.sched.sim.SimState;
import dev.golab.sched.sim.TraceEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public final class SchedPage {
    /** The GOMAXPROCS selector. */
    static final List<Integer> PROCS = List.of(1, 2, 4);
    static final int DEFAULT_PROCS = 2;
    /** The scenario of docs/views/sched.html: one run with every mechanism the page draws. */
    public static final String DOCS_SCENARIO = "mix";
    public static final long DOCS_SEED = 1;
    static final int MAX_FRAMES = 2_000;
    static final long LIMIT_NS = 1_000_000_000L;

    public record Data(String scenario, String description, long seed, int defaultProcs, List<RunJson> runs) {}

    public record RunJson(int procs, String summary, int total, boolean truncated, List<List<Object>> events, List<FrameJson> frames) {}

    public record FrameJson(long t, int e, List<List<Object>> ps, List<Integer> gq, List<Integer> np) {}

    private SchedPage() {}

    /** The page's data for {@code scenario} (a Scenarios key) and {@code seed}; unknown keys throw IllegalArgumentException. */
    public static Data data(String scenario, long seed) {
        Scenarios.Scenario sc = Scenarios.get(scenario);
        List<RunJson> runs = new ArrayList<>();
        for (int procs : PROCS) runs.add(run(sc, procs, seed));
        return new Data(sc.name(), sc.description(), seed, DEFAULT_PROCS, runs);
    }

    public static String html(String scenario, long seed) {
        return Page.render("sched.html", data(scenario, seed));
    }

    private static RunJson run(Scenarios.Scenario sc, int procs, long seed) {
        SchedSim sim = new SchedSim(SimConfig.of(procs, seed));
        List<FrameJson> frames = new ArrayList<>();
        frames.add(frame(sim.state(), -1));
        sim.observe(e -> {
            if (frames.size() <= MAX_FRAMES) frames.add(frame(sim.state(), frames.size() - 1));
        });
        sc.roots().forEach(sim::go);
        while (sim.now() <= LIMIT_NS && sim.step()) {
            sim.checkInvariants();                                   // SIM-I1 at every event boundary
        }
        List<TraceEvent> trace = sim.trace();
        boolean truncated = trace.size() > MAX_FRAMES;
        List<List<Object>> events = new ArrayList<>();
        for (TraceEvent e : trace.subList(0, Math.min(trace.size(), MAX_FRAMES))) {
            events.add(List.of(e.time(), e.kind().name(), e.p(), e.m(), e.g(), e.other(), e.detail()));
        }
        return new RunJson(procs, summary(sim), trace.size(), truncated, events, frames);
    }

    private static FrameJson frame(SimState s, int event) {
        List<List<Object>> ps = new ArrayList<>();
        for (SimState.PState p : s.ps()) ps.add(List.of(p.status(), p.m(), p.running(), p.runnext(), p.ring()));
        return new FrameJson(s.now(), event, ps, s.global(), s.netpoll());
    }

    static String summary(SchedSim sim) {
        Map<TraceEvent.Kind, Integer> n = new EnumMap<>(TraceEvent.Kind.class);
        for (TraceEvent e : sim.trace()) n.merge(e.kind(), 1, Integer::sum);
        return String.format(Locale.ROOT, "%s at %.1f ms; steals: %d, syscall hand-offs: %d, sysmon preemptions: %d, netpoll wake-ups: %d, Ms: %d",
                sim.done() ? "all goroutines ended" : "stopped", sim.now() / 1e6, n.getOrDefault(TraceEvent.Kind.STEAL, 0),
                n.getOrDefault(TraceEvent.Kind.HANDOFF, 0), n.getOrDefault(TraceEvent.Kind.GO_PREEMPT, 0),
                n.getOrDefault(TraceEvent.Kind.NETPOLL, 0), sim.threads());
    }
}
