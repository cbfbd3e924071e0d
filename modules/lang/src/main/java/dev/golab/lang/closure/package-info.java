/**
 * Closures and loop variables — Go spec "Function literals" and "For statements" (Go 1.22 change),
 * modelled with explicit variable cells.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>LANG-I1 a Cell read returns the latest write, whoever wrote it (capture by variable).</li>
 *   <li>LANG-I2 two Cells never share storage.</li>
 *   <li>LANG-I3 Go versions order numerically; LANG-I4 bad versions are rejected with the valid form.</li>
 *   <li>LANG-I5 go &lt; 1.22: one Cell per loop. LANG-I6 go &ge; 1.22: one Cell per iteration.</li>
 *   <li>LANG-I7 the per-iteration copy happens before the post statement, so body writes carry over.</li>
 * </ul>
 *
 * <h2>Model</h2>
 * <table>
 *   <tr><th>Go</th><th>here</th></tr>
 *   <tr><td>a variable captured by a func literal</td><td>{@link dev.golab.lang.closure.Cell}</td></tr>
 *   <tr><td>go.mod's go line</td><td>{@link dev.golab.lang.closure.GoVersion}</td></tr>
 *   <tr><td>three-clause and range loops</td><td>{@link dev.golab.lang.closure.ForLoop}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * Java lambdas capture values, so a Go variable is an explicit Cell; every captured variable is a heap
 * object, where Go's escape analysis decides. Expected outputs come from the Go programs in
 * src/test/go (loopvar, loopvar-go1.21), recorded with Go 1.23.5.
 */
package dev.golab.lang.closure;
