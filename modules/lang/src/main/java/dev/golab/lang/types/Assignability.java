package dev.golab.lang.types;

/*
 * Go behaviour:    spec "Assignability": a value x of type V is assignable to T when V and T are
 *                  identical, or T is an interface V implements (plus rules for untyped constants,
 *                  channels and unnamed types not modelled here). Otherwise the checker reports
 *                  "cannot use Dog{} (value of type Dog) as Animal value in argument to feed", with
 *                  the interface reason appended after ": " when T is an interface.
 * Model:           1. identical (Named: the same declaration) → ok
 *                  2. T an interface and V implements it → ok
 *                  3. otherwise CompileError with Go's full text, given the expression and context
 * Invariants:      LANG-I30 embedding never makes a struct assignable to its embedded type.
 * Differs from Go: the expression text and context ("in argument to feed") are passed in, not parsed.
 * See:             MethodSetAnswersTest, TypesOracleTest.
 */
public final class Assignability {
    private Assignability() {}

    public static boolean assignable(GoType v, GoType t) {
        if (v.equals(t)) return true;
        return t.underlying() instanceof GoType.Interface && MethodSets.implementsIface(v, t);
    }

    /** {@code var x T = expr} (or an argument, a return): Go's error text when not assignable. */
    public static void check(String expr, GoType v, GoType t, String context) {
        if (assignable(v, t)) return;
        String text = "cannot use " + expr + " (value of type " + v.name() + ") as " + t.name() + " value in " + context;
        if (t.underlying() instanceof GoType.Interface) {
            MethodSets.MissingMethod m = MethodSets.missing(v, t).orElseThrow();
            text += ": " + v.name() + " does not implement " + t.name() + " (" + m.reason() + ")";
        }
        throw new CompileError(text);
    }
}
