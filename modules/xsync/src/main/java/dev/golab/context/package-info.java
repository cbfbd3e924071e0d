/**
 * Go's {@code context} package (src/context/context.go, Go 1.23), executable.
 *
 * <h2>Invariants (ContextAnswersTest, ContextOracleTest, ContextPropertiesTest)</h2>
 * <ol>
 *   <li>CTX-I1 {@code err() == null} iff {@code done()} is open; a never-cancellable context has
 *       {@code done().isNil()}.</li>
 *   <li>CTX-I2 Cancelling a node cancels exactly its subtree (cut at WithoutCancel), never its parent or
 *       siblings; cancel is idempotent and the first cause wins.</li>
 *   <li>CTX-I3 A child's deadline is never later than its parent's (WithDeadline returns a plain
 *       WithCancel then).</li>
 *   <li>CTX-I4 Deadlines are timers on the runtime {@link dev.golab.runtime.Clock} heap — no thread per
 *       context; on a VirtualClock they fire inside {@code advance()}.</li>
 *   <li>CTX-I5 A cancellable child stays registered with its nearest cancellable ancestor until it or the
 *       ancestor is cancelled ({@link dev.golab.context.CancelContext#registeredChildren()} shows a
 *       forgotten cancel).</li>
 * </ol>
 *
 * <h2>Go types → classes</h2>
 * <table>
 *   <tr><th>context.go</th><th>golab</th></tr>
 *   <tr><td>backgroundCtx / todoCtx</td><td>EmptyCtx</td></tr>
 *   <tr><td>cancelCtx (WithCancel, WithCancelCause)</td><td>CancelCtx</td></tr>
 *   <tr><td>timerCtx (WithDeadline[Cause], WithTimeout[Cause])</td><td>TimerCtx</td></tr>
 *   <tr><td>valueCtx</td><td>ValueCtx</td></tr>
 *   <tr><td>withoutCancelCtx</td><td>WithoutCancelCtx</td></tr>
 *   <tr><td>afterFuncCtx (AfterFunc)</td><td>AfterFuncCtx</td></tr>
 *   <tr><td>Canceled, DeadlineExceeded</td><td>ContextError.CANCELED / DEADLINE_EXCEEDED</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * <ul>
 *   <li>{@code done()} is a golab {@code Chan<Void>}; the context and its CancelFunc are one object
 *       ({@code CancelContext}, AutoCloseable = {@code defer cancel()}).</li>
 *   <li>String() of a time.Now()-derived deadline has no monotonic {@code m=+…} suffix and prints UTC.</li>
 *   <li>Go type names for keys/values: boxed primitives print as Go's basic types, other classes as
 *       {@code lastPackageSegment.SimpleName}; {@link dev.golab.context.Stringer} is fmt.Stringer.</li>
 *   <li>The afterFuncer fast path for foreign parents is not modelled: foreign parents with their own
 *       Done channel are watched by a goroutine (Go's fallback path).</li>
 * </ul>
 */
package dev.golab.context;
