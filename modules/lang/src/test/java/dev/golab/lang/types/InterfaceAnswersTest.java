package dev.golab.lang.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.RuntimeError;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IFACE-01 Q: how do interfaces work in Go (implicit satisfaction, internals, the nil-interface trap, type assertions)?")
class InterfaceAnswersTest {
    final SeedTypes t = new SeedTypes();

    @Test
    @DisplayName("IFACE-01.01 satisfaction is implicit: implements(T, I) is computed from method sets, nothing is declared (LANG-I21)")
    void satisfactionIsComputedFromMethodSets() {
        assertThat(MethodSets.implementsIface(t.namedUser, t.stringer)).isTrue();     // User never mentions Stringer
        assertThat(MethodSets.implementsIface(GoType.STRING, t.stringer)).isFalse();
        assertThat(MethodSets.implementsIface(t.myErrorPtr, GoType.ERROR)).isTrue();
        assertThat(MethodSets.implementsIface(t.myError, GoType.ERROR)).isFalse();     // Error has a pointer receiver
    }

    @Test
    @DisplayName("IFACE-01.02 an interface value is two words (type, data); `var err error` has both nil, so err == nil (LANG-I26)")
    void anInterfaceValueIsTwoWordsAndTheZeroValueIsNil() {
        Iface err = Iface.nil(GoType.ERROR);
        assertThat(err.typeWord()).isNull();
        assertThat(err.data()).isNull();
        assertThat(err.isNil()).isTrue();
        Iface e = Iface.box(GoType.ERROR, t.myErrorPtr, Ptr.to(StructValue.of(t.myError, "boom")));
        assertThat(e.typeWord()).isInstanceOf(Itab.class).isSameAs(Itab.of(GoType.ERROR, t.myErrorPtr));   // cached (LANG-I24)
        assertThat(e.call("Error")).isEqualTo("boom");
    }

