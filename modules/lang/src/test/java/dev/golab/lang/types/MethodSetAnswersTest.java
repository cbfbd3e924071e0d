package dev.golab.lang.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CORE-02 Q: how do methods, value vs pointer receivers, and struct embedding work in Go?")
class MethodSetAnswersTest {
    final SeedTypes t = new SeedTypes();

    @Test
    @DisplayName("CORE-02.01 a value-receiver method works on a copy: u.Rename(\"bob\") leaves u.Name unchanged (LANG-I12)")
    void aValueReceiverGetsACopySoTheCallerIsUnchanged() {
        Operand u = Operand.variable("u", t.user, StructValue.of(t.user, "ann", ""));
        Selectors.call(u, "Rename", "bob");
        assertThat(Selectors.field(u, "Name").value()).isEqualTo("ann");
    }

    @Test
    @DisplayName("CORE-02.02 a pointer-receiver method mutates the original: after u.SetEmail(e), u.Email == e")
    void aPointerReceiverMutatesTheOriginal() {
        Operand u = Operand.variable("u", t.user, StructValue.of(t.user, "ann", ""));
        Selectors.call(u, "SetEmail", "a@x");                          // u is addressable: (&u).SetEmail
        assertThat(Selectors.field(u, "Email").value()).isEqualTo("a@x");
        Operand p = Operand.variable("p", GoType.ptr(t.user), Ptr.to((StructValue) u.value()));
        Selectors.call(p, "SetEmail", "b@x");                          // through an explicit pointer too
        assertThat(Selectors.field(u, "Email").value()).isEqualTo("b@x");
    }

    @Test
    @DisplayName("CORE-02.03 methods can be declared on non-struct defined types: Celsius(100).ToFahrenheit() == 212")
    void methodsWorkOnNonStructDefinedTypes() {
        assertThat(Selectors.call(Operand.value("Celsius(100)", t.celsius, 100.0), "ToFahrenheit")).isEqualTo(212.0);
    }

    @Test
    @DisplayName("CORE-02.03 ✗ defined types are nominal: Celsius and Fahrenheit differ though both are float64 (LANG-I8)")
    void definedTypesAreNominalNotStructural() {
        Iface c = Iface.box(GoType.ANY, t.celsius, 1.0);
        Iface f = Iface.box(GoType.ANY, t.fahrenheit, 1.0);
        assertThat(c.eq(f)).isFalse();                                 // any(Celsius(1)) == any(Fahrenheit(1)) is false
        assertThat(c.typeName()).isEqualTo("main.Celsius");
        assertThat(t.celsius.underlying()).isEqualTo(t.fahrenheit.underlying());
    }

    @Test
    @DisplayName("CORE-02.03 ⚠ methods need a defined type whose underlying type is not a pointer or interface (LANG-I13)")
    void methodsOnPointerOrInterfaceUnderlyingTypesAreRejected() {
        Named p = Named.define("P", GoType.ptr(GoType.INT));
        assertThatThrownBy(() -> p.method("M", (r, a) -> null))
                .isInstanceOf(CompileError.class).hasMessage("invalid receiver type P (pointer or interface type)");
        assertThatThrownBy(() -> t.speaker.method("M", (r, a) -> null)).hasMessage("invalid receiver type Speaker (pointer or interface type)");
    }

    @Test
    @DisplayName("CORE-02.04 embedding promotes fields and methods: d.Speak() == d.Animal.Speak() == \"Rex speaks\", d.Name is d.Animal.Name")
    void embeddingPromotesFieldsAndMethods() {
        Operand d = Operand.variable("d", t.dog, t.dogRex());
        Operand animal = Selectors.field(d, "Animal");
        assertThat(Selectors.call(d, "Speak")).isEqualTo("Rex speaks").isEqualTo(Selectors.call(animal, "Speak"));
        Selectors.setField(d, "Name", "Max");                           // d.Name = "Max" writes d.Animal.Name (LANG-I23)
        assertThat(Selectors.field(Selectors.field(d, "Animal"), "Name").value()).isEqualTo("Max");
        assertThat(((MethodSets.Lookup.Found) MethodSets.lookup(t.dog, "Name")).selection().depth()).isEqualTo(1);
    }

