package dev.golab.runtime;

/*
 * Go behaviour:    a function's defer stack (runtime/panic.go): defers run LIFO when the function
 *                  returns or panics; a deferred call's arguments are evaluated at the defer statement;
 *                  recover() returns the panic value only when called directly by a deferred function
 *                  while its frame is panicking, and only once; a panic in a deferred call replaces the
 *                  current one (the old one is printed above it, " [recovered]" if it was); a deferred
 *                  nil func panics when it would run; named results can be rewritten by defers.
 * Model:           1. defer(...) pushes an entry (function + already-evaluated arguments).
 *                  2. On return or throw, Func pops entries and calls each from callDeferred().
 *                  3. recover() checks, with a StackWalker, that its caller was called by
 *                     callDeferred() itself — Go's "directly by the deferred function" rule.
 *                  4. A recovered panic ends when its deferred call returns; the function then returns
 *                     its named result normally.
 * Invariants:      FR-I1 each deferred call runs exactly once, in reverse order of defer().
 *                  FR-I2 recover() is non-null at most once per panic. FR-I3 GoFatal never runs defers.
 *                  FR-I4 recover() answers only the goroutine that runs the function, on either backend
 *                        (on CONT a goroutine may resume on another carrier thread after it parks).
 * Differs from Go: Go's frame is implicit; here the Frame object is passed in. Calling recover() on
 *                  another frame's object is not possible in Go; here it returns null.
 * See:             DeferAnswersTest, DeferBenchmark.
 */
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

public final class Frame<R> {
    private static final int RUN = 0, ONE = 1, TWO = 2;
    private static final StackWalker WALKER = StackWalker.getInstance();

    private static final Object[] NO_SLOTS = {};
    private static final byte[] NO_KINDS = {};

    private Object[] slots = NO_SLOTS;        // 3 per defer: function, first argument, second argument
    private byte[] kinds = NO_KINDS;
    private int count;

    private R result;
    private GoPanic panic;                    // the panic being handled, while defers run
    private boolean inDeferred;
    private final Object owner = self();      // the goroutine running the function (FR-I4)

    Frame() {}

    /** {@code defer f()}. A null f panics with a nil dereference when the defers run (Go 1.23). */
    public void defer(Runnable f) {
        push(RUN, f, null, null);
    }

    /** {@code defer f(a)}: a is evaluated now, f runs later with it. */
    public <A> void defer(A a, Consumer<? super A> f) {
        push(ONE, f, a, null);
    }

    /** {@code defer f(a, b)}. */
    public <A, B> void defer(A a, B b, BiConsumer<? super A, ? super B> f) {
        push(TWO, f, a, b);
    }

    /** recover(): the panic value, when called directly by a deferred function of a panicking frame. */
    public Object recover() {
        GoPanic p = panic;
        if (p == null || p.recovered || !inDeferred || self() != owner) return null;
        if (!calledDirectlyByDeferredFunction()) return null;
        p.recovered = true;
        return p.value();
    }

    /** The named result (null, Go's zero value, until set). */
    public R result() {
        return result;
    }

    /** Assigns the named result; a deferred call may rewrite what the function returns. */
    public void setResult(R value) {
        result = value;
    }

    private void push(int kind, Object f, Object a, Object b) {
        if (count == kinds.length) {
            int cap = Math.max(4, count * 2);
            slots = Arrays.copyOf(slots, cap * 3);
            kinds = Arrays.copyOf(kinds, cap);
        }
        int at = 3 * count;
        slots[at] = f;
        slots[at + 1] = a;
        slots[at + 2] = b;
        kinds[count++] = (byte) kind;
    }

    /**
     * Runs the defers LIFO. {@code thrown} is what the body threw (null on a normal return); returns
     * what must propagate afterwards (null when the function returns normally).
     */
    Throwable runDefers(Throwable thrown) {
        if (thrown instanceof GoFatal) return thrown;                    // FR-I3: fatal errors skip defers
        Throwable pending = thrown == null || thrown instanceof Goexit ? thrown : GoPanic.of(thrown);
        while (count > 0) {
            int i = --count;
            panic = pending instanceof GoPanic gp ? gp : null;
            inDeferred = true;
            try {
                callDeferred(kinds[i], slots[3 * i], slots[3 * i + 1], slots[3 * i + 2]);
            } catch (Throwable t) {
                if (t instanceof GoFatal) return t;
                pending = replaced(pending, t);
                continue;
            } finally {
                inDeferred = false;
                slots[3 * i] = slots[3 * i + 1] = slots[3 * i + 2] = null;
            }
            if (panic != null && panic.recovered) pending = null;       // recovered: return normally
        }
        panic = null;
        return pending;
    }

    /** A panic raised by a deferred call replaces the current one, which is kept as its link. */
    private static Throwable replaced(Throwable current, Throwable raised) {
        if (raised instanceof Goexit) return raised;
        GoPanic next = GoPanic.of(raised);
        if (current instanceof GoPanic old) {
            if (next == old) {
                if (!old.recovered) return old;                        // the same panic keeps unwinding
                next = new GoPanic(old.value());                       // re-panic of a recovered value
            }
            if (next.link == null && next != old) next.link = old;
        }
        return next;
    }

    private void callDeferred(int kind, Object f, Object a, Object b) {
        if (f == null) throw RuntimeError.nilDereference();
        @SuppressWarnings("unchecked") var one = kind == ONE ? (Consumer<Object>) f : null;
        @SuppressWarnings("unchecked") var two = kind == TWO ? (BiConsumer<Object, Object>) f : null;
        if (kind == RUN) ((Runnable) f).run();
        else if (one != null) one.accept(a);
        else two.accept(a, b);
    }

    /**
     * Who runs this code: the goroutine on CONT, where a G that parked may resume on another M (so its
     * carrier thread is no identity), else the thread (a virtual thread is its goroutine).
     */
    private static Object self() {
        Backend b = Go.contBackend;
        Goroutine g = b != null ? b.current() : null;
        return g != null ? g : Thread.currentThread();
    }

    /** Go's rule: recover's caller must itself have been called by the defer machinery. */
    private static boolean calledDirectlyByDeferredFunction() {
        return WALKER.walk(frames -> frames.skip(3).findFirst()      // [0] this, [1] recover, [2] its caller
                .map(f -> f.getClassName().equals(Frame.class.getName())
                        && f.getMethodName().equals("callDeferred"))
                .orElse(false));
    }
}
