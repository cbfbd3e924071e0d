package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    print.go printArg / handleMethods / badVerb / catchPanic and the scalar cases of
 *                  printValue (Go 1.23): nil prints <nil> for %v and %T and %!verb(<nil>) otherwise;
 *                  %T prints the type; error and Stringer methods serve %v %s %x %X %q, GoStringer
 *                  serves %#v; a verb that does not fit prints %!verb(type=value) with the value as
 *                  %v and without calling methods; a method that panics prints
 *                  %!verb(PANIC=Method method: value); %w outside Errorf or on a non-error is BADVERB.
 * Model:           dispatch on the Java value (see GoTypes for the value model); composite values go
 *                  to Composites. A Java exception thrown by a method is the Go panic it stands for
 *                  (GoPanic.of), so it prints in the PANIC form instead of escaping.
 * Invariants:      FMT-I17 nothing here lets a Java exception escape except a panic raised while
 *                  printing a panic (Go panics then too).
 *                  FMT-I19 methods are not called while printing a BADVERB (erroring), as in Go.
 * Differs from Go: a Java Throwable that is not a GoError prints like an error (its message) but
 *                  cannot be wrapped by %w. Objects of other classes that are neither records nor
 *                  @GoType print their toString() as a string would (Go has no such values).
 * See:             FmtDifferentialTest, FmtAnswersTest.
 */
import dev.golab.runtime.GoError;
import dev.golab.runtime.GoPanic;
import java.util.function.Supplier;

final class Values {
    private Values() {}

