package dev.golab.sched;

/*
 * Go behaviour:    (none: this is the Java side) Go's scheduler owns its Gs; a Java executor only
 *                  sees each virtual thread's runContinuation Runnable.
 * Model:           1. ThreadBuilders$VirtualThreadBuilder has a package-private constructor taking an
 *                     Executor ("invoked by tests"); reflection reaches it when java.base opens
 *                     java.lang to us (--add-opens java.base/java.lang=ALL-UNNAMED).
 *                  2. Thread.currentCarrierThread() (package-private, static) tells execute() which
 *                     carrier — hence which M and P — a calling virtual thread is mounted on.
 * Invariants:      SCHED-I12 both handles are resolved once; failure is reported with the flag to add.
 * Differs from Go: an internal JDK hook with no compatibility promise (SCHEDULER.md B.3).
 * See:             GoScheduler, SchedulerAnswersTest.
 */
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

final class VirtualThreadHook {
    private static final Constructor<?> BUILDER;
    private static final MethodHandle CARRIER;
    private static final Throwable FAILURE;

    static {
        Constructor<?> ctor = null;
        MethodHandle carrier = null;
        Throwable failure = null;
        try {
            Class<?> cls = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            ctor = cls.getDeclaredConstructor(Executor.class);
            ctor.setAccessible(true);
            carrier = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup())
                    .findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            failure = e;
        }
        BUILDER = failure == null ? ctor : null;
        CARRIER = failure == null ? carrier : null;
        FAILURE = failure;
    }

    private VirtualThreadHook() {}

    static boolean supported() {
        return FAILURE == null;
    }

    /** A thread factory for virtual threads scheduled by {@code scheduler}. */
    static ThreadFactory factory(Executor scheduler) {
        if (FAILURE != null) {
            throw new UnsupportedOperationException("the JDK's custom virtual-thread scheduler hook is not reachable: "
                    + "run the JVM with --add-opens java.base/java.lang=ALL-UNNAMED (" + FAILURE + ")", FAILURE);
        }
        try {
            return ((Thread.Builder.OfVirtual) BUILDER.newInstance(scheduler)).factory();
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException("VirtualThreadBuilder(Executor) failed: " + e, e);
        }
    }

    /** The platform thread the caller runs on: its carrier if virtual, itself otherwise. */
    static Thread currentCarrier() {
        try {
            return (Thread) CARRIER.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
