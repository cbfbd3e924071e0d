/**
 * How the {@code golab} command reads its arguments and fails: one error path ({@link
 * dev.golab.lab.cli.CliErrors}, installed by Main) and typed picocli converters, so that every bad
 * argument gets one line saying what is wrong and what is valid, exit 2, and no stack trace unless
 * {@code --debug}.
 *
 * <table>
 *   <caption>Converters</caption>
 *   <tr><th>class</th><th>reads</th><th>Go source it follows</th></tr>
 *   <tr><td>ByteSize</td><td>GOMEMLIMIT: off, 1048576, 30MiB, 1GiB</td><td>runtime.parseByteCount (runtime/string.go)</td></tr>
 *   <tr><td>Gogc</td><td>GOGC: off, -1, 0..2^31-1</td><td>runtime.readGOGC (runtime/mgcpacer.go)</td></tr>
 *   <tr><td>GoDuration</td><td>10ms, 1.5s, 2h45m</td><td>time.ParseDuration (time/format.go)</td></tr>
 *   <tr><td>IntRange</td><td>a bounded int (IntRange.Procs: 1..256)</td><td>-</td></tr>
 *   <tr><td>Choice</td><td>one of a list of names (chapters, scenarios, enum constants)</td><td>-</td></tr>
 *   <tr><td>OutputFile</td><td>a file to write, relative to the caller's directory; atomic write</td><td>-</td></tr>
 * </table>
 *
 * <p>Invariants CLI-I1..CLI-I10 are stated in the class headers; BadInputTest and the converter tests
 * name them. Go version followed: 1.23.
 */
package dev.golab.lab.cli;
