package dev.golab.chan;

/*
 * Go behaviour:    runtime/time.go channel timers (Go 1.23): a timer channel keeps at most one
 *                  pending value in a hidden 1-slot buffer (len == cap == 0); `seq` invalidates a send
 *                  already in flight when Stop/Reset runs, and Stop/Reset drain the slot under the
 *                  channel lock (timerchandrain), so once they return no stale value can be received.
 *                  An unreferenced timer is garbage collected. `when` saturates: a huge duration is
 *                  "never", not an overflow into the past.
 * Model:           the state a ChanTimer shares with its scheduled action. The action holds the
 *                  channel only weakly, so a timer nobody references is collectable; a Cleaner then
 *                  removes its heap entry. Every arm captures `gen`; Stop/Reset bump it under the
 *                  channel lock, so a stale firing delivers nothing. A firing hands its value to a
 *                  parked receiver through HchanChannel.sendDirect (the one hand-off chan.go has).
 * Invariants:      TM-I1 gen and `active` change only under the channel's lock (or before the timer
 *                  is shared). Stop reports true unless the value was already handed to a receiver:
 *                  a firing still in flight counts as pending, so `if !t.Stop() { <-t.C }` never hangs. TM-I2 a firing delivers iff its
 *                  gen is current. TM-I3 at most one live heap entry and one pending value per timer.
 * Differs from Go: Go's timer lives inside the hchan (c.timer); here beside it, joined by the weak ref.
 * See:             ChanTimer, dev.golab.time.Timer, TimerAnswersTest, TimerRaceStressTest.
 */
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;

final class TimerState {
    private static final Cleaner CLEANER = Cleaner.create();

    private final Clock clock;
    private final WeakReference<HchanChannel<Instant>> ref;
    private volatile Duration period;              // null for a one-shot timer
    private volatile ClockTimer entry;             // the current heap entry
    private long gen;                              // guarded by the channel lock
    private boolean active;                        // armed and not yet delivered (guarded by the channel lock)

    TimerState(Clock clock, HchanChannel<Instant> c, Duration period) {
        this.clock = clock;
        this.ref = new WeakReference<>(c);
        this.period = period;
        CLEANER.register(c, this::release);        // Go 1.23: an unreferenced timer is collected
    }

    /** Arms the next firing d from now (caller holds the channel lock or owns c exclusively). */
    void arm(Duration d) {
        long g = gen;
        active = true;
        entry = clock.schedule(d, () -> fire(g));
    }

    private void fire(long g) {
        HchanChannel<Instant> c = ref.get();
        if (c == null) return;                     // collected: nobody can receive
        Sudog wake = null;
        c.lock();
        try {
            if (g != gen) return;                  // TM-I2: stopped or reset after this firing was due
            active = false;
            Instant now = clock.now();
            Sudog sg = c.recvq.dequeue();
            if (sg != null) {
                HchanChannel.sendDirect(sg, now);
                wake = sg;
            } else if (c.qcount() == 0) {
                c.bufPut(now);                     // TM-I3: a slow receiver misses ticks
            }
            Duration p = period;
            if (p != null) arm(p);                 // a ticker re-arms
        } finally {
            c.unlock();
        }
        if (wake != null) wake.goready();
    }

    /** Stop, then re-arm d from now unless d is null: Go 1.23's stop/modify for channel timers. */
    boolean stopAndMaybeArm(HchanChannel<Instant> c, Duration rearm) {
        c.lock();
        try {
            gen++;                                 // TM-I2: a firing already in flight will deliver nothing
            ClockTimer e = entry;
            if (e != null) e.stop();
            boolean pending = active;              // armed, or fired with its send still in flight
            active = false;
            if (c.qcount() > 0) {                  // a value nobody received yet: the timer was still "active"
                c.bufTake();
                pending = true;
            }
            if (rearm != null) arm(rearm);
            return pending;
        } finally {
            c.unlock();
        }
    }

    /** A ticker's new period (Ticker.Reset), effective from the next arming. */
    void period(Duration d) {
        period = d;
    }

    private void release() {
        ClockTimer e = entry;
        if (e != null) e.stop();
    }
}
