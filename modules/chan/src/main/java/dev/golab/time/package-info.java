/**
 * Go's timer channels (package time, Go 1.23): {@link dev.golab.time.Time#after},
 * {@link dev.golab.time.Timer}, {@link dev.golab.time.Ticker}. The runtime module holds the clock
 * side of the same package (Clock, VirtualClock): every timer here is one entry in its clock's single
 * heap — no thread per timer.
 *
 * <p>Invariants: I1 timer channels are synchronous-looking (cap 0) and hold at most one pending
 * value; I2 after Stop/Reset returns no stale value can be received; I3 an unreferenced timer is
 * collected (Cleaner) and leaves the heap.
 *
 * <p>Differences from Go: times are Instants; a ticker re-arms from its firing, not from its
 * previous deadline.
 */
package dev.golab.time;
