package dev.golab.lang.types;

/*
 * Go behaviour:    x.f and x.m(args) (spec "Selectors", "Calls"): the selection walks the embedded
 *                  fields on its path, dereferencing embedded pointers (a nil one panics); a
 *                  pointer-receiver method needs an address — x's own if x is addressable ("cannot
 *                  call pointer method Inc on Counter" if not); a value receiver gets a copy; a
 *                  method of an embedded interface dispatches on that field's dynamic value (a nil
 *                  one panics with a nil dereference). Calling a pointer method on a nil *T is legal.
 * Model:           1. sel = MethodSets.lookup(x.type, f): ambiguous or missing → CompileError
 *                  2. a pointer x is dereferenced (kept as is for a pointer method at depth 0)
 *                  3. walk sel.path: field by field, dereferencing embedded pointers (addressable)
 *                  4. bind the receiver: Ptr (taking the address if addressable) or a copy
 * Invariants:      LANG-I12 a value receiver never gets the caller's storage.
 *                  LANG-I22 addressability follows the walk (see Operand).
 *                  LANG-I23 x.f and the explicit path (x.Embedded.f) select the same storage.
 * Differs from Go: checks that Go makes at compile time happen when the call is reached.
 * See:             MethodSetAnswersTest, EmbeddingAnswersTest.
 */
public final class Selectors {
    private Selectors() {}

    /** {@code x.f} for a field: the field as an operand (LANG-I23). */
    public static Operand field(Operand x, String f) {
        Selection sel = select(x, f);
        if (sel.isMethod()) throw new IllegalArgumentException(x.expr() + "." + f + " is a method, not a field");
        Operand holder = walk(start(x), sel);
        StructValue s = (StructValue) holder.value();
        return new Operand(x.expr() + "." + f, sel.field().type(), s.get(f), holder.addressable());
    }

    /** {@code x.f = v}. */
    public static void setField(Operand x, String f, Object v) {
        Selection sel = select(x, f);
        Operand holder = walk(start(x), sel);
        if (!holder.addressable()) throw new CompileError("cannot assign to " + x.expr() + "." + f + " (neither addressable nor a map index expression)");
        ((StructValue) holder.value()).set(f, v);
    }

    /** {@code x.m(args)}. */
    public static Object call(Operand x, String m, Object... args) {
        Selection sel = select(x, m);
        if (!sel.isMethod()) throw new IllegalArgumentException(x.expr() + "." + m + " is a field, not a method");
        Method method = sel.method();
        if (method.pointerReceiver() && !sel.promoted() && x.type() instanceof GoType.Pointer) {
            return method.body().call(x.value(), args);                 // (*T).m on a *T, nil included
        }
        Operand recv = walk(start(x), sel);
        if (method.receiverBase().underlying() instanceof GoType.Interface) {
            return method.body().call(recv.value(), args);             // embedded interface: dynamic dispatch
        }
        if (method.pointerReceiver()) {
            if (!recv.addressable()) throw new CompileError("cannot call pointer method " + m + " on " + recv.type().name());
            return method.body().call(Ptr.to((StructValue) recv.value()), args);   // (&x.path).m()
        }
        Object copy = recv.value() instanceof StructValue s ? s.copy() : recv.value();   // LANG-I12
        return method.body().call(copy, args);
    }

    private static Selection select(Operand x, String f) {
        return switch (MethodSets.lookup(x.type(), f)) {
            case MethodSets.Lookup.Found(Selection s) -> s;
            case MethodSets.Lookup.Ambiguous a -> throw new CompileError("ambiguous selector " + x.expr() + "." + f);
            case MethodSets.Lookup.Missing m -> throw new CompileError(x.expr() + "." + f + " undefined (type "
                    + x.type().name() + " has no field or method " + f + ")");
        };
    }

    /** A pointer operand becomes its (addressable) target. */
    private static Operand start(Operand x) {
        if (x.type() instanceof GoType.Pointer p) return new Operand("*" + x.expr(), p.elem(), Ptr.deref((Ptr) x.value()), true);
        return x;
    }

    private static Operand walk(Operand cur, Selection sel) {
        for (Field f : sel.path()) {
            Object v = ((StructValue) cur.value()).get(f.name());
            cur = f.type() instanceof GoType.Pointer p
                    ? new Operand(cur.expr() + "." + f.name(), p.elem(), Ptr.deref((Ptr) v), true)
                    : new Operand(cur.expr() + "." + f.name(), f.type(), v, cur.addressable());
        }
        return cur;
    }
}
