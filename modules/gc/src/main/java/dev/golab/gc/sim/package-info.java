/**
 * dev.golab.gc.sim — the collector over time: a seeded simulation with the real pacer, and the
 * gc-guide's cost model beside it.
 *
 * <h2>Go source modelled (Go 1.23)</h2>
 * src/runtime/mgc.go (gcStart, gcMarkDone), mgcpacer.go, mgclimit.go, GODEBUG=gctrace=1's line;
 * go.dev/doc/gc-guide and its gc-guide.js model.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-SI1 a Simulation is a pure function of its Config (seed included); GC-SI2 its safety oracle
 *       never reports a lost object with a correct barrier.</li>
 *   <li>GC-T1 trace samples are in time order; GC-T2 one "cycle" event per completed cycle.</li>
 *   <li>GC-MT1 0 ≤ GC CPU fraction ≤ 1; GC-MT2 two pauses per cycle.</li>
 *   <li>GC-WL1 STEADY and LINKED_LIST keep ~liveBytes live; LEAK's live set grows.</li>
 *   <li>GC-GM1 GuideModel reproduces the guide's tables (12 cycles, 40 MiB, 6.4 % at GOGC=100).</li>
 * </ol>
 *
 * <h2>Model table</h2>
 * <table>
 *   <tr><th>Class</th><th>What</th></tr>
 *   <tr><td>Simulation</td><td>1 ms ticks, one mutator, 25 % background marking, assists, lazy sweep</td></tr>
 *   <tr><td>Workload</td><td>GUIDE, STEADY, BURSTY, LINKED_LIST, LEAK, SUBSLICE, SUBSLICE_COPY</td></tr>
 *   <tr><td>Trace, Metrics</td><td>the timeline and gctrace lines; the run's summary</td></tr>
 *   <tr><td>GuideModel</td><td>the gc-guide's stop-the-world model, ported exactly</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * One mutator goroutine; no idle-priority marking, scavenger or periodic GC; simulated time.
 */
package dev.golab.gc.sim;
