/**
 * Package initialisation — Go spec "Package initialization" and "Program initialization" (Go 1.21+
 * order, Go 1.23 compiler), as a simulator over declared packages, variables, functions and inits.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>LANG-I31 no initialiser reads an uninitialised variable; LANG-I32 declaration order is files
 *       by name, then source order.</li>
 *   <li>LANG-I33 a variable follows its dependencies; LANG-I34 otherwise the earliest declared goes
 *       first; LANG-I35 cycles are reported with Go's text.</li>
 *   <li>LANG-I36 a package follows its imports, once; LANG-I37 the smallest ready import path goes
 *       first (Go 1.21).</li>
 *   <li>LANG-I38 blank imports expose no names; LANG-I39 variables before inits; LANG-I40 imported
 *       inits before the importer's; LANG-I41 each package once.</li>
 * </ul>
 *
 * <h2>Model</h2>
 * <table>
 *   <tr><th>Go</th><th>here</th></tr>
 *   <tr><td>package, files, imports</td><td>{@link dev.golab.lang.pkginit.Pkg}</td></tr>
 *   <tr><td>var / func / init declarations</td><td>{@link dev.golab.lang.pkginit.Decl}</td></tr>
 *   <tr><td>types2/initorder.go</td><td>{@link dev.golab.lang.pkginit.VarOrder}</td></tr>
 *   <tr><td>the Go 1.21 package order</td><td>{@link dev.golab.lang.pkginit.PackageOrder}</td></tr>
 *   <tr><td>runtime doInit, main</td><td>{@link dev.golab.lang.pkginit.Program}, {@link dev.golab.lang.pkginit.Env}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * References are declared beside each Java body instead of being found by the compiler; a panic in
 * an init propagates to the caller instead of ending a process. The expected orders and texts come
 * from src/test/go/pkginit and src/test/go/compile-errors, recorded with Go 1.23.5.
 */
package dev.golab.lang.pkginit;
