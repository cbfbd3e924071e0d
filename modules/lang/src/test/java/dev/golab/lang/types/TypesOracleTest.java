package dev.golab.lang.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.golab.lang.GoOracle;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The type model against what Go 1.23.5 printed for src/test/go/methods, iface and compile-errors. */
class TypesOracleTest {
    final SeedTypes t = new SeedTypes();

    static String recovered(Supplier<?> f) {
        Throwable e = catchThrowable(f::get);
        return e == null ? "no panic" : e.getMessage();
    }

    @Test
    @DisplayName("methods.go: receivers, promotion, method sets and shadowing print what Go printed")
    void methodsProgramMatchesGo() {
        Map<String, List<String>> go = GoOracle.read("methods");
        Operand u = Operand.variable("u", t.user, StructValue.of(t.user, "ann", ""));
        Selectors.call(u, "Rename", "bob");
        assertThat(go.get("value receiver leaves caller")).containsExactly((String) Selectors.field(u, "Name").value());
        Selectors.call(u, "SetEmail", "a@x");
        assertThat(go.get("pointer receiver mutates")).containsExactly((String) Selectors.field(u, "Email").value());
        double f = (Double) Selectors.call(Operand.value("Celsius(100)", t.celsius, 100.0), "ToFahrenheit");
        assertThat(go.get("Celsius(100).ToFahrenheit()")).containsExactly(String.valueOf((long) f));
        Operand d = Operand.variable("d", t.dog, t.dogRex());
        assertThat(go.get("d.Speak()")).containsExactly(Selectors.call(d, "Speak") + " | d.Animal.Speak(): "
                + Selectors.call(Selectors.field(d, "Animal"), "Speak") + " | d.Name: " + Selectors.field(d, "Name").value());
        Iface anyDog = Iface.box(GoType.ANY, t.dog, t.dogRex());
        Iface anyDogPtr = Iface.box(GoType.ANY, GoType.ptr(t.dog), Ptr.to(t.dogRex()));
        assertThat(go.get("Dog is Breather")).containsExactly(anyDog.assertOk(t.breather).ok() + " | *Dog is Breather: " + anyDogPtr.assertOk(t.breather).ok());
        assertThat(go.get("Dog is Animal")).containsExactly(String.valueOf(anyDog.assertOk(t.animal).ok()));
        assertThat(go.get("Widget is Describer")).containsExactly(MethodSets.implementsIface(t.widget, t.describer)
                + " | *Widget is Describer: " + MethodSets.implementsIface(GoType.ptr(t.widget), t.describer));
        Operand w = Operand.variable("w", GoType.ptr(t.widget), Ptr.to(t.widgetButton()));
        assertThat(go.get("w.ID")).containsExactly(Selectors.field(w, "ID").value() + " | w.Describe(): " + Selectors.call(w, "Describe")
                + " | w.Base.Describe(): " + Selectors.call(Selectors.field(w, "Base"), "Describe"));
        assertThat(go.get("nil embedded interface")).containsExactly(recovered(() -> Selectors.call(
                Operand.value("Service{}", t.service, StructValue.zero(t.service)), "Log", "x")));
        assertThat(go.get("rw is ReadWriteCloser")).containsExactly(MethodSets.implementsIface(t.rw, t.readWriteCloser)
                + " | rwc is ReadWriteCloser: " + MethodSets.implementsIface(t.rwc, t.readWriteCloser));
        assertThat(go.get("any(Celsius(1)) == any(Fahrenheit(1))")).containsExactly(
                Iface.box(GoType.ANY, t.celsius, 1.0).eq(Iface.box(GoType.ANY, t.fahrenheit, 1.0)) + " | %T: " + t.celsius);
    }

