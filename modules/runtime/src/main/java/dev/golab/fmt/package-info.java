/**
 * Go's fmt (print.go, format.go, errors.go) and the strconv pieces it prints with (ftoa.go,
 * quote.go), Go 1.23: Sprintf, Sprint, Sprintln and Errorf over the lab's value model.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>FMT-I17 fmt never throws a Java exception: every problem prints as a %!… marker
 *       (BADVERB, MISSING, EXTRA, NOVERB, BADINDEX, BADWIDTH, BADPREC, PANIC, nil).</li>
 *   <li>FMT-I3 padding counts runes; FMT-I7 %v / %g of a float is the shortest text that reads back.</li>
 *   <li>FMT-I20 map keys print in internal/fmtsort order.</li>
 *   <li>ERR-I4/I5 Errorf wraps as fmt/errors.go: one %w → Unwrap() error, several → Unwrap() []error
 *       with each operand once, non-errors left out.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * <table>
 *   <caption>files and the Go code they follow</caption>
 *   <tr><th>class</th><th>Go</th></tr>
 *   <tr><td>Fmt</td><td>Sprintf, Sprint, Sprintln, Errorf</td></tr>
 *   <tr><td>Printer</td><td>pp.doPrintf / doPrint / doPrintln, argNumber, intFromArg</td></tr>
 *   <tr><td>Values, Composites, Nils</td><td>printArg, handleMethods, badVerb, catchPanic, printValue</td></tr>
 *   <tr><td>Field</td><td>the fmt struct: flags, padding, %s %x %q of strings</td></tr>
 *   <tr><td>IntegerFormat</td><td>fmtInteger, fmtUnicode, fmtC, fmtQc</td></tr>
 *   <tr><td>FloatFormat, FloatText, Decimal</td><td>fmtFloat; strconv.AppendFloat; decimal digits</td></tr>
 *   <tr><td>Quote, Utf8, Buffer</td><td>strconv.Quote / IsPrint; unicode/utf8; the output buffer</td></tr>
 *   <tr><td>GoTypes, MapOrder</td><td>reflect.Type.String(); internal/fmtsort</td></tr>
 *   <tr><td>GoInt, IntKind, Complex, Typed, GoType</td><td>Go values Java lacks: sized and unsigned
 *       integers, complex numbers, a value's static type, a class's Go type name</td></tr>
 *   <tr><td>Stringer, GoStringer, WrapError, WrapErrors</td><td>fmt.Stringer, fmt.GoStringer,
 *       *fmt.wrapError, *fmt.wrapErrors</td></tr>
 * </table>
 *
 * <h2>Value model</h2>
 * Boolean bool · Byte int8 · Short int16 · Integer int · Long int64 · Character int32 (rune) ·
 * Float float32 · Double float64 · String string · byte[] []byte · GoInt the other integers ·
 * Complex complex64/128 · List and Java arrays slices · Map maps · records structs (component names
 * are field names; a lower-case name is unexported) · GoError error · Typed a value with its Go type.
 *
 * <h2>Differences from Go</h2>
 * Named one by one in FmtKnownDifferencesTest: %p addresses come from the identity hash; an untyped
 * empty List is []interface {}; mixed-type map keys sort by type name; Unicode tables are the JDK's;
 * a lone UTF-16 surrogate prints '?'; foreign Java objects print their toString(); a null struct
 * field prints &lt;nil&gt;; a Java Throwable prints like an error but %w wraps only a GoError.
 * fmt.Formatter is not modelled. Everything else is checked against 17,000+ recorded Go cases
 * (FmtDifferentialTest).
 */
package dev.golab.fmt;
