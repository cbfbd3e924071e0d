/**
 * dev.golab.gc.escape — which allocations never reach the collector: the compiler's escape decisions.
 *
 * <h2>Go source modelled</h2>
 * cmd/compile/internal/escape and ir/cfg.go size limits (Go 1.23), as printed by go build -gcflags=-m.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-EA1 a variable is "moved to heap" iff a rule about its address or size applies to it.</li>
 * </ol>
 *
 * <h2>Differences from Go</h2>
 * A rule table over the statements that decide the answer, not the compiler's data-flow graph; no
 * inlining; Go 1.25+ stack-allocates small variable-size makes.
 */
package dev.golab.gc.escape;
