package dev.golab.runtime;

/*
 * Go behaviour:    a goroutine readied by a running one can run at once only if another M with a P
 *                  is free to run it; with GOMAXPROCS=1 it waits for the waker to park.
 * Model:           how many carriers could run another goroutine while the caller spins (Spin asks
 *                  before every spin). The default is the JDK's virtual-thread pool: its parallelism
 *                  (jdk.virtualThreadScheduler.parallelism, else the CPU count). A scheduler that runs
 *                  virtual threads on its own carriers installs its answer for them (sched.GoScheduler:
 *                  the Ps of the scheduler whose M the caller is mounted on).
 *                  The same scheduler says whether a goroutine the caller readies waits on the
 *                  caller's own carrier (runnext) until the caller parks: the JDK's pool does not
 *                  (another carrier may take it from the local queue at once), GoScheduler does.
 * Invariants:      RT-I5 (with Spin) no spinning when the answer is 1: the peer could not run.
 * Differs from Go: Go's waiter never spins; its idle Ms do (see Spin).
 * See:             Spin, dev.golab.sched.SchedulerAnswersTest.
 */
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

public final class Carriers {
    private static final int JDK = jdkParallelism();
    private static volatile IntSupplier current = () -> JDK;
    private static volatile BooleanSupplier readiedRunHere = () -> false;

    private Carriers() {}

    /** Installs how to count the carriers available to the caller's scheduler (replaces the previous). */
    public static void install(IntSupplier counter) {
        current = java.util.Objects.requireNonNull(counter);
    }

    /**
     * Installs, with install(counter), whether the caller's scheduler keeps a goroutine the caller
     * readied on the caller's own carrier until the caller parks (Go's runnext: sched.GoScheduler).
     * Spin then does not spin at all while that goroutine has not started: nothing else can run it soon.
     */
    public static void install(IntSupplier counter, BooleanSupplier readiedRunHereNext) {
        install(counter);
        readiedRunHere = java.util.Objects.requireNonNull(readiedRunHereNext);
    }

    /** Carriers that could run another goroutine now, as seen from the calling thread. */
    public static int now() {
        return current.getAsInt();
    }

    /** Whether a goroutine the caller readies waits on the caller's carrier until the caller parks. */
    public static boolean readiedRunHere() {
        return readiedRunHere.getAsBoolean();
    }

    /** The JDK default scheduler's parallelism. */
    public static int jdkParallelism() {
        return positiveOrCpus(System.getProperty("jdk.virtualThreadScheduler.parallelism"));
    }

    /** A setting's positive integer value, else the CPU count (the JDK and Go both ignore a malformed one). */
    static int positiveOrCpus(String setting) {
        try {
            if (setting != null && Integer.parseInt(setting.trim()) > 0) return Integer.parseInt(setting.trim());
        } catch (NumberFormatException ignored) {
            // fall back to the CPU count
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
