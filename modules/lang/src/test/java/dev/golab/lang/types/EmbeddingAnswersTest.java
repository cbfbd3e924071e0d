package dev.golab.lang.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.RuntimeError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("IFACE-03 Q: how does struct embedding work, and how does it differ from inheritance?")
class EmbeddingAnswersTest {
    final SeedTypes t = new SeedTypes();

    @Test
    @DisplayName("IFACE-03.01 promotion: w.ID is w.Base.ID and the Base value's Describe() is \"ID=1\" (LANG-I23)")
    void promotedFieldsAndMethodsAreTheEmbeddedOnes() {
        Operand w = Operand.variable("w", t.widget, t.widgetButton());
        Operand baseField = Selectors.field(w, "Base");
        assertThat(Selectors.field(w, "ID").value()).isEqualTo(1).isEqualTo(Selectors.field(baseField, "ID").value());
        assertThat(Selectors.call(baseField, "Describe")).isEqualTo("ID=1");
        Named plain = Named.define("Plain", GoType.Struct.of(Field.embed(t.base)));   // no Describe of its own
        assertThat(Selectors.call(Operand.variable("p", plain, StructValue.of(plain, StructValue.of(t.base, 1))), "Describe"))
                .isEqualTo("ID=1");
    }

    @Test
    @DisplayName("IFACE-03.02 an embedded interface field promotes its methods: Service satisfies Logger")
    void anEmbeddedInterfacePromotesItsMethods() {
        Iface l = Iface.box(t.logger, t.prefixLogger, StructValue.of(t.prefixLogger, "> "));
        StructValue svc = StructValue.of(t.service, l, "svc");
        Iface asLogger = Iface.box(t.logger, t.service, svc);          // var lg Logger = s
        assertThat(asLogger.call("Log", "x")).isEqualTo("> x");
    }

    @Test
    @DisplayName("IFACE-03.02 ✗ a nil embedded interface is not nil-safe: Service{}.Log(\"x\") panics with a nil dereference")
    void callingThroughANilEmbeddedInterfacePanics() {
        Operand empty = Operand.value("Service{}", t.service, StructValue.zero(t.service));
        assertThatThrownBy(() -> Selectors.call(empty, "Log", "x"))
                .isInstanceOf(RuntimeError.class).hasMessage("runtime error: invalid memory address or nil pointer dereference");
    }

    @Test
    @DisplayName("IFACE-03.03 method sets: Dog embeds Animal by value and Breathe has a pointer receiver: d.Breathe() works, *Dog is a Breather, Dog is not (LANG-I20)")
    void onlyThePointerTypeHasPromotedPointerMethods() {
        Operand d = Operand.variable("d", t.dog, t.dogRex());
        assertThat(Selectors.call(d, "Breathe")).isEqualTo("breathes");            // (&d.Animal).Breathe()
        assertThat(MethodSets.implementsIface(GoType.ptr(t.dog), t.breather)).isTrue();
        assertThat(Iface.box(GoType.ANY, t.dog, t.dogRex()).assertOk(t.breather).ok()).isFalse();   // any(d).(Breather)
        assertThatThrownBy(() -> Iface.box(t.breather, t.dog, t.dogRex()))                          // var _ Breather = Dog{}
                .isInstanceOf(CompileError.class).hasMessage("Dog does not implement Breather (method Breathe has pointer receiver)");
        assertThat(Iface.box(t.breather, GoType.ptr(t.dog), Ptr.to(t.dogRex())).call("Breathe")).isEqualTo("breathes");
    }

    @Test
    @DisplayName("IFACE-03.03 embedding *Animal gives both Dog and *Dog the pointer methods")
    void embeddingByPointerGivesTheValueTypeThePointerMethodsToo() {
        Named dogP = Named.define("DogP", GoType.Struct.of(Field.embed(GoType.ptr(t.animal))));
        assertThat(MethodSets.methodSet(dogP)).containsOnlyKeys("Breathe", "Speak");
        StructValue v = StructValue.of(dogP, Ptr.to(StructValue.of(t.animal, "Rex")));
        assertThat(Selectors.call(Operand.value("DogP{…}", dogP, v), "Breathe")).isEqualTo("breathes");   // addressable via the pointer
        assertThatThrownBy(() -> Selectors.call(Operand.value("DogP{}", dogP, StructValue.zero(dogP)), "Speak"))
                .hasMessage("runtime error: invalid memory address or nil pointer dereference");           // nil embedded *Animal
    }

