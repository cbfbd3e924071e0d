package dev.golab.runtime;

/*
 * Go behaviour:    a goroutine readied by a running one can run at once only if another M with a P
 *                  is free to run it; with GOMAXPROCS=1 it waits for the waker to park.
 * Model:           how many carriers could run another goroutine while the caller spins (Spin asks
 *                  before every spin). The default is the JDK's virtual-thread pool: its parallelism
 *                  (jdk.virtualThreadScheduler.parallelism, else the CPU count). A scheduler that runs
 *                  virtual threads on its own carriers installs its answer for them (sched.GoScheduler:
 *                  the Ps of the scheduler whose M the caller is mounted on).
 * Invariants:      RT-I5 (with Spin) no spinning when the answer is 1: the peer could not run.
 * Differs from Go: Go's waiter never spins; its idle Ms do (see Spin).
 * See:             Spin, dev.golab.sched.SchedulerAnswersTest.
 */
import java.util.function.IntSupplier;

public final class Carriers {
    private static final int JDK = jdkParallelism();
    private static volatile IntSupplier current = () -> JDK;

    private Carriers() {}

    /** Installs how to count the carriers available to the caller's scheduler (replaces the previous). */
    public static void install(IntSupplier counter) {
        current = java.util.Objects.requireNonNull(counter);
    }

    /** Carriers that could run another goroutine now, as seen from the calling thread. */
    public static int now() {
        return current.getAsInt();
    }

    /** The JDK default scheduler's parallelism. */
    public static int jdkParallelism() {
        String p = System.getProperty("jdk.virtualThreadScheduler.parallelism");
        try {
            if (p != null && Integer.parseInt(p.trim()) > 0) return Integer.parseInt(p.trim());
        } catch (NumberFormatException ignored) {
            // the JDK ignores a malformed value too and uses the CPU count
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
