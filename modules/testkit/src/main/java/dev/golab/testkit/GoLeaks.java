package dev.golab.testkit;

/*
 * Go behaviour:    go.uber.org/goleak's VerifyNone fails a test that leaves goroutines behind,
 *                  retrying for a while first (goroutines that are about to end are not leaks), and
 *                  lists each leaked goroutine with its state ("[chan send]"). Go 1.27's
 *                  goroutineleak profile finds blocked-forever goroutines through the GC instead.
 * Model:           snapshot() records the live goroutines (dev.golab.runtime's registry); verifyNone
 *                  polls until no goroutine outside the snapshot remains or the deadline passes, then
 *                  throws an AssertionError listing them like a Go dump header.
 * Invariants:      GL-I1 a goroutine that ends before the deadline is never reported.
 * Differs from Go: polling uses parkNanos back-off (as goleak does with time.Sleep); it observes, it
 *                  never orders threads.
 * See:             GoLeakCheckAnswersTest, sched's LeakAnswersTest (CONC-09.05), @GoLeakCheck.
 */
import dev.golab.runtime.Goroutine;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

public final class GoLeaks {
    private final Set<Goroutine> baseline;

    private GoLeaks(Set<Goroutine> baseline) {
        this.baseline = baseline;
    }

    /** The goroutines alive now are not leaks of what follows. */
    public static GoLeaks snapshot() {
        return new GoLeaks(Set.copyOf(Goroutine.live()));
    }

    /** The goroutines started since the snapshot that are still alive. */
    public List<Goroutine> extra() {
        return Goroutine.live().stream().filter(g -> !baseline.contains(g)).toList();
    }

    /** goleak.VerifyNone: fails with Go-style headers if goroutines started since the snapshot outlive {@code patience}. */
    public void verifyNone(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos(), backoff = 1_000;
        List<Goroutine> left = extra();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(backoff);
            backoff = Math.min(backoff * 2, 10_000_000);
            left = extra();
        }
        if (!left.isEmpty()) throw new AssertionError(report(left));
    }

    /** goleak's message: each leaked goroutine's Go-style header, then its Java stack. */
    public static String report(List<Goroutine> leaked) {
        StringBuilder b = new StringBuilder("found unexpected goroutines:");
        for (Goroutine g : leaked) {
            b.append("\n").append(g);
            for (StackTraceElement e : g.stackTrace()) b.append("\n\t").append(e);
        }
        return b.toString();
    }
}
