package dev.golab.lang.types;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/*
 * Go behaviour:    switch v := x.(type) { case nil: … case int: … case string, []byte: … case error:
 *                  … default: … } (spec "Type switches"): cases are tried in source order and the first
 *                  whose type matches the dynamic type runs — an interface case matches when the
 *                  dynamic type implements it, so a typed nil *MyError lands in `case error`, not
 *                  `case nil`. A single-type case binds v with that type; a multi-type case or default
 *                  binds v with x's own type.
 * Model:           a builder: each case tests and runs only if nothing matched before; otherwise()
 *                  runs default and returns the result.
 * Invariants:      LANG-I29 at most one case body runs, the first matching one in source order.
 * Differs from Go: duplicate cases are not rejected; bodies are lambdas returning a value.
 * See:             InterfaceAnswersTest.
 */
public final class TypeSwitch<R> {
    private final Iface x;
    private boolean matched;
    private R result;

    private TypeSwitch(Iface x) {
        this.x = x;
    }

    public static <R> TypeSwitch<R> on(Iface x) {
        return new TypeSwitch<>(x);
    }

    /** {@code case nil:} — only the nil interface value (both words nil). */
    public TypeSwitch<R> caseNil(Supplier<R> body) {
        if (!matched && x.isNil()) run(body.get());
        return this;
    }

    /** {@code case T:} — v is bound to x.(T). */
    public TypeSwitch<R> caseOf(GoType t, Function<Object, R> body) {
        if (!matched) {
            Iface.Assertion a = x.assertOk(t);
            if (a.ok()) run(body.apply(a.value()));
        }
        return this;
    }

    /** {@code case T1, T2:} — v keeps x's interface type. */
    public TypeSwitch<R> caseAnyOf(List<GoType> types, Function<Iface, R> body) {
        if (!matched && types.stream().anyMatch(t -> x.assertOk(t).ok())) run(body.apply(x));
        return this;
    }

    /** {@code default:}, then the switch's result. */
    public R otherwise(Function<Iface, R> body) {
        if (!matched) run(body.apply(x));
        return result;
    }

    /** The result without a default case: null when no case matched. */
    public R result() {
        return result;
    }

    private void run(R r) {
        matched = true;                                                 // LANG-I29
        result = r;
    }
}
