package dev.golab.testkit;

/*
 * Go behaviour:    testing/synctest (Go 1.24 experiment, Go 1.25 API): goroutines started inside a
 *                  bubble belong to it; a goroutine is "durably blocked" when only another goroutine of
 *                  the bubble can wake it (channel ops on bubble channels, select, sync.WaitGroup/Cond,
 *                  time.Sleep) — not on I/O, not on a mutex held outside.
 * Model:           the bubble is the `group` that Go.go copies from parent to child. A member is durably
 *                  blocked when (1) it declared a durable WaitReason before parking and (2) its thread is
 *                  really parked (WAITING/TIMED_WAITING). (2) closes the window between an unpark and
 *                  the woken goroutine clearing its reason: an unparked virtual thread reads RUNNABLE.
 * Invariants:      I1 members() holds exactly the live goroutines started inside the bubble.
 *                  I2 allDurablyBlocked(except) is false while any member may still make progress
 *                  without the clock moving.
 * Differs from Go: Go's runtime knows the blocking state exactly; here it is read from the registry and
 *                  thread states, so blocking on JDK primitives (latches, ReentrantLock) is never durable.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.time.VirtualClock;
import java.util.List;

final class Bubble {
    final VirtualClock clock = new VirtualClock();

    List<Goroutine> members() {
        return Goroutine.live().stream().filter(g -> g.group() == this).toList();
    }

    /** True when every member other than {@code except} is durably blocked (and there is at least one check). */
    boolean allDurablyBlocked(Goroutine except) {
        for (Goroutine g : members()) {
            if (g == except) continue;
            if (!durablyBlocked(g)) return false;
        }
        return true;
    }

    static boolean durablyBlocked(Goroutine g) {
        WaitReason r = g.waitReason();
        if (r == null || !r.durable()) return false;
        Thread t = g.thread();
        Thread.State s = t == null ? Thread.State.NEW : t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    /** A goroutine dump of the members, Go-style, for deadlock reports. */
    String dump() {
        StringBuilder b = new StringBuilder();
        for (Goroutine g : members()) b.append('\n').append(g);
        return b.toString();
    }
}
