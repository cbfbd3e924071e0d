package dev.golab.runtime;

/*
 * Go behaviour:    `go f()` starts f in a new goroutine and returns at once; a panic that reaches the
 *                  top of a goroutine kills the whole program (exit 2) after printing `panic: …` and
 *                  the goroutine's trace; runtime.Goexit ends the goroutine after running its defers;
 *                  GOMAXPROCS, NumGoroutine, Gosched (runtime/proc.go, panic.go; Go 1.23).
 * Model:           1. go(f): register a Goroutine (id, inherited clock and group), ask the Spawner for
 *                  an unstarted thread (a virtual thread by default), start it.
 *                  2. The thread runs f; Goexit is a quiet end; any other throwable is a crash: Go's
 *                  report text goes to the CrashHandler (default: print and exit 2, like Go).
 *                  3. The registry entry is removed after the body and its defers end.
 * Invariants:      GO-I1 numGoroutine() counts goroutines between go() and the end of their body.
 *                  GO-I2 no panic is lost: every unrecovered throwable reaches the crash handler.
 * Differs from Go: virtual threads are not preempted (a tight loop holds its carrier); a goroutine
 *                  that keeps running `go` yields its carrier there once 10 ms have passed (VtPreempt);
 *                  gosched() is Thread.yield() (on a virtual thread, a 1 ns park once per 10 ms).
 *                  gomaxprocs(n) only changes what the lab's schedulers use; the JDK's default
 *                  virtual-thread pool is sized once at JVM start.
 *                  main/JUnit threads are not goroutines (not counted).
 * See:             GoroutineAnswersTest, PanicAnswersTest, GoSpawnBenchmark.
 */
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Objects;

public final class Go {
    private static volatile Spawner spawner = Spawner.VIRTUAL;
    private static volatile CrashHandler crashHandler = CrashHandler.EXIT_LIKE_GO;
    private static volatile int maxProcs = defaultProcs();
    private static volatile Backend.Kind runtime = defaultRuntime();
    /** The CONT backend once it has been selected (Goroutine.current() asks it first); else null. */
    static volatile Backend contBackend;

    private Go() {}

    /** {@code go f()}. Returns the new goroutine's registry entry (Go returns nothing). */
    public static Goroutine go(Runnable f) {
        if (f == null) throw new GoFatal("go of nil func value");      // proc.go newproc1: fatal, not panic
        Goroutine parent = Goroutine.current();                  // one lookup: it inherits clock and bubble
        Backend b = runtime == Backend.Kind.CONT && spawner == Spawner.VIRTUAL ? cont() : null;
        long id = b != null ? b.newGoid() : Goids.next();        // newproc1: CONT takes it from the M's cache
        Goroutine g = parent != null ? new Goroutine(id, parent.clock(), parent.bubble())
                : new Goroutine(id, Clock.current(), Clock.currentBubble());
        if (b != null) {
            g.attach(b);
            b.start(g, f, Go::body);                         // no closure per go: one shared entry
            return g;
        }
        Thread t = spawner.newThread(() -> body(g, f));
        g.attach(t);
        t.start();
        if (parent != null && !parent.isForeign()) VtPreempt.atGo(parent);   // VT's preemption point
        return g;
    }

    /**
     * Chooses the goroutine backend for goroutines started from now on: VT (virtual threads, the
     * default) or CONT (Go's G-M-P runtime on continuations; needs the JVM flag
     * --add-exports java.base/jdk.internal.vm=ALL-UNNAMED). -Dgolab.runtime=vt|cont sets it at start.
     * Returns the previous choice.
     */
    public static Backend.Kind runtime(Backend.Kind kind) {
        Backend.Kind previous = runtime;
        if (kind == Backend.Kind.CONT) cont();                    // fail fast, naming the flag
        runtime = Objects.requireNonNull(kind);
        return previous;
    }

    public static Backend.Kind runtime() {
        return runtime;
    }

    private static Backend cont() {
        Backend b = contBackend;
        if (b != null) return b;
        synchronized (Go.class) {
            if (contBackend == null) {
                try {
                    contBackend = (Backend) Class.forName("dev.golab.runtime.cont.ContBackend")
                            .getDeclaredConstructor().newInstance();
                } catch (java.lang.reflect.InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the CONT backend (dev.golab.runtime.cont) is not on the class path", e);
                }
            }
            return contBackend;
        }
    }

