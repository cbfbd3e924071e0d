package dev.golab.time;

/*
 * Go behaviour:    package time's channel API (Go 1.23): After, NewTimer, NewTicker, Tick, plus Now,
 *                  Since, Until read from the current clock (a fake one inside a synctest bubble).
 * Model:           factories over Clock.current(): every timer is one entry in that clock's heap.
 * Invariants:      see Timer and Ticker.
 * Differs from Go: times are java.time.Instant (no monotonic reading, no Location); GoTime is Go's
 *                  time.Time value itself, for what `==` against Equal means (GoTimeAnswersTest).
 * See:             TimerAnswersTest.
 */
import dev.golab.chan.Chan;
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import java.time.Duration;
import java.time.Instant;

public final class Time {
    private Time() {}

    /** {@code time.After(d)}: a channel that receives the time once, d from now. */
    public static Chan<Instant> after(Duration d) {
        return newTimer(d).c();
    }

    /** {@code time.NewTimer(d)}. */
    public static Timer newTimer(Duration d) {
        return new Timer(Clock.current(), d);
    }

    /** {@code time.NewTicker(d)}; d <= 0 panics. */
    public static Ticker newTicker(Duration d) {
        return new Ticker(Clock.current(), d);
    }

    /** {@code time.Tick(d)}: a ticker's channel, or the nil channel when d <= 0 (Go returns nil). */
    public static Chan<Instant> tick(Duration d) {
        return d.compareTo(Duration.ZERO) <= 0 ? Chan.nil() : newTicker(d).c();
    }

    /** {@code time.Now()} on the current clock. */
    public static Instant now() {
        return Clock.current().now();
    }

    /** {@code time.Since(t)} = {@code Now().Sub(t)}. */
    public static Duration since(Instant t) {
        return Duration.between(t, now());
    }

    /** {@code time.Until(t)} = {@code t.Sub(Now())}. */
    public static Duration until(Instant t) {
        return Duration.between(now(), t);
    }

    /** {@code time.Sleep(d)} on the current clock: the goroutine waits in state "sleep"; d <= 0 returns. */
    public static void sleep(Duration d) {
        Clock.current().sleep(d);
    }

    /** {@code time.AfterFunc(d, f)}: f runs in its own goroutine d from now; stop() cancels it. */
    public static ClockTimer afterFunc(Duration d, Runnable f) {
        return Clock.current().afterFunc(d, f);
    }
}
