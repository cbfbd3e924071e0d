package dev.golab.sync;

/*
 * Go behaviour:    sync.Once (src/sync/once.go, Go 1.23): Do(f) calls f only on the first Do; every
 *                  Do returns only after that f has returned. If f panics, Do counts it as returned:
 *                  the Once is done and f is never called again. OnceFunc / OnceValue (src/sync/oncefunc.go,
 *                  Go 1.21) differ: if f panicked, EVERY call re-panics with the same value.
 * Model:           1. run: fast path reads `done` (volatile, Go's atomic.Uint32); 1 -> return.
 *                  2. doSlow: the lab Mutex; under it, re-check done, call f, set done in a finally
 *                     (Go: `defer o.done.Store(1)`) so a panic still marks it done; unlock.
 *                  3. value(f): run() a wrapper that stores f's result or the panic it raised; after
 *                     run() returns, re-panic the stored value (a new GoPanic, same value) or return.
 * Invariants:      ONCE-I1 f runs at most once per Once. ONCE-I2 done == 1 happens-after f returned or panicked,
 *                  and every run() return happens-after that (Go memory model: "the completion of f
 *                  is synchronized before the return of any call of once.Do(f)").
 * Differs from Go: Go's OnceValue builds its own Once; here value() may share a Once with run(): if
 *                  run() completed the Once first, value() returns null (f never ran, Go's zero value).
 *                  A Java exception from f is treated as a panic with GoPanic.of's value.
 * See:             OnceAnswersTest, OnceHappensBeforeStress.
 */
import dev.golab.runtime.GoPanic;
import java.util.function.Supplier;

public final class Once {
    private volatile int done;
    private final Mutex m = new Mutex();
    private Object result;                 // written under m before done = 1: published by done
    private GoPanic failure;               // the panic f raised (value() only)

    /** {@code once.Do(f)}. */
    public void run(Runnable f) {
        // Not a CAS (0 -> 1) followed by f: a losing caller must not return before f has finished.
        if (done == 0) doSlow(f);
    }

    private void doSlow(Runnable f) {
        m.lock();
        try {
            if (done == 0) {
                try {
                    f.run();
                } finally {
                    done = 1;              // even if f panicked (CONC-06.A6)
                }
            }
        } finally {
            m.unlock();
        }
    }

    /** {@code sync.OnceValue(f)()} on this Once: f's value, computed once; re-panics if f panicked. */
    @SuppressWarnings("unchecked")
    public <T> T value(Supplier<T> f) {
        run(() -> {
            try {
                result = f.get();
            } catch (RuntimeException e) {
                failure = GoPanic.of(e);
                throw e;                   // the first caller sees the original panic
            }
        });
        if (failure != null) throw new GoPanic(failure.value());   // same value, every call
        return (T) result;
    }

    /** Whether Do has completed (lab introspection). */
    public boolean isDone() {
        return done != 0;
    }

    /** Go 1.21 {@code sync.OnceFunc(f)}: a function that runs f once; re-panics on every call if f panicked. */
    public static Runnable onceFunc(Runnable f) {
        Once once = new Once();
        return () -> once.value(() -> {
            f.run();
            return null;
        });
    }

    /** Go 1.21 {@code sync.OnceValue(f)}. */
    public static <T> Supplier<T> onceValue(Supplier<T> f) {
        Once once = new Once();
        return () -> once.value(f);
    }
}
