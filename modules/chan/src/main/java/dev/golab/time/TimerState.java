package dev.golab.time;

/*
 * Go behaviour:    runtime/time.go timer fields for channel timers (Go 1.23): `seq` invalidates a send
 *                  already in flight when Stop/Reset runs; unreferenced timers are garbage collected.
 * Model:           the state a Timer or Ticker shares with its scheduled action. The action holds the
 *                  channel only weakly, so a timer nobody references is collectable; a Cleaner then
 *                  removes its heap entry. Every arm captures `gen`; Stop/Reset bump it under the
 *                  channel lock, so a stale firing delivers nothing.
 * Invariants:      I1 gen changes only under the channel's lock. I2 a firing delivers iff its gen is
 *                  current. I3 at most one live heap entry per timer.
 * See:             Timer, Ticker, TimerAnswersTest.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.TimerChan;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

final class TimerState {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Clock clock;
    private final WeakReference<Chan<Instant>> ref;
    private volatile long period;                 // 0 for a Timer
    private volatile ClockTimer entry;            // the current heap entry
    private long gen;

    TimerState(Clock clock, Chan<Instant> c, long periodNanos) {
        this.clock = clock;
        this.ref = new WeakReference<>(c);
        this.period = periodNanos;
        CLEANER.register(c, this::release);       // Go 1.23: an unreferenced timer is collected
    }

    /** Arms the first firing d from now (caller holds the channel lock or owns c exclusively). */
    void arm(long nanos) {
        long g = gen;
        entry = clock.schedule(Duration.ofNanos(nanos), () -> fire(g));
    }

    private void fire(long g) {
        Chan<Instant> c = ref.get();
        if (c == null) return;                    // collected: nobody can receive
        Thread[] wake = new Thread[1];
        TimerChan.locked(c, () -> {
            if (g != gen) return;                 // stopped or reset after this firing was due
            wake[0] = TimerChan.offer(c, clock.now());
            if (period > 0) arm(period);          // a ticker re-arms; a slow receiver misses ticks
        });
        if (wake[0] != null) LockSupport.unpark(wake[0]);
    }

    /** Stop, then optionally re-arm: Go 1.23's stop/modify for channel timers. */
    boolean stopAndMaybeArm(Chan<Instant> c, long rearmNanos) {
        boolean[] pending = new boolean[1];
        TimerChan.locked(c, () -> {
            gen++;
            ClockTimer e = entry;
            pending[0] = e != null && e.stop();
            if (TimerChan.drain(c)) pending[0] = true;   // a value nobody received yet: still "active"
            if (rearmNanos >= 0) arm(rearmNanos);
        });
        return pending[0];
    }

    /** A ticker's new period (Ticker.Reset), effective from the next arming. */
    void period(long nanos) {
        period = nanos;
    }

    private void release() {
        ClockTimer e = entry;
        if (e != null) e.stop();
    }
}
