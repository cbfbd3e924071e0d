package dev.golab.testkit;

/*
 * Go behaviour:    testing/synctest (Go 1.24 experiment, Go 1.25 API): goroutines started inside a
 *                  bubble belong to it; a goroutine is "durably blocked" when only another goroutine of
 *                  the bubble can wake it (channel ops on bubble channels, select, sync.WaitGroup/Cond,
 *                  time.Sleep) — not on I/O, not on a mutex held outside.
 * Model:           the bubble is the dev.golab.runtime.Bubble that Go.go copies from parent to child. A
 *                  member is durably blocked (Goroutine.durablyBlocked) when it parked through Park for
 *                  a durable WaitReason, has not been readied, and its thread is really parked.
 * Invariants:      TK-I1 members() holds exactly the live goroutines started inside the bubble.
 *                  TK-I2 allDurablyBlocked(except) is false while any member may still make progress
 *                  without the clock moving.
 * Differs from Go: Go's runtime knows the blocking state exactly; here it is read from the registry and
 *                  thread states, so blocking on JDK primitives (latches, ReentrantLock) is never durable.
 */
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.Bubble;
import dev.golab.runtime.VirtualClock;
import java.util.List;

final class SynctestBubble implements Bubble {
    final VirtualClock clock = new VirtualClock();

    @Override
    public VirtualClock clock() {
        return clock;
    }

    List<Goroutine> members() {
        return Goroutine.live().stream().filter(g -> g.bubble() == this).toList();
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
        return g.durablyBlocked();
    }

    /** A goroutine dump of the members, Go-style, for deadlock reports. */
    String dump() {
        StringBuilder b = new StringBuilder();
        for (Goroutine g : members()) b.append('\n').append(g);
        return b.toString();
    }
}
