/**
 * The lab's one notion of time — Go's runtime timers (runtime/time.go) and testing/synctest's fake
 * clock. (modules/chan adds Time, Timer and Ticker to this package, built on Clock.)
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>All lab timers live in one heap per clock; the system clock has one timer thread per JVM.</li>
 *   <li>A scheduled action runs at most once and never before its time on its clock.</li>
 *   <li>A goroutine inherits its parent's clock, so a test or bubble on a VirtualClock never waits for
 *       real time.</li>
 * </ol>
 *
 * <h2>Model</h2>
 * Clock (now, nanoTime, sleep, schedule, afterFunc) · SystemClock · VirtualClock (advance,
 * advanceToNext) · TimerHeap (stop/reset with Go's results) · ClockTimer.
 *
 * <h2>Differences from Go</h2>
 * Timers fire on one thread, not on the P that owns them; precision is LockSupport.parkNanos's.
 */
package dev.golab.time;