    private static Backend.Kind defaultRuntime() {
        String p = System.getProperty("golab.runtime", "vt").trim();
        return switch (p.toLowerCase(java.util.Locale.ROOT)) {
            case "vt", "" -> Backend.Kind.VT;
            case "cont" -> Backend.Kind.CONT;
            default -> throw new IllegalArgumentException("golab.runtime=" + p + ": valid values are vt, cont");
        };
    }

    private static void body(Goroutine g, Runnable f) {
        g.markStarted();
        Throwable crashed = null;
        try {
            f.run();
        } catch (Goexit quiet) {
            // runtime.Goexit: defers already ran on the way up
        } catch (Throwable t) {
            crashed = t;
        } finally {
            g.detach();                    // before reporting: a handler that counts goroutines sees it gone
        }
        if (crashed != null) crash(g.id(), crashed);
        g.finish();
    }

    /**
     * Hands an unrecovered panic / fatal error to the crash handler with Go's report text. Public for
     * the continuation runtime (dev.golab.runtime.cont), whose Gs and fatal errors crash the same way.
     */
    public static void crash(long goroutineId, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String head = t instanceof GoFatal ? "fatal error: " + t.getMessage() : Func.panicHeader(GoPanic.of(t));
        String report = head + "\n\ngoroutine " + goroutineId + " [running]:\n" + trace;
        crashHandler.crashed(new Crash(goroutineId, t, report));
    }

    /** runtime.Goexit: runs the current goroutine's pending defers, then ends it. recover() sees nil. */
    public static void goexit() {
        throw new Goexit();
    }

    /**
     * runtime.Stack(buf, false): writes the current goroutine's trace into buf, Go-style
     * ("goroutine N [running]:" then "func()\n\tfile:line" pairs), truncated to buf.length; returns
     * the number of bytes written.
     */
    public static int stack(byte[] buf) {
        Goroutine g = Goroutine.current();
        StringBuilder b = new StringBuilder("goroutine ")
                .append(g != null ? g.id() : Thread.currentThread().threadId()).append(" [running]:\n");
        StackWalker.getInstance().forEach(f -> b.append(f.getClassName()).append('.').append(f.getMethodName())
                .append("(...)\n\t").append(f.getFileName()).append(':').append(f.getLineNumber()).append('\n'));
        byte[] all = b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(all.length, buf.length);
        System.arraycopy(all, 0, buf, 0, n);
        return n;
    }

    /** runtime.GOMAXPROCS(0): the number of P's. */
    public static int gomaxprocs() {
        int p = spawner.procs();
        return p > 0 ? p : maxProcs;
    }

    /** runtime.GOMAXPROCS(n): sets the value (n >= 1) and returns the previous one; n < 1 only reads. */
    public static int gomaxprocs(int n) {
        int previous = gomaxprocs();
        if (n >= 1) maxProcs = n;
        return previous;
    }

    /** runtime.NumGoroutine: live lab goroutines (main/JUnit threads excluded). */
    public static int numGoroutine() {
        return Goroutine.count();
    }

    /**
     * Clears the calling goroutine's interrupt flag and says whether it was set: Thread.interrupted()
     * for the VT backend (and threads Go.go did not start), the G's own flag on CONT, where a goroutine
     * has no thread of its own. A goroutine that caught Interrupted and wants to block again calls it.
     */
    public static boolean interrupted() {
        Goroutine g = Goroutine.current();
        return g == null ? Thread.interrupted() : Park.clearInterrupt(g);
    }

    /**
     * runtime.Gosched: yield the processor. On a virtual thread this yields its carrier, and once per
     * 10 ms parks for 1 ns instead, so that work queued outside the carrier runs too (VtPreempt).
     */
    public static void gosched() {
        Goroutine g = Goroutine.current();
        Backend b = g == null ? null : g.backend();
        if (b != null) b.gosched();
        else if (g != null && !g.isForeign() && Thread.currentThread().isVirtual()) VtPreempt.atGosched(g);
        else Thread.yield();
    }

    /** Installs the spawner Go.go uses (modules/sched's GoScheduler.install); returns the previous one. */
    public static Spawner setSpawner(Spawner s) {
        Spawner previous = spawner;
        spawner = Objects.requireNonNull(s);
        return previous;
    }

    public static Spawner spawner() {
        return spawner;
    }

    /** Installs the handler for unrecovered panics; returns the previous one. */
    public static CrashHandler setCrashHandler(CrashHandler h) {
        CrashHandler previous = crashHandler;
        crashHandler = Objects.requireNonNull(h);
        return previous;
    }

    private static int defaultProcs() {
        return Carriers.positiveOrCpus(System.getenv("GOMAXPROCS"));   // Go ignores a malformed GOMAXPROCS too
    }
}