    @Test
    @DisplayName("CORE-02.05 embedding is not subtyping: a Dog is not an Animal, yet Dog satisfies Speaker through promotion")
    void embeddingIsNotSubtypingButPromotedMethodsSatisfyInterfaces() {
        Iface d = Iface.box(GoType.ANY, t.dog, t.dogRex());
        assertThat(d.assertOk(t.animal).ok()).isFalse();               // any(d).(Animal): ok == false
        assertThat(d.assertOk(t.animal).value()).isEqualTo(StructValue.zero(t.animal));
        Iface s = Iface.box(t.speaker, t.dog, t.dogRex());             // var sp Speaker = d compiles
        assertThat(s.call("Speak")).isEqualTo("Rex speaks");
    }

    @Test
    @DisplayName("CORE-02.06 the consistency rule: with one pointer method, only *T has the full method set, so use pointer receivers throughout (LANG-I20)")
    void mixingReceiversLeavesTheValueTypeWithASmallerMethodSet() {
        assertThat(MethodSets.methodSet(t.user)).containsOnlyKeys("Rename");
        assertThat(MethodSets.methodSet(GoType.ptr(t.user))).containsOnlyKeys("Rename", "SetEmail");
        GoType.Interface both = GoType.Interface.of("Rename", "SetEmail");
        assertThat(MethodSets.implementsIface(t.user, both)).isFalse();
        assertThat(MethodSets.implementsIface(GoType.ptr(t.user), both)).isTrue();
    }

    @Test
    @DisplayName("CORE-02 a pointer method on a non-addressable value does not compile: Counter{}.Inc() (LANG-I22)")
    void aPointerMethodNeedsAnAddressableOperand() {
        Named counter = Named.define("Counter", GoType.Struct.of(Field.named("n", GoType.INT)))
                .pointerMethod("Inc", (p, a) -> { StructValue c = Ptr.deref((Ptr) p); c.set("n", (Integer) c.get("n") + 1); return null; });
        Operand c = Operand.variable("c", counter, StructValue.zero(counter));
        Selectors.call(c, "Inc");                                      // c.Inc() is (&c).Inc()
        assertThat(Selectors.field(c, "n").value()).isEqualTo(1);
        assertThatThrownBy(() -> Selectors.call(Operand.value("Counter{}", counter, StructValue.zero(counter)), "Inc"))
                .isInstanceOf(CompileError.class).hasMessage("cannot call pointer method Inc on Counter");
    }

    @Test
    @DisplayName("CORE-02 a pointer method may be called on a nil *T; a value method through a nil *T panics")
    void nilPointerReceiversAreLegalValueMethodsThroughNilPanic() {
        Named node = Named.define("Node", GoType.Struct.of(Field.named("v", GoType.INT)))
                .pointerMethod("IsNil", (p, a) -> p == null)
                .method("V", (n, a) -> ((StructValue) n).get("v"));
        Operand nilNode = Operand.variable("n", GoType.ptr(node), null);
        assertThat(Selectors.call(nilNode, "IsNil")).isEqualTo(true);
        assertThatThrownBy(() -> Selectors.call(nilNode, "V"))
                .hasMessage("runtime error: invalid memory address or nil pointer dereference");
    }

    @Test
    @DisplayName("CORE-02 Java differs: there are no real pointers; a Ptr is a reference to struct storage, and copy() is Go's assignment (LANG-I14)")
    void theModelsPointersAreReferencesToStorageAndCopyIsAssignment() {
        StructValue d = t.dogRex();
        StructValue copy = d.copy();                                   // d2 := d
        ((StructValue) copy.get("Animal")).set("Name", "Max");          // d2.Name = "Max"
        assertThat(((StructValue) d.get("Animal")).get("Name")).isEqualTo("Rex");   // embedded structs are copied
        assertThat(Ptr.to(d)).isEqualTo(Ptr.to(d)).isNotEqualTo(Ptr.to(copy));      // pointer equality is identity
    }
}
