package dev.golab.lang.types;

import dev.golab.runtime.RuntimeError;
import java.util.Objects;

/*
 * Go behaviour:    runtime/runtime2.go iface/eface (Go 1.23): an interface value is two words, a type
 *                  word (an *itab for non-empty interfaces, the *_type for `any`) and a data word. It
 *                  is nil only when the type word is nil, so a nil *MyError stored in an error is not
 *                  nil (the typed-nil trap). x.(T) checks the dynamic type: the one-result form panics
 *                  with a *runtime.TypeAssertionError ("interface conversion: …"), the comma-ok form
 *                  yields T's zero value and false. == compares types, then values; values of an
 *                  uncomparable dynamic type panic ("runtime error: comparing uncomparable type []int").
 * Model:           1. box(I, T, v): the checker's assignability test (T implements I), then
 *                     type word = Itab.of(I, T) or T itself for `any`; data word = v
 *                  2. assertType / assertOk: concrete T compares the dynamic type; an interface J
 *                     needs Itab.of(J, dynamic type)
 *                  3. call(m): nil type word → nil dereference; else Selectors.call on (T, data)
 * Invariants:      LANG-I26 isNil() ⇔ the type word is null, whatever the data word holds.
 *                  LANG-I27 the panic texts equal Go 1.23's (src/test/go/iface, recorded).
 *                  LANG-I28 boxing an interface value copies its two words; interfaces never nest.
 * Differs from Go: the data word is a Java reference: a struct is copied (as convT copies it into a
 *                  heap box) but small values are not cached and there is no real memory; the type
 *                  word is a Java object, not a runtime type descriptor.
 * See:             InterfaceAnswersTest, InterfaceOracleTest.
 */
public final class Iface {
    private final GoType staticType;
    private final Object typeWord;
    private final Object data;

    private Iface(GoType staticType, Object typeWord, Object data) {
        this.staticType = staticType;
        this.typeWord = typeWord;
        this.data = data;
    }

    /** {@code var x I}: both words nil. */
    public static Iface nil(GoType iface) {
        requireInterface(iface);
        return new Iface(iface, null, null);
    }

    /** {@code var x I = v} where v has type T: fails to "compile" when T lacks a method of I. */
    public static Iface box(GoType iface, GoType dynamic, Object value) {
        requireInterface(iface);
        if (value instanceof Iface inner) return convert(iface, inner);            // LANG-I28
        if (dynamic.underlying() instanceof GoType.Interface) throw new IllegalArgumentException("use convert for interface values");
        MethodSets.checkAssignable(dynamic, iface);
        Object word = ((GoType.Interface) iface.underlying()).methods().isEmpty() ? dynamic : Itab.of(iface, dynamic);
        return new Iface(iface, word, value instanceof StructValue s ? s.copy() : value);   // convT copies the value
    }

    /** {@code var y J = x} for an interface value x: the same dynamic type and data. */
    public static Iface convert(GoType iface, Iface x) {
        requireInterface(iface);
        if (x.isNil()) return nil(iface);
        return box(iface, x.dynamicType(), x.data);
    }

    private static void requireInterface(GoType t) {
        if (!(t.underlying() instanceof GoType.Interface)) throw new IllegalArgumentException(t + " is not an interface type");
    }

    /** The first word: an Itab, a GoType (for the empty interface), or null. */
    public Object typeWord() {
        return typeWord;
    }

    /** The second word. */
    public Object data() {
        return data;
    }

    public GoType staticType() {
        return staticType;
    }

    public GoType dynamicType() {
        return typeWord instanceof Itab t ? t.type() : (GoType) typeWord;
    }

    /** {@code x == nil} (LANG-I26). */
    public boolean isNil() {
        return typeWord == null;
    }

    /** fmt's %T. */
    public String typeName() {
        return isNil() ? "<nil>" : dynamicType().toString();
    }

    /** {@code x.m(args)}: dynamic dispatch; a nil interface panics with a nil dereference. */
    public Object call(String method, Object... args) {
        if (isNil()) throw RuntimeError.nilDereference();
        return Selectors.call(Operand.value("x", dynamicType(), data), method, args);
    }

    /** {@code v := x.(T)}: panics with Go's TypeAssertionError text on a mismatch. */
    public Object assertType(GoType t) {
        Assertion a = assertOk(t);
        if (a.ok()) return a.value();
        throw new RuntimeError(assertionText(t));
    }

    /** {@code v, ok := x.(T)}: T's zero value and false on a mismatch, never a panic. */
    public Assertion assertOk(GoType t) {
        if (t.underlying() instanceof GoType.Interface) {
            if (isNil() || !MethodSets.implementsIface(dynamicType(), t)) return new Assertion(Iface.nil(t), false);
            return new Assertion(convert(t, this), true);
        }
        if (!isNil() && dynamicType().equals(t)) return new Assertion(data, true);
        return new Assertion(Zero.of(t), false);
    }

    /** The result of the comma-ok form. */
    public record Assertion(Object value, boolean ok) {}

    private String assertionText(GoType t) {
        if (t.underlying() instanceof GoType.Interface) {
            if (isNil()) return "interface conversion: interface is nil, not " + t;
            String m = MethodSets.missing(dynamicType(), t).orElseThrow().name();
            return "interface conversion: " + dynamicType() + " is not " + t + ": missing method " + m;
        }
        return "interface conversion: " + staticType + " is " + (isNil() ? "nil" : dynamicType()) + ", not " + t;
    }

    /** Go's == on interface values: same dynamic type and equal values; uncomparable values panic. */
    public boolean eq(Iface o) {
        if (isNil() || o.isNil()) return isNil() && o.isNil();
        if (!dynamicType().equals(o.dynamicType())) return false;
        if (!dynamicType().comparable()) throw new RuntimeError("runtime error: comparing uncomparable type " + dynamicType());
        return Objects.equals(data, o.data);
    }

    @Override
    public String toString() {
        return "(" + (typeWord == null ? "nil" : typeWord) + ", " + data + ")";
    }
}
