/*
 * Go behaviour:    GODEBUG=gctrace=1 prints one line per cycle:
 *                  gc # @#s #%: #+#+# ms clock, ... #->#-># MB, # MB goal, # MB stacks, #MB globals, # P
 * Model:           1. Sample: every simulated tick - time, heap in use, goal, phase (the timeline).
 *                  2. Event: phase changes, pauses, cycle ends with a gctrace-shaped line.
 * Invariants:      GC-T1 samples are in time order; GC-T2 one "cycle" event per completed cycle.
 * Differs from Go: times are simulated; the CPU field shows background+assist only.
 * See:             Simulation, GcCommand (renders it to SVG).
 */
package dev.golab.gc.sim;

import dev.golab.gc.Phase;
import dev.golab.gc.pacer.Pacer;
import java.util.ArrayList;
import java.util.List;

public final class Trace {
    public record Sample(long timeNs, long heapInUse, long goal, long trigger, Phase phase) {}

    public record Event(long timeNs, String kind, String text) {}

    private final List<Sample> samples = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    void sample(long t, long heap, long goal, long trigger, Phase p) { samples.add(new Sample(t, heap, goal, trigger, p)); }

    void event(long t, String kind, String text) { events.add(new Event(t, kind, text)); }

    public List<Sample> samples() { return samples; }

    public List<Event> events() { return events; }

    /** The gctrace lines, one per cycle. */
    public List<String> gctrace() {
        return events.stream().filter(e -> e.kind().equals("cycle")).map(Event::text).toList();
    }

    static String gctraceLine(int n, long tNs, double gcPct, long stw1, long markNs, long stw2, long start, long end,
                              long live, long goal, long stacks, long globals, int procs) {
        return String.format("gc %d @%.3fs %d%%: %.3f+%.1f+%.3f ms clock, %d->%d->%d MB, %d MB goal, %d MB stacks, %d MB globals, %d P",
                n, tNs / 1e9, Math.round(gcPct * 100), stw1 / 1e6, markNs / 1e6, stw2 / 1e6, start >> 20, end >> 20, live >> 20,
                goal == Pacer.INFINITE ? -1 : goal >> 20, stacks >> 20, globals >> 20, procs);
    }
}
