/**
 * Go's package time, user-facing side (Go 1.23): {@link dev.golab.time.Time} (Now, Since, Until,
 * Sleep, After, AfterFunc, NewTimer, NewTicker, Tick), {@link dev.golab.time.Timer} and
 * {@link dev.golab.time.Ticker}, and the time.Time value itself ({@link dev.golab.time.GoTime} with
 * {@link dev.golab.time.GoLocation}: wall clock, monotonic reading, Location; == against Equal). The
 * channel API is thin: the machinery lives where Go keeps
 * it, in the runtime — the clock and its single timer heap in {@code dev.golab.runtime.Clock}
 * (runtime/time.go), the timer channel in {@code dev.golab.chan.ChanTimer}.
 *
 * <p>Invariants: TM-I1…TM-I3 (TimerState), TM-I4…TM-I6 (Timer), TM-I7, TM-I8 (Ticker): timer channels
 * look synchronous (cap 0) and hold at most one pending value; after Stop/Reset returns no stale value
 * can be received; an unreferenced timer is collected and leaves the heap; a duration beyond Go's
 * int64 nanoseconds saturates to "never".
 *
 * <p>Differences from Go: the channel API's times are Instants (GoTime carries the monotonic reading
 * and the Location); a ticker re-arms
 * from its firing, not from its previous deadline.
 */
package dev.golab.time;
