package dev.golab.sched.sim;

/*
 * Go behaviour:    `go tool trace` records per-P events and draws one lane per P; GODEBUG=schedtrace
 *                  reports idle Ps next to queued Gs.
 * Model:           what the simulator writes down while it runs — the chart's data: TraceEvents (one
 *                  per step), Segments (a P running a G from start to end: a lane-chart bar) and the
 *                  longest stretch with an idle P while Gs were queued (SIM-I4).
 * Invariants:      SIM-I2 a pure record: the same seed gives the same events and segments.
 *                  SIM-I8 times never decrease along the event list.
 * Differs from Go: records teaching events Go does not trace (steal, spill, handoff, stack copies).
 * See:             SchedSim, LaneChart, SchedSimPropertiesTest.
 */
import dev.golab.sched.sim.TraceEvent.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

final class SimRecorder {
    private final List<TraceEvent> trace = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private long imbalanceSince = -1, maxImbalance;
    private Consumer<TraceEvent> observer = e -> {};

    void emit(long now, Kind kind, int p, int m, int g, int other, String detail) {
        TraceEvent e = new TraceEvent(now, kind, p, m, g, other, detail);
        trace.add(e);
        observer.accept(e);
    }

    void endSegment(long now, SimP p, SimG g, String how) {
        if (p != null && g != null && now > p.segStart) segments.add(new Segment(p.id, g.id, p.segStart, now, how));
    }

    /** After each event: is a P idle (or held by an M not yet running a G) while Gs wait in a queue? */
    void trackImbalance(long now, List<SimP> allp, boolean globalQueued) {
        boolean queued = globalQueued;
        for (SimP p : allp) queued |= p.runq.ringSize() > 0;
        boolean idleP = false;
        for (SimP p : allp) idleP |= p.status == SimP.Status.IDLE || (p.status == SimP.Status.RUNNING && p.m.curg == null);
        boolean imbalance = queued && idleP;
        if (imbalance && imbalanceSince < 0) imbalanceSince = now;
        if (!imbalance && imbalanceSince >= 0) {
            maxImbalance = Math.max(maxImbalance, now - imbalanceSince);
            imbalanceSince = -1;
        }
    }

    void observe(Consumer<TraceEvent> o) {
        observer = o;
    }

    List<TraceEvent> trace() {
        return Collections.unmodifiableList(trace);
    }

    List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    long maxImbalanceNs() {
        return maxImbalance;
    }
}
