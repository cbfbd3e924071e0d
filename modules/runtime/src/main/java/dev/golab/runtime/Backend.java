package dev.golab.runtime;

/*
 * Go behaviour:    one runtime: newproc starts a G, gopark takes it off its M (calling unlockf once it
 *                  is off), goready makes it runnable again, Gosched yields (runtime/proc.go).
 * Model:           the lab has two ways to run goroutines, chosen per program (Go.runtime(...) or
 *                  -Dgolab.runtime=vt|cont, default vt):
 *                  VT    each goroutine is a virtual thread; Park waits with LockSupport (this file's
 *                        null backend: Park handles it directly).
 *                  CONT  Go's G-M-P runtime on raw continuations (dev.golab.runtime.cont): this
 *                        interface is how Park and Go reach it without a package cycle.
 *                  Channels, sync, timers, context and testkit only ever call Park and Go.
 * Invariants:      RT-I12 a goroutine belongs to one backend for its whole life. RT-I13 park's unlock
 *                  runs after the G is off its carrier; one status word (the backend's) decides who
 *                  wakes it.
 * Differs from Go: Go has one runtime; the VT backend is the JVM's own scheduler.
 * See:             Park, Go, ParkAnswersTest, BackendAnswersTest.
 */
public interface Backend {
    /** Which backends exist: the JDK's virtual threads, or Go's G-M-P on continuations. */
    enum Kind { VT, CONT }

    /** newproc1's goid: a new goroutine id (Goids); a backend may hand them out from a local cache. */
    default long newGoid() {
        return Goids.next();
    }

    /**
     * newproc: runs {@code entry.run(g, f)} as goroutine g; returns the backend's handle for g. The
     * entry (Go's goroutine wrapper: defers, crash report, registry) is one shared function, so that a
     * go statement allocates no closure around f.
     */
    Object start(Goroutine g, Runnable f, Entry entry);

    /** What a backend runs for a goroutine: Go's wrapper around the goroutine's function f. */
    @FunctionalInterface
    interface Entry {
        void run(Goroutine g, Runnable f);
    }

    /** The lab goroutine running on the current thread under this backend, or null. */
    Goroutine current();

    /**
     * gopark of g (the current goroutine): g leaves its carrier, then {@code unlock} runs; true once
     * readied (a ready that came before the park is taken at once), false when {@code interruptible}
     * and an interrupt came first. The backend's own status word carries the whole protocol.
     */
    boolean park(Goroutine g, Unlocker unlock, boolean interruptible);

    /** goready of g: makes a parked g runnable, or leaves a pending ready for its next park. */
    void ready(Goroutine g);

    /** g's interrupt flag is set: wake g if it waits in an interruptible park. */
    void interrupt(Goroutine g);

    /** g is off its carrier waiting for a ready (synctest's durably blocked). */
    boolean isWaiting(Goroutine g);

    /** Gosched. */
    void gosched();

    /** A preemption point of the current goroutine: yield if the backend asked it to. VT: nothing. */
    default void preemptPoint() {}

    /** The carrier thread running g's code now, or null when g is not running (parked, queued, done). */
    Thread runningOn(Goroutine g);

    /** g's frames for a dump or leak report, innermost first; empty when they cannot be read now. */
    StackTraceElement[] stackTrace(Goroutine g);
}
