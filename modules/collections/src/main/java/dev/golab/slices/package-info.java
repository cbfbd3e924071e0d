/**
 * Go slices and arrays, made executable.
 *
 * <p>Go source modelled: runtime/slice.go (makeslice, growslice, nextslicecap, slicecopy),
 * runtime/msize.go (roundupsize with the Go 1.22+ malloc header), runtime/mksizeclasses.go (the 68 size
 * classes, generated here by the same rule), runtime/error.go (boundsError texts) — go1.23.5 linux/amd64.
 *
 * <p>Invariants: I1 a header never exceeds its array (0 <= len <= cap). I2 append within cap mutates
 * the shared array; beyond cap it reallocates to exactly Growslice.newCap. I3 every misuse throws Go's
 * exact RuntimeError text (benchmarks/go/oracle/data/panics.json).
 *
 * <table>
 *   <caption>Variants</caption>
 *   <tr><th>Class</th><th>Go</th><th>Notes</th></tr>
 *   <tr><td>Slice&lt;T&gt;</td><td>[]T</td><td>element size/pointers declared by ElemType (default int)</td></tr>
 *   <tr><td>IntSlice</td><td>[]int</td><td>int[] backing for benchmarks; same Growslice rule</td></tr>
 *   <tr><td>GoArray&lt;T&gt;</td><td>[N]T</td><td>value semantics through assign(); Go == as equals</td></tr>
 * </table>
 *
 * <p>Differences from Go: Java has no implicit copy of arrays on assignment (call assign()); element
 * values are Java references or 32-bit ints while capacities use Go's element sizes.
 */
package dev.golab.slices;
