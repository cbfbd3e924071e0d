package dev.golab.runtime;

import java.time.Duration;

/**
 * A pending action on a {@link Clock}: the one timer facility of the lab (Go's runtime timers, the
 * basis of time.Timer, time.AfterFunc, context deadlines). stop/reset follow Go's Timer.Stop/Reset
 * results.
 */
public interface ClockTimer {
    /** Prevents the action from running; true if it was pending (Go's Timer.Stop). */
    boolean stop();

    /** Re-arms the action to run d from now; true if it was pending before (Go's Timer.Reset). */
    boolean reset(Duration d);
}