    static void printArg(Printer p, Object arg, int verb) {
        p.arg = arg;
        p.argPresent = true;
        p.valueType = null;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                p.fmt.padString("<nil>");
            } else {
                badVerb(p, verb);
            }
            return;
        }
        if (verb == 'T') {
            p.fmt.fmtS(Utf8.bytes(GoTypes.name(arg)));
            return;
        }
        if (verb == 'p') {
            Composites.fmtPointer(p, unwrapTyped(arg), GoTypes.name(arg), 'p');
            return;
        }
        switch (arg) {
            case Boolean b -> fmtBool(p, b, verb);
            case Float f -> fmtFloat(p, f, 32, verb);
            case Double d -> fmtFloat(p, d, 64, verb);
            case Complex c -> fmtComplex(p, c, verb);
            case Integer i -> fmtInteger(p, i, true, verb);
            case Long l -> fmtInteger(p, l, true, verb);
            case Short s -> fmtInteger(p, s, true, verb);
            case Byte b -> fmtInteger(p, b, true, verb);
            case Character c -> fmtInteger(p, c, true, verb);
            case GoInt g -> fmtInteger(p, g.bits(), g.kind().signed, verb);
            case String s -> fmtString(p, Utf8.bytes(s), verb);
            case byte[] b -> Composites.fmtBytes(p, b, verb, "[]byte", 0);
            case Typed t when isBytes(t) -> Composites.fmtBytes(p, (byte[]) t.value(), verb, "[]byte", 0);
            default -> {
                if (!handleMethods(p, verb)) Composites.printValue(p, unwrapTyped(arg), GoTypes.name(arg), verb, 0);
            }
        }
    }

    /** A []byte operand given with its type (a nil []byte is Typed.nil("[]uint8")). */
    private static boolean isBytes(Typed t) {
        return (t.value() == null || t.value() instanceof byte[]) && (t.goType().equals("[]uint8") || t.goType().equals("[]byte"));
    }

    static Object unwrapTyped(Object v) {
        return v instanceof Typed t ? t.value() : v;
    }

    /** handleMethods: true when an error, Stringer or GoStringer method (or %w's BADVERB) printed p.arg. */
    static boolean handleMethods(Printer p, int verb) {
        if (p.erroring) return false;
        Object arg = unwrapTyped(p.arg);
        if (verb == 'w') {
            if (!(arg instanceof GoError) || !p.wrapErrs) {
                badVerb(p, verb);
                return true;
            }
            verb = 'v';
        }
        if (p.fmt.sharpV) {
            if (arg instanceof GoStringer g) {
                callMethod(p, arg, verb, "GoString", g::goString, false);
                return true;
            }
            return false;
        }
        if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
            switch (arg) {
                case GoError e -> callMethod(p, arg, verb, "Error", e::error, true);
                case Stringer s -> callMethod(p, arg, verb, "String", s::string, true);
                case Throwable t -> callMethod(p, arg, verb, "Error", () -> GoPanic.text(t), true);
                case null, default -> {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Call a String/Error/GoString method; a panic inside it prints Go's catchPanic form. */
    private static void callMethod(Printer p, Object arg, int verb, String method, Supplier<String> m, boolean asString) {
        String s;
        try {
            s = m.get();
            if (s == null) s = "";
        } catch (Throwable t) {
            Object err = GoPanic.of(t).value();
            if (p.panicking) throw GoPanic.of(t);
            boolean[] old = p.fmt.saveFlags();
            p.fmt.clearFlags();
            p.buf.write("%!");
            Utf8.appendRune(p.buf, verb);
            p.buf.write("(PANIC=" + method + " method: ");
            p.panicking = true;
            printArg(p, err, 'v');
            p.panicking = false;
            p.buf.write(')');
            p.fmt.restoreFlags(old);
            return;
        }
        if (asString) {
            fmtString(p, Utf8.bytes(s), verb);
        } else {
            p.fmt.fmtS(Utf8.bytes(s));
        }
    }

    static void badVerb(Printer p, int verb) {
        p.erroring = true;
        p.buf.write("%!");
        Utf8.appendRune(p.buf, verb);
        p.buf.write('(');
        if (p.arg != null) {
            p.buf.write(GoTypes.name(p.arg));
            p.buf.write('=');
            printArg(p, p.arg, 'v');
        } else if (p.valueType != null) {
            Object v = p.value;
            String t = p.valueType;
            p.buf.write(t);
            p.buf.write('=');
            Composites.printValue(p, v, t, 'v', 0);
        } else {
            p.buf.write("<nil>");
        }
        p.buf.write(')');
        p.erroring = false;
    }

    static void fmtBool(Printer p, boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            p.fmt.fmtBoolean(v);
        } else {
            badVerb(p, verb);
        }
    }

    static void fmtInteger(Printer p, long v, boolean signed, int verb) {
        Field f = p.fmt;
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !signed) {
                    fmt0x64(f, v, true);
                } else {
                    IntegerFormat.fmtInteger(f, v, 10, signed, verb, Field.LDIGITS);
                }
            }
            case 'd' -> IntegerFormat.fmtInteger(f, v, 10, signed, verb, Field.LDIGITS);
            case 'b' -> IntegerFormat.fmtInteger(f, v, 2, signed, verb, Field.LDIGITS);
            case 'o', 'O' -> IntegerFormat.fmtInteger(f, v, 8, signed, verb, Field.LDIGITS);
            case 'x' -> IntegerFormat.fmtInteger(f, v, 16, signed, verb, Field.LDIGITS);
            case 'X' -> IntegerFormat.fmtInteger(f, v, 16, signed, verb, Field.UDIGITS);
            case 'c' -> IntegerFormat.fmtC(f, v);
            case 'q' -> IntegerFormat.fmtQc(f, v);
            case 'U' -> IntegerFormat.fmtUnicode(f, v);
            default -> badVerb(p, verb);
        }
    }

    /** fmt0x64: hexadecimal with or without 0x, whatever '#' says. */
    static void fmt0x64(Field f, long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        IntegerFormat.fmtInteger(f, v, 16, false, 'v', Field.LDIGITS);
        f.sharp = sharp;
    }

    static void fmtFloat(Printer p, double v, int size, int verb) {
        if (!FloatFormat.print(p.fmt, v, size, verb)) badVerb(p, verb);
    }

    static void fmtComplex(Printer p, Complex c, int verb) {
        if (!FloatFormat.printComplex(p.fmt, c.re(), c.im(), c.bits64() ? 64 : 128, verb)) badVerb(p, verb);
    }

    static void fmtString(Printer p, byte[] v, int verb) {
        Field f = p.fmt;
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.fmtQ(v);
                } else {
                    f.fmtS(v);
                }
            }
            case 's' -> f.fmtS(v);
            case 'x' -> f.fmtSbx(v, Field.LDIGITS);
            case 'X' -> f.fmtSbx(v, Field.UDIGITS);
            case 'q' -> f.fmtQ(v);
            default -> badVerb(p, verb);
        }
    }

    /** The value of an integer operand for * width and precision (intFromArg), or null. */
    static Long intValue(Object v) {
        Object u = basicValue(unwrapTyped(v));
        return switch (u) {
            case Integer i -> (long) i;
            case Long l -> l;
            case Short s -> (long) s;
            case Byte b -> (long) b;
            case Character c -> (long) c;
            case GoInt g -> g.kind().signed || g.bits() >= 0 ? g.bits() : null;
            case null, default -> null;
        };
    }

    /** For a @GoType(basic = true) record, its underlying value; otherwise v itself. */
    static Object basicValue(Object v) {
        if (v instanceof Record r && Composites.isBasic(r.getClass())) return Composites.components(r)[0];
        return v;
    }

    /** Print's rule: is the operand's kind string (also for a defined string type)? */
    static boolean isStringKind(Object v) {
        return basicValue(unwrapTyped(v)) instanceof String;
    }
}
