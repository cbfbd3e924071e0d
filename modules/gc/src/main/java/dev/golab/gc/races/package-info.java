/**
 * dev.golab.gc.races — the races a write barrier exists to stop, replayed step by step.
 *
 * <h2>Go source modelled (Go 1.23)</h2>
 * The comments of src/runtime/mbarrier.go and proposal 17503 (why the hybrid barrier needs no stack
 * re-scan); the five scenarios of the project's GC reference notes (section 3.5).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-SC1 Scenarios reproduce the outcome table (lost or safe) for every barrier.</li>
 *   <li>GC-IL1 Interleaving.run is deterministic for a program; GC-IL2 shrink() output still fails.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * Scenarios: five hand-written programs (insertion race, hide in a scanned stack, move from an unscanned
 * stack, allocate onto a black stack, weak-only state). Interleaving: random two-goroutine programs
 * with greedy delta-debugging, printed as Go.
 *
 * <h2>Differences from Go</h2>
 * One statement is atomic; the barrier runs before the store, as in Go, so the same races exist.
 */
package dev.golab.gc.races;
