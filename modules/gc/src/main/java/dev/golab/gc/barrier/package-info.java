/**
 * dev.golab.gc.barrier — the write barriers: what runs before {@code *slot = ptr} while marking.
 *
 * <h2>Go source modelled (Go 1.23)</h2>
 * src/runtime/mbarrier.go (the hybrid barrier's pseudo-code and its proof sketch), mwbbuf.go (the per-P
 * buffer that makes the shipped barrier unconditional); proposal 17503; Dijkstra 1978 and Yuasa 1990
 * as the two halves.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GC-B1 a barrier shades, never un-shades; GC-B2 key() is the registry key "gc.&lt;Name&gt;".</li>
 *   <li>GC-D1 Dijkstra: no heap black → white edge is created by a barriered write.</li>
 *   <li>GC-Y1 Yuasa: an object reachable at mark start cannot be hidden (shaded on deletion).</li>
 *   <li>GC-HB1 hybrid: the weak invariant holds after every step; GC-HB2 the strong one can fail for the
 *       conditional variant only.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * A barrier sees only ids, a {@link dev.golab.gc.barrier.Barrier.Shader} (the collector's shade) and
 * the writer's {@link dev.golab.gc.barrier.Barrier.Stack} colour, so this package depends on nothing:
 * the collector (dev.golab.gc) depends on it, never the other way. Variants: see dev.golab.gc's table.
 *
 * <h2>Differences from Go</h2>
 * No wbBuf batching: a barrier shades at once. NoBarrier is a teaching control Go never runs.
 */
package dev.golab.gc.barrier;
