package dev.golab.context;

/*
 * Go behaviour:    context.go's timerCtx / WithDeadlineCause (Go 1.23): if the parent's deadline is
 *                  already earlier, the result is a plain WithCancel(parent) (the child can never
 *                  outlive the parent's deadline); a deadline already past cancels at once with
 *                  DeadlineExceeded; otherwise time.AfterFunc arms a timer that cancels with
 *                  DeadlineExceeded and the given cause. Cancelling stops the timer.
 * Model:           the timer is a Clock.schedule action (the one timer heap of the runtime: no thread
 *                  per context); on a VirtualClock it fires inside advance(), deterministically.
 * Invariants:      TC-I1 deadline() <= parent's deadline. TC-I2 timerArmed() is false once cancelled.
 * Differs from Go: String() prints the deadline in UTC without Go's monotonic "m=+…" suffix.
 * See:             ContextAnswersTest (CONC-04.04, CONC-04.05, CONC-04.A1, CONC-04.A2).
 */
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

final class TimerCtx extends CancelCtx {
    private final Instant deadline;
    private final Clock clock;
    private ClockTimer timer;

    private TimerCtx(Context parent, Instant deadline, Clock clock) {
        super(parent);
        this.deadline = deadline;
        this.clock = clock;
    }

    static CancelContext withDeadlineCause(Context parent, Instant d, Throwable cause, Clock clock) {
        Optional<Instant> cur = parent.deadline();
        if (cur.isPresent() && cur.get().isBefore(d)) return CancelCtx.withCancel(parent);   // TC-I1
        TimerCtx c = new TimerCtx(parent, d, clock);
        propagateCancel(parent, c);
        Duration until = Duration.between(clock.now(), d);
        if (until.isNegative() || until.isZero()) {
            c.cancel(true, ContextError.DEADLINE_EXCEEDED, cause);   // deadline already passed
            return c;
        }
        synchronized (c) {
            if (c.err() == null) {
                c.timer = clock.schedule(until, () -> c.cancel(true, ContextError.DEADLINE_EXCEEDED, cause));
            }
        }
        return c;
    }

    @Override
    public Optional<Instant> deadline() {
        return Optional.of(deadline);
    }

    @Override
    void cancel(boolean removeFromParent, ContextError e, Throwable c) {
        super.cancel(false, e, c);
        if (removeFromParent) removeChild(parent, this);
        synchronized (this) {
            if (timer != null) {
                timer.stop();
                timer = null;
            }
        }
    }

    @Override
    public synchronized boolean timerArmed() {
        return timer != null;
    }

    @Override
    public String string() {
        long untilNanos = Clock.saturatingNanos(Duration.between(clock.now(), deadline));   // Go prints a clamped Duration
        return Contexts.name(parent) + ".WithDeadline(" + GoFormat.time(deadline) + " [" + GoFormat.duration(untilNanos) + "])";
    }
}
