/**
 * Methods, method sets, embedding and interface values — Go spec "Method sets", "Selectors",
 * "Struct types", "Interface types", "Type assertions", "Type switches", and runtime/iface.go
 * (Go 1.23), as a tiny type model with struct values and pointers.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>LANG-I8 defined types are nominal; LANG-I9 slices, maps and funcs are not comparable.</li>
 *   <li>LANG-I10 an embedded field is named after its type; LANG-I11 compile errors carry Go's text.</li>
 *   <li>LANG-I12 value receivers get copies; LANG-I13 no methods on pointer or interface underlying types;
 *       LANG-I14 struct assignment copies; LANG-I15 pointer equality is identity.</li>
 *   <li>LANG-I16 zero values are fresh; LANG-I17 depth = path length; LANG-I18 the shallowest selector wins;
 *       LANG-I19 two at one depth are ambiguous; LANG-I20 method set of T ⊆ that of *T;
 *       LANG-I21 implements ⇔ method-set inclusion.</li>
 *   <li>LANG-I22 addressability follows the walk; LANG-I23 x.f and x.E.f are the same storage.</li>
 *   <li>LANG-I24 itabs are cached; LANG-I25 itab methods follow the interface's order;
 *       LANG-I26 nil ⇔ type word nil; LANG-I27 panic texts are Go's; LANG-I28 interfaces never nest;
 *       LANG-I29 one type-switch case runs; LANG-I30 embedding is not assignability.</li>
 * </ul>
 *
 * <h2>Model</h2>
 * <table>
 *   <tr><th>Go</th><th>here</th></tr>
 *   <tr><td>types, %T</td><td>{@link dev.golab.lang.types.GoType}, {@link dev.golab.lang.types.Named}, {@link dev.golab.lang.types.Field}</td></tr>
 *   <tr><td>methods, receivers</td><td>{@link dev.golab.lang.types.Method}</td></tr>
 *   <tr><td>struct values, &amp;x, zero values</td><td>{@link dev.golab.lang.types.StructValue}, {@link dev.golab.lang.types.Ptr}, {@link dev.golab.lang.types.Zero}</td></tr>
 *   <tr><td>go/types lookup.go, methodset.go</td><td>{@link dev.golab.lang.types.MethodSets}, {@link dev.golab.lang.types.Selection}</td></tr>
 *   <tr><td>x.f, x.m(), addressability</td><td>{@link dev.golab.lang.types.Selectors}, {@link dev.golab.lang.types.Operand}</td></tr>
 *   <tr><td>assignability</td><td>{@link dev.golab.lang.types.Assignability}</td></tr>
 *   <tr><td>iface/eface, itab, x.(T), switch x.(type)</td><td>{@link dev.golab.lang.types.Iface}, {@link dev.golab.lang.types.Itab}, {@link dev.golab.lang.types.TypeSwitch}</td></tr>
 *   <tr><td>type-checker errors</td><td>{@link dev.golab.lang.types.CompileError}</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * It is a model: Java has no value types, pointers or Go type descriptors. A struct is a
 * StructValue whose copy() is Go's assignment; a pointer is a reference to that storage; a type is a
 * Java record or a Named object. Interface methods match by name only (Go also matches signatures).
 * Checks Go makes at compile time raise a CompileError when the model reaches them. Expected texts
 * come from src/test/go (methods, iface, compile-errors), recorded with Go 1.23.5.
 */
package dev.golab.lang.types;