    @Test
    @DisplayName("iface.go: nil checks, assertion panics, type switch and equality print what Go printed")
    void ifaceProgramMatchesGo() {
        Map<String, List<String>> go = GoOracle.read("iface");
        InterfaceAnswersTest a = new InterfaceAnswersTest();
        assertThat(go.get("zero error == nil")).containsExactly(String.valueOf(Iface.nil(GoType.ERROR).isNil()));
        Iface typed = Iface.box(GoType.ERROR, a.t.myErrorPtr, null);
        assertThat(go.get("typed nil error == nil")).containsExactly(typed.isNil() + " %T: " + typed.typeName() + " %v: " + (typed.data() == null));
        assertThat(go.get("literalNil() == nil")).containsExactly(String.valueOf(InterfaceAnswersTest.literalNil().isNil()));
        assertThat(go.get("typedNil() == nil")).containsExactly(String.valueOf(a.typedNil().isNil()));
        Iface i = Iface.box(GoType.ANY, GoType.INT, 42);
        assertThat(go.get("comma-ok")).containsExactly("\"" + i.assertOk(GoType.STRING).value() + "\" " + i.assertOk(GoType.STRING).ok());
        assertThat(go.get("comma-ok int")).containsExactly(i.assertOk(GoType.INT).value() + " " + i.assertOk(GoType.INT).ok());
        String tae = " (runtime.Error=true, *runtime.TypeAssertionError)";
        assertThat(go.get("assert int to string")).containsExactly(recovered(() -> i.assertType(GoType.STRING)) + tae);
        assertThat(go.get("assert nil to int")).containsExactly(recovered(() -> Iface.nil(GoType.ANY).assertType(GoType.INT)) + tae);
        assertThat(go.get("assert string to Stringer")).containsExactly(recovered(() -> Iface.box(GoType.ANY, GoType.STRING, "x").assertType(a.t.stringer)) + tae);
        assertThat(go.get("assert error(nil) to *MyError")).containsExactly(recovered(() -> Iface.nil(GoType.ERROR).assertType(a.t.myErrorPtr)) + tae);
        assertThat(go.get("assert Stringer to error")).containsExactly(recovered(() ->
                Iface.box(a.t.stringer, a.t.namedUser, StructValue.of(a.t.namedUser, "ann")).assertType(GoType.ERROR)) + tae);
        List<String> goSwitch = go.entrySet().stream().filter(e -> e.getKey().startsWith("switch "))
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey().substring("switch ".length()) + ": " + v)).toList();
        assertThat(SwitchValues.switchLines(a)).containsExactlyInAnyOrderElementsOf(goSwitch);
        assertThat(go.get("any(1) == any(1)")).containsExactly(String.valueOf(Iface.box(GoType.ANY, GoType.INT, 1).eq(Iface.box(GoType.ANY, GoType.INT, 1))));
        assertThat(go.get("any(1) == any(int64(1))")).containsExactly(String.valueOf(Iface.box(GoType.ANY, GoType.INT, 1).eq(Iface.box(GoType.ANY, GoType.INT64, 1L))));
        GoType ints = new GoType.SliceOf(GoType.INT);
        String ue = " (runtime.Error=true, runtime.errorString)";
        assertThat(go.get("compare []int")).containsExactly(recovered(() -> Iface.box(GoType.ANY, ints, null).eq(Iface.box(GoType.ANY, ints, null))) + ue);
        GoType m = new GoType.MapOf(GoType.STRING, GoType.INT);
        assertThat(go.get("compare map")).containsExactly(recovered(() -> Iface.box(GoType.ANY, m, null).eq(Iface.box(GoType.ANY, m, null))) + ue);
        GoType fn = new GoType.Func("func()");
        assertThat(go.get("compare func")).containsExactly(recovered(() -> Iface.box(GoType.ANY, fn, null).eq(Iface.box(GoType.ANY, fn, null))) + ue);
        assertThat(go.get("compare []int vs int")).containsExactly(recovered(() -> Iface.box(GoType.ANY, ints, null).eq(Iface.box(GoType.ANY, GoType.INT, 1))));
    }

    @Test
    @DisplayName("compile-errors: the model rejects the same programs with Go 1.23's type-checker texts (LANG-I11)")
    void compileErrorsMatchGo() {
        Map<String, List<String>> go = GoOracle.read("compile-errors");
        Named counter = Named.define("Counter", GoType.Struct.of(Field.named("n", GoType.INT))).pointerMethod("Inc", (p, x) -> null);
        assertThat(go.get("addressable")).containsExactly(recovered(() -> Selectors.call(Operand.value("Counter{}", counter, StructValue.zero(counter)), "Inc")));
        Named a = Named.define("A", GoType.Struct.of(Field.named("Name", GoType.STRING)));
        Named b = Named.define("B", GoType.Struct.of(Field.named("Name", GoType.STRING)));
        Named d = Named.define("D", GoType.Struct.of(Field.embed(a), Field.embed(b)));
        assertThat(go.get("ambiguous")).containsExactly(recovered(() -> Selectors.field(Operand.variable("d", d, StructValue.zero(d)), "Name")));
        assertThat(go.get("badrecv")).containsExactly(recovered(() -> Named.define("P", GoType.ptr(GoType.INT)).method("M", (r, x) -> null)));
        assertThat(go.get("notsubtype")).containsExactly(recovered(() -> { Assignability.check("Dog{}", t.dog, t.animal, "argument to feed"); return null; }));
        assertThat(go.get("ptrrecv")).containsExactly(recovered(() -> { Assignability.check("Dog{}", t.dog, t.breather, "variable declaration"); return null; }));
        assertThat(Assignability.assignable(GoType.ptr(t.dog), t.breather)).isTrue();           // var _ Breather = &Dog{} compiles
    }
}
