/*
 * Go behaviour:    none directly; it stands in for what GODEBUG=gctrace and a debugger would let a reader
 *                  see one step at a time: each colour change, root scan, phase change and free.
 * Model:           1. One sink shared by the Collector, its Marker and its Sweeper (null: silent).
 *                  2. Callers test on() before building a line, so the hot mark loop pays nothing.
 * Invariants:      GC-LG1 with no sink no line is built (the mark loop's drain() never logs).
 * Differs from Go: a lab diagnostic, not a Go facility.
 * See:             Collector.log, GcCommand --step, BarrierScenariosTest (the logs it reads).
 */
package dev.golab.gc;

import java.util.function.Consumer;

final class GcLog {
    private Consumer<String> sink;

    void sink(Consumer<String> s) { sink = s; }

    boolean on() { return sink != null; }

    void line(String text) {
        if (sink != null) sink.accept(text);
    }
}
