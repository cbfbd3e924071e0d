package dev.golab.fmt;

import dev.golab.runtime.GoType;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.GoError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Go fmt behaviour golab still prints differently, with the reason. Each test pins golab's
 * output and quotes what Go 1.23 printed for the same program, so a change on either side shows up.
 * None of these cases is in the differential data (FmtDifferentialTest requires 100 % there).
 */
@DisplayName("fmt: the known differences from Go 1.23, each with its reason")
class FmtKnownDifferencesTest {

    @Test
    @DisplayName("%p and nested pointers print an address made from the identity hash (Java has no addresses)")
    void pointerVerbPrintsAnIdentityAddress() {
        List<Integer> s = List.of(1, 2);
        String p = Fmt.sprintf("%p", s);
        assertThat(p).matches("0x[0-9a-f]+").isEqualTo(Fmt.sprintf("%p", s));   // stable for one object
        assertThat(Fmt.sprintf("%p", List.of(3))).isNotEqualTo(p);                // distinct objects differ
        assertThat(Fmt.sprintf("%p", Typed.nil("[]int"))).isEqualTo("0x0");          // nil is 0 as in Go
    }

    @Test
    @DisplayName("an untyped empty List is []interface {}: Java erases the element type (Typed restores it)")
    void emptyListTypeIsInferred() {
        assertThat(Fmt.sprintf("%T %#v", List.of(), List.of())).isEqualTo("[]interface {} []interface {}{}");
        assertThat(Fmt.sprintf("%T %#v", Typed.of("[]int", List.of()), Typed.of("[]int", List.of())))
                .isEqualTo("[]int []int{}");                               // Go: var s = []int{}
    }

    @Test
    @DisplayName("keys of different types in one map sort by type name; Go sorts by type-descriptor address")
    void mixedKeyTypesSortByTypeName() {
        Map<Object, Integer> m = new LinkedHashMap<>();
        m.put(1, 1);
        m.put("a", 2);
        m.put(2.5, 3);
        m.put(true, 4);
        // Go 1.23 printed map[a:2 1:1 2.5:3 true:4] for map[any]int{1: 1, "a": 2, 2.5: 3, true: 4}:
        // an order fixed by where the linker put the type descriptors, not by anything in the program.
        assertThat(Fmt.sprint(m)).isEqualTo("map[true:4 2.5:3 1:1 a:2]");
    }

    @Test
    @DisplayName("%q uses the JDK's Unicode tables (16.0 in JDK 25), Go 1.23 uses Unicode 15.0")
    void quotingFollowsTheJdksUnicodeVersion() {
        // U+1C89 was assigned in Unicode 16.0: Go 1.23 printed "\u1c89" (not printable to it).
        String golab = Fmt.sprintf("%q", new String(Character.toChars(0x1C89)));
        if (Character.isDefined(0x1C89)) {
            assertThat(golab).isEqualTo("\"" + new String(Character.toChars(0x1C89)) + "\"");
        } else {
            assertThat(golab).isEqualTo("\"\\u1c89\"");
        }
        assertThat(Fmt.sprintf("%+q", new String(Character.toChars(0x1C89)))).isEqualTo("\"\\u1c89\"");   // same in both
    }

    @Test
    @DisplayName("a lone UTF-16 surrogate in a Java String becomes '?' (a Go string holds bytes, never half a rune)")
    void loneSurrogateBecomesQuestionMark() {
        assertThat(Fmt.sprintf("%q", "a\uD800b")).isEqualTo("\"a?b\"");
    }

    /** A Java object that is neither a record, a @GoType class, nor one of the mapped value types. */
    static final class Foreign {
        @Override
        public String toString() {
            return "foreign!";
        }
    }

    @Test
    @DisplayName("a foreign Java object prints its toString() like a string: Go has no such values")
    void foreignObjectsPrintTheirToString() {
        assertThat(Fmt.sprintf("%v|%q|%d", new Foreign(), new Foreign(), new Foreign()))
                .isEqualTo("foreign!|\"foreign!\"|%!d(fmt.FmtKnownDifferencesTest$Foreign=foreign!)".replace("fmt.FmtKnownDifferencesTest$Foreign", "fmt.Foreign"));
    }

    @GoType("main.Outer")
    record Outer(FmtOperands.T Inner) {}

    @Test
    @DisplayName("a null record component of struct type prints <nil>; Go has a zero struct there ({0 })")
    void nullStructFieldPrintsNil() {
        assertThat(Fmt.sprint(new Outer(null))).isEqualTo("{<nil>}");          // Go: {{0 }}
        assertThat(Fmt.sprint(new Outer(new FmtOperands.T(0, "")))).isEqualTo("{{0 }}");
    }

    @Test
    @DisplayName("a Java Throwable prints its message like an error, but %w wraps only a GoError")
    void throwablePrintsLikeAnErrorButIsNotWrapped() {
        IllegalStateException ex = new IllegalStateException("bad state");
        GoError e = Fmt.errorf("op: %w", ex);
        assertThat(Fmt.sprintf("%v", ex)).isEqualTo("bad state");
        // BADVERB prints the operand without its methods: for a Java object that is its toString()
        assertThat(e.error()).isEqualTo("op: %!w(lang.IllegalStateException=java.lang.IllegalStateException: bad state)");
        assertThat(e.unwrap()).isNull();
    }
}
