package dev.golab.context;

/*
 * Go behaviour:    context.go's unexported helpers: value(c, key) walks the chain (asking foreign contexts
 *                  via their Value method), &cancelCtxKey finds the nearest *cancelCtx (Cause,
 *                  parentCancelCtx), contextName prints a parent (Stringer or type name).
 * Model:           a switch over our node classes; a private sentinel key object.
 * Invariants:      CTXS-I1 key equality is Go's interface ==: same dynamic class and equal value.
 * Differs from Go: Java has no comparability check; keys must have a sensible equals.
 * See:             ContextAnswersTest (CONC-04.06/07).
 */

final class Contexts {
    /** &cancelCtxKey: asking a context for it returns its nearest *cancelCtx (or null). */
    static final Object CANCEL_CTX_KEY = new Object() {
        @Override
        public String toString() {
            return "&cancelCtxKey";
        }
    };

    private Contexts() {}

    /** context.go value(c, key): walk our own node types directly; ask foreign contexts. */
    static Object value(Context c, Object key) {
        while (true) {
            switch (c) {
                case ValueCtx v -> {
                    if (sameKey(key, v.key)) return v.val;
                    c = v.parent;
                }
                case CancelCtx cc -> {
                    if (key == CANCEL_CTX_KEY) return cc;
                    c = cc.parent;
                }
                case WithoutCancelCtx w -> {
                    if (key == CANCEL_CTX_KEY) return null;
                    c = w.parent;
                }
                case EmptyCtx e -> {
                    return null;
                }
                default -> {
                    return c.value(key);
                }
            }
        }
    }

    /** Go's interface ==: same dynamic type and equal value (so keyA("k") != keyB("k") != "k"). */
    static boolean sameKey(Object a, Object b) {
        return a == b || (a != null && b != null && a.getClass() == b.getClass() && a.equals(b));
    }

    /** contextName: String() of a Stringer parent, else its type name (main.myCtx). */
    static String name(Context c) {
        return c instanceof Stringer s ? s.string() : GoFormat.typeName(c);
    }
}
