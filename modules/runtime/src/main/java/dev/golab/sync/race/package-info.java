/**
 * A happens-before data-race detector, the lab's model of {@code go build -race} (ThreadSanitizer v2
 * as used by Go 1.23, runtime/race).
 *
 * <h2>Go source modelled</h2>
 * The detector's contract, not TSan's code: race.Acquire / race.Release / race.ReleaseMerge calls
 * that src/sync, runtime/chan.go and the {@code go} statement make, and the report format
 * ({@code WARNING: DATA RACE}, {@code Read at … by goroutine N:}, {@code Previous write at …}).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>A pair of accesses is reported iff both touch the same variable, at least one writes, they
 *       come from different goroutines, and neither happens before the other in the observed
 *       execution (the vector-clock order equals the transitive closure of program order + sync edges).</li>
 *   <li>Only the observed execution counts: no false positives, but a race hidden by a coincidental
 *       sync edge in this run is missed (CONC-08.A1).</li>
 * </ol>
 *
 * <h2>Variants</h2>
 * <table>
 *   <caption>Detector variants</caption>
 *   <tr><th>Model</th><th>History kept</th><th>Go</th></tr>
 *   <tr><td>RaceDetector</td><td>every access (exact)</td><td>TSan: 4 shadow cells per 8 bytes (may forget)</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * Events are fed explicitly as a trace of the observed execution; Go instruments every memory access
 * at compile time. Sites are strings instead of symbolised stacks; no "Goroutine N (running) created
 * at" section.
 */
package dev.golab.sync.race;