    @Test
    @DisplayName("IFACE-03.04 shadowing: (*Widget).Describe hides Base.Describe: w.Describe() is \"Widget: button\", w.Base.Describe() still \"ID=1\"")
    void aShallowerMethodShadowsThePromotedOne() {
        Operand w = Operand.variable("w", GoType.ptr(t.widget), Ptr.to(t.widgetButton()));
        assertThat(Selectors.call(w, "Describe")).isEqualTo("Widget: button");
        assertThat(Selectors.call(Selectors.field(w, "Base"), "Describe")).isEqualTo("ID=1");
        // the depth-0 pointer method hides Base.Describe for the value type too: Widget has no Describe
        assertThat(MethodSets.implementsIface(t.widget, t.describer)).isFalse();
        assertThat(MethodSets.implementsIface(GoType.ptr(t.widget), t.describer)).isTrue();
    }

    @Test
    @DisplayName("IFACE-03.05 interface embedding unions method sets: only a type with Read, Write and Close is a ReadWriteCloser (LANG-I21)")
    void interfaceEmbeddingUnionsMethodSets() {
        assertThat(((GoType.Interface) t.readWriteCloser.underlying()).methods()).containsExactly("Close", "Read", "Write");
        assertThat(MethodSets.missing(t.rw, t.readWriteCloser)).map(MethodSets.MissingMethod::reason).contains("missing method Close");
        assertThat(MethodSets.implementsIface(t.rwc, t.readWriteCloser)).isTrue();   // Read, Write promoted from rw
    }

    @Test
    @DisplayName("IFACE-03.06 there is no subtype relationship: a Widget is not a Base, not even through an interface")
    void aWidgetIsNotABase() {
        Iface w = Iface.box(GoType.ANY, t.widget, t.widgetButton());
        assertThat(w.assertOk(t.base).ok()).isFalse();
        assertThatThrownBy(() -> w.assertType(t.base)).hasMessage("interface conversion: interface {} is main.Widget, not main.Base");
    }

    @Test
    @DisplayName("IFACE-03 depth rule: the shallowest Name wins (o.Name is Outer's, o.Middle.Name is Inner's) (LANG-I18)")
    void theShallowestSelectorWins() {
        StructValue o = StructValue.of(t.outer, StructValue.of(t.middle, StructValue.of(t.inner, "inner")), "outer");
        Operand x = Operand.variable("o", t.outer, o);
        assertThat(Selectors.field(x, "Name").value()).isEqualTo("outer");
        assertThat(Selectors.field(Selectors.field(x, "Middle"), "Name").value()).isEqualTo("inner");
    }

    @Test
    @DisplayName("IFACE-03 two fields at the same depth make the selector ambiguous; the explicit path still works (LANG-I19)")
    void twoMatchesAtTheSameDepthAreAmbiguous() {
        Named a = Named.define("A", GoType.Struct.of(Field.named("Name", GoType.STRING)));
        Named b = Named.define("B", GoType.Struct.of(Field.named("Name", GoType.STRING)));
        Named d = Named.define("D", GoType.Struct.of(Field.embed(a), Field.embed(b)));
        Operand x = Operand.variable("d", d, StructValue.of(d, StructValue.of(a, "a"), StructValue.of(b, "b")));
        assertThatThrownBy(() -> Selectors.field(x, "Name")).isInstanceOf(CompileError.class).hasMessage("ambiguous selector d.Name");
        assertThat(Selectors.field(Selectors.field(x, "A"), "Name").value()).isEqualTo("a");
        assertThat(MethodSets.lookup(d, "Name")).isEqualTo(new MethodSets.Lookup.Ambiguous(1));
    }
}
