package dev.golab.fmt;

import dev.golab.runtime.GoType;

import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.runtime.GoPanic;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operands of benchmarks/go/fmtcases/operands.go, under the same keys, in golab's value model:
 * the Go value on the right of each comment is what the Java value stands for.
 */
final class FmtOperands {
    private FmtOperands() {}

    @GoType("main.T")
    record T(int A, String B) {}

    @GoType("main.Nested")
    record Nested(T P, List<Integer> S, Map<String, Integer> M, Object I, double F) {}

    /** type Celsius float64, with a String method. */
    @GoType(value = "main.Celsius", basic = true)
    record Celsius(double v) implements Stringer {
        @Override
        public String string() {
            return v == 21.5 ? "C(21.5)" : "?";
        }
    }

    /** A Stringer whose String method panics("boom"). */
    @GoType("main.Panicky")
    record Panicky() implements Stringer {
        @Override
        public String string() {
            throw new GoPanic("boom");
        }
    }

    /** An error whose Error method panics with errors.New("bad error"). */
    @GoType("main.BadErr")
    record BadErr() implements GoError {
        @Override
        public String error() {
            throw new GoPanic(Errors.newError("bad error"));
        }
    }

    @GoType("main.MyErr")
    record MyErr(int Code) implements GoError {
        @Override
        public String error() {
            return Code == 503 ? "unavailable" : "other";
        }
    }

    static Map<String, Object> all() {
        Map<String, Object> m = new HashMap<>();
        m.put("nil", null);
        m.put("true", true);
        m.put("false", false);

        m.put("int0", 0);
        m.put("int42", 42);
        m.put("intNeg42", -42);
        m.put("int1234567", 1234567);
        m.put("intMax", GoInt.intValue(Long.MAX_VALUE));                 // int
        m.put("int8Min", (byte) -128);                                   // int8
        m.put("int16", (short) 12345);                                   // int16
        m.put("int32Neg7", GoInt.int32(-7));                             // int32
        m.put("int64Max", Long.MAX_VALUE);                               // int64
        m.put("int64Min", Long.MIN_VALUE);
        m.put("uint8Max", GoInt.uint8(255));
        m.put("uint16Max", GoInt.uint16(65535));
        m.put("uint32Max", GoInt.uint32(0xFFFF_FFFFL));
        m.put("uint64Max", GoInt.uint64(-1));
        m.put("uint7", GoInt.uint(7));
        m.put("uintptr", GoInt.of(IntKind.UINTPTR, 0xdead));

        m.put("f0", 0.0);
        m.put("fNegZero", -0.0);
        m.put("f1", 1.0);
        m.put("fPi", 3.14159);
        m.put("fNeg2_5", -2.5);
        m.put("f0_1", 0.1);
        m.put("fThird", 1.0 / 3.0);
        m.put("f100", 100.0);
        m.put("f1e6", 1e6);
        m.put("f123456", 123456.0);
        m.put("f1234567", 1234567.0);
        m.put("f1e20", 1e20);
        m.put("f1e21", 1e21);
        m.put("f1e-4", 1e-4);
        m.put("f1e-5", 1e-5);
        m.put("f1_5e-7", 1.5e-7);
        m.put("f2_5", 2.5);
        m.put("f0_125", 0.125);
        m.put("f1_005", 1.005);
        m.put("fMax", Double.MAX_VALUE);
        m.put("fTiny", Double.MIN_VALUE);
        m.put("fNaN", Double.NaN);
        m.put("fInf", Double.POSITIVE_INFINITY);
        m.put("fNegInf", Double.NEGATIVE_INFINITY);
        m.put("f32_0_1", 0.1f);
        m.put("f32_16777216", 16777216f);
        m.put("f32Max", Float.MAX_VALUE);
        m.put("f32_1_5", 1.5f);

        m.put("c1_2", Complex.complex128(1, 2));
        m.put("c64", Complex.complex64(-1.5f, 0.25f));

        m.put("runeA", 'a');                                             // rune = int32
        m.put("runeE", 'é');
        m.put("runeWorld", '世');
        m.put("runeSmile", GoInt.int32(0x1F600));
        m.put("runeNL", '\n');
        m.put("runeDEL", (char) 0x7f);
        m.put("runeBig", GoInt.int32(0x110000));
        m.put("runeNeg", GoInt.int32(-1));

        m.put("sEmpty", "");
        m.put("sHello", "hello");
        m.put("sFive", "five");
        m.put("sUni", "héllo 世界");
        m.put("sEsc", "a\"b\\c\n");
        m.put("sCtl", "\u0000\u007f\t");
        m.put("sBack", "`x`");
        m.put("sEmoji", "😀");
        m.put("sNbsp", "a\u00a0b\u200bc");

        m.put("bHi", "hi".getBytes());
        m.put("bNil", Typed.nil("[]uint8"));                             // []byte(nil)
        m.put("bEmpty", new byte[0]);
        m.put("b0_255", new byte[] {0, (byte) 255});

        m.put("sliceInt", List.of(1, 2, 3));
        m.put("sliceStr", List.of("a", "b c"));
        m.put("sliceNil", Typed.nil("[]int"));
        m.put("sliceEmpty", Typed.of("[]int", List.of()));
        m.put("sliceF", List.of(1.5, 2.0, 1e21));
        m.put("sliceAny", Typed.of("[]interface {}", Arrays.asList(1, "a", null, true)));
        m.put("sliceNested", List.of(List.of(1), List.of(2, 3)));
        m.put("sliceT", List.of(new T(1, "x"), new T(2, "y")));

        m.put("mapSI", Map.of("b", 2, "a", 1, "c", 3));
        m.put("mapIS", Map.of(3, "c", 1, "a", -2, "z"));
        m.put("mapNil", Typed.nil("map[string]int"));
        m.put("mapEmpty", Typed.of("map[string]int", Map.of()));
        m.put("mapBool", Map.of(true, 1, false, 0));
        m.put("mapFloat", Map.of(2.5, "b", -1.0, "a", Double.POSITIVE_INFINITY, "inf"));
        Map<String, Object> mapSlice = new HashMap<>();
        mapSlice.put("x", List.of(1, 2));
        mapSlice.put("w", null);
        m.put("mapSlice", Typed.of("map[string][]int", mapSlice));

        m.put("structT", new T(1, "x"));
        m.put("structZero", new T(0, ""));
        m.put("structNested", new Nested(new T(2, "y"), List.of(1), Map.of("k", 1), null, 0.5));
        m.put("structIface", new Nested(new T(0, ""), null, null, "str", 0));

        m.put("err", Errors.newError("boom"));
        m.put("myErr", new MyErr(503));
        m.put("stringer", new Celsius(21.5));
        m.put("panicky", new Panicky());
        m.put("badErr", new BadErr());
        return m;
    }
}
