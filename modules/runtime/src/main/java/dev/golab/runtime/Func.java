package dev.golab.runtime;

/*
 * Go behaviour:    a Go function with defer / panic / recover and named results (runtime/panic.go).
 * Model:           Func.run / Func.call execute a body with a fresh Frame, then run its defers LIFO
 *                  (Frame), then return the named result or rethrow what is still pending.
 *                  panicHeader renders a panic chain the way Go prints an uncaught one.
 * Invariants:      FN-I1 the body's return value is assigned to the named result before defers run
 *                  (`return 3` then `defer func(){ r *= 2 }()` returns 6). FN-I2 a recovered panic makes
 *                  the call return the named result normally.
 * Differs from Go: a Java exception thrown by the body is a panic with Go's equivalent value
 *                  (GoPanic.of); what escapes Func is always a GoPanic, GoFatal or Goexit.
 * See:             DeferAnswersTest.
 */
import java.util.function.Consumer;
import java.util.function.Function;

public final class Func {
    private Func() {}

    /** A function without results: {@code Func.run(f -> { f.defer(...); ... })}. */
    public static void run(Consumer<Frame<Void>> body) {
        Frame<Void> f = new Frame<>();
        Throwable thrown = null;
        try {
            body.accept(f);
        } catch (Throwable t) {
            thrown = t;
        }
        rethrow(f.runDefers(thrown));
    }

    /** A function with a named result: the body's return value becomes it, defers may rewrite it. */
    public static <R> R call(Function<Frame<R>, R> body) {
        Frame<R> f = new Frame<>();
        Throwable thrown = null;
        try {
            f.setResult(body.apply(f));
        } catch (Throwable t) {
            thrown = t;
        }
        rethrow(f.runDefers(thrown));
        return f.result();
    }

    private static void rethrow(Throwable t) {
        if (t == null) return;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw GoPanic.of(t);
    }

    /** What Go prints for an uncaught panic chain: "panic: first [recovered]\n\tpanic: second". */
    public static String panicHeader(GoPanic p) {
        StringBuilder out = new StringBuilder();
        print(p, out);
        out.setLength(out.length() - 1);                 // drop the last newline
        return out.toString();
    }

    private static void print(GoPanic p, StringBuilder out) {
        if (p.link != null) {
            print(p.link, out);
            out.append('\t');
        }
        out.append("panic: ").append(p.getMessage());
        if (p.recovered) out.append(" [recovered]");
        out.append('\n');
    }
}
