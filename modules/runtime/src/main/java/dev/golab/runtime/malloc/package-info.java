/**
 * dev.golab.runtime.malloc — the allocator's size classes, the one table every module rounds with,
 * and the counts `go test -benchmem` reports: Mallocs (mallocgc calls, with the tiny allocator),
 * StructLayout (sizes and padding) and ConvT (what boxing into an interface allocates).
 *
 * <h2>Go source modelled (go1.23.5 linux/amd64)</h2>
 * runtime/mksizeclasses.go (the rule that generates sizeclasses.go), runtime/msize.go (roundupsize),
 * runtime/malloc.go (the malloc header of Go 1.22+, mallocgc's tiny/small/large split),
 * runtime/iface.go (convT16, convT32, convT64, convTstring, convTslice, convT, convTnoptr).
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>MALLOC-I1 exactly 68 classes, class 0 standing for "large object".</li>
 *   <li>MALLOC-I2 class sizes strictly increase.</li>
 *   <li>MALLOC-I3 roundupsize(n) is at least n and the smallest class that fits (header rule included).</li>
 *   <li>MALLOC-I4 roundupsize is monotone in n.</li>
 * </ol>
 *
 * <h2>Users</h2>
 * dev.golab.slices (growslice's capacity, strings.Builder) and dev.golab.gc (object sizes, per-class
 * free lists of the simulated heap). Both used to hold a copy; this package is the only one now.
 *
 * <h2>Differences from Go</h2>
 * No spans or mcache here: the arithmetic of class choice and rounding, and counters that follow
 * mallocgc's choices (one tiny block per counter, where Go keeps one per P).
 */
package dev.golab.runtime.malloc;