    @Test
    @DisplayName("IFACE-01.02 ⚠ only non-empty interfaces hold an itab; for `any` the first word is the type descriptor itself")
    void theEmptyInterfaceHoldsTheTypeNotAnItab() {
        Iface any = Iface.box(GoType.ANY, GoType.INT, 42);
        assertThat(any.typeWord()).isSameAs(GoType.INT);
        Itab tab = (Itab) Iface.box(t.stringer, t.namedUser, StructValue.of(t.namedUser, "ann")).typeWord();
        assertThat(tab.inter()).isSameAs(t.stringer);
        assertThat(tab.type()).isSameAs(t.namedUser);
        assertThat(tab.fun()).extracting(Method::name).containsExactly("String");     // LANG-I25
        assertThatThrownBy(() -> Itab.of(GoType.ANY, GoType.INT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("IFACE-01.03 the nil-interface trap: a nil *MyError assigned to an error gives err != nil, because the type word is set")
    void aTypedNilPointerMakesANonNilInterface() {
        Iface err = Iface.box(GoType.ERROR, t.myErrorPtr, null);       // var p *MyError; var err error = p
        assertThat(err.isNil()).isFalse();
        assertThat(err.data()).isNull();
        assertThat(err.typeName()).isEqualTo("*main.MyError");
        assertThat(err.assertType(t.myErrorPtr)).isNull();             // err.(*MyError) == nil
        assertThatThrownBy(() -> err.call("Error"))                    // and Error() dereferences it
                .hasMessage("runtime error: invalid memory address or nil pointer dereference");
    }

    @Test
    @DisplayName("IFACE-01.04 returning literal nil gives err == nil; returning a typed nil variable does not")
    void literalNilIsNilButATypedNilVariableIsNot() {
        assertThat(literalNil().isNil()).isTrue();
        assertThat(typedNil().isNil()).isFalse();
    }

    /** func literalNil() error { return nil } */
    static Iface literalNil() {
        return Iface.nil(GoType.ERROR);
    }

    /** func typedNil() error { var p *MyError; return p } */
    Iface typedNil() {
        Ptr p = null;
        return Iface.box(GoType.ERROR, t.myErrorPtr, p);
    }

    @Test
    @DisplayName("IFACE-01.05 i.(string) on an int panics \"interface conversion: interface {} is int, not string\"; comma-ok gives \"\" and false (LANG-I27)")
    void aFailedAssertionPanicsButCommaOkReturnsTheZeroValue() {
        Iface i = Iface.box(GoType.ANY, GoType.INT, 42);
        assertThatThrownBy(() -> i.assertType(GoType.STRING))
                .isInstanceOf(RuntimeError.class)                       // a *runtime.TypeAssertionError is a runtime.Error
                .hasMessage("interface conversion: interface {} is int, not string");
        assertThat(i.assertOk(GoType.STRING)).isEqualTo(new Iface.Assertion("", false));
        assertThat(i.assertOk(GoType.INT)).isEqualTo(new Iface.Assertion(42, true));
        assertThatThrownBy(() -> Iface.nil(GoType.ANY).assertType(GoType.INT)).hasMessage("interface conversion: interface {} is nil, not int");
        assertThatThrownBy(() -> Iface.box(GoType.ANY, GoType.STRING, "x").assertType(t.stringer))
                .hasMessage("interface conversion: string is not main.Stringer: missing method String");
        assertThatThrownBy(() -> Iface.nil(GoType.ERROR).assertType(t.myErrorPtr)).hasMessage("interface conversion: error is nil, not *main.MyError");
    }

    @Test
    @DisplayName("IFACE-01.06 a type switch runs the first case matching the dynamic type, or default; %T prints the dynamic type (LANG-I29)")
    void aTypeSwitchPicksTheFirstMatchingCase() {
        assertThat(SwitchValues.switchLines(this)).containsExactly(
                "<nil>: nil", "int: int 7", "string: string or []byte string", "[]uint8: string or []byte []uint8",
                "*main.MyError: error *main.MyError", "main.User: Stringer User(ann)", "float64: default float64",
                "*main.MyError: error *main.MyError");                  // a typed nil is not `case nil`
    }

    /** The Go program's kind(v any) string, case by case. */
    String kind(Iface v) {
        return TypeSwitch.<String>on(v)
                .caseNil(() -> "nil")
                .caseOf(GoType.INT, x -> "int " + x)
                .caseAnyOf(List.of(GoType.STRING, new GoType.SliceOf(GoType.BYTE)), x -> "string or []byte " + x.typeName())
                .caseOf(GoType.ERROR, x -> "error " + ((Iface) x).typeName())
                .caseOf(t.stringer, x -> "Stringer " + ((Iface) x).call("String"))
                .otherwise(x -> "default " + x.typeName());
    }

    @Test
    @DisplayName("IFACE-01.07 `any` is interface{}; `var _ Stringer = User{}` is a compile-time assertion")
    void anyIsTheEmptyInterfaceAndBlankAssignmentChecksAtCompileTime() {
        assertThat(GoType.ANY).isEqualTo(new GoType.Interface(List.of()));
        assertThat(GoType.ANY.toString()).isEqualTo("interface {}");
        MethodSets.checkAssignable(t.namedUser, t.stringer);            // compiles
        assertThatThrownBy(() -> MethodSets.checkAssignable(t.user, t.stringer))
                .isInstanceOf(CompileError.class).hasMessage("User does not implement Stringer (missing method String)");
    }

    @Test
    @DisplayName("IFACE-01.A1 interfaces are equal when dynamic types and values are; uncomparable dynamic types panic (LANG-I9)")
    void interfaceEqualityComparesTypesThenValuesAndPanicsOnUncomparableTypes() {
        assertThat(Iface.box(GoType.ANY, GoType.INT, 1).eq(Iface.box(GoType.ANY, GoType.INT, 1))).isTrue();
        assertThat(Iface.box(GoType.ANY, GoType.INT, 1).eq(Iface.box(GoType.ANY, GoType.INT64, 1L))).isFalse();
        GoType ints = new GoType.SliceOf(GoType.INT);
        assertThatThrownBy(() -> Iface.box(GoType.ANY, ints, new int[] {1}).eq(Iface.box(GoType.ANY, ints, new int[] {1})))
                .isInstanceOf(RuntimeError.class).hasMessage("runtime error: comparing uncomparable type []int");
        assertThat(Iface.box(GoType.ANY, ints, new int[] {1}).eq(Iface.box(GoType.ANY, GoType.INT, 1))).isFalse();   // different types: no panic
        GoType m = new GoType.MapOf(GoType.STRING, GoType.INT);
        assertThatThrownBy(() -> Iface.box(GoType.ANY, m, null).eq(Iface.box(GoType.ANY, m, null)))
                .hasMessage("runtime error: comparing uncomparable type map[string]int");
    }

    @Test
    @DisplayName("IFACE-01 Java differs: boxing copies a struct as Go's convT does, but the words are Java references (no type descriptors, no small-value cache)")
    void boxingCopiesAStructButTheWordsAreJavaReferences() {
        StructValue u = StructValue.of(t.namedUser, "ann");
        Iface boxed = Iface.box(GoType.ANY, t.namedUser, u);
        u.set("Name", "bob");                                           // later writes to u do not reach the copy
        assertThat(boxed.assertOk(t.stringer).ok()).isTrue();
        assertThat(boxed.call("String")).isEqualTo("User(ann)");
        Ptr p = Ptr.to(u);
        assertThat(Iface.box(GoType.ANY, GoType.ptr(t.namedUser), p).data()).isSameAs(p);   // pointer-shaped: stored as is
        assertThat(boxed.typeWord()).isSameAs(t.namedUser);             // a Java object standing in for Go's *_type
    }
}
