package dev.golab.fmt;

import dev.golab.runtime.GoType;

/*
 * Go behaviour:    package fmt (print.go, format.go, errors.go; Go 1.23): Sprintf, Sprint, Sprintln
 *                  and Errorf. fmt never fails: a wrong verb, a missing or extra operand, a bad
 *                  index, width or precision, or a panicking String/Error method is printed into the
 *                  result as a %!… marker.
 * Model:           1. Printer parses the format exactly as doPrintf does;
 *                  2. Values / Composites print each operand over the lab's value model (GoTypes);
 *                  3. numbers go through IntegerFormat and FloatFormat (FloatText = strconv);
 *                  4. the bytes are returned as a Java String (invalid UTF-8 bytes as U+FFFD).
 * Invariants:      FMT-I17 sprintf, sprint and sprintln return for every input; they never throw a
 *                  Java exception (FmtNeverThrowsTest). Errorf wraps per fmt/errors.go (ErrorfAnswersTest).
 * Differs from Go: operands are Java values (see GoTypes for the mapping); fmt.Formatter is not
 *                  modelled (Stringer, GoStringer and GoError are).
 * See:             FmtDifferentialTest (recorded Go 1.23 output), FmtAnswersTest, FmtNeverThrowsTest.
 */
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class Fmt {
    private Fmt() {}

    /** fmt.Sprintf. */
    public static String sprintf(String format, Object... args) {
        Printer p = new Printer();
        p.doPrintf(format, args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /** fmt.Sprint: spaces between operands when neither side is a string. */
    public static String sprint(Object... args) {
        Printer p = new Printer();
        p.doPrint(args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /** fmt.Sprintln: spaces between all operands and a final newline. */
    public static String sprintln(Object... args) {
        Printer p = new Printer();
        p.doPrintln(args == null ? new Object[] {null} : args);
        return p.buf.toString();
    }

    /**
     * fmt.Errorf: the message as Sprintf prints it, %w printing its operand like %v. With no valid
     * %w the result is a plain error; with one, it wraps that error (unwrap()); with several, it
     * wraps each distinct operand once, in argument order (unwrapAll()).
     */
    public static GoError errorf(String format, Object... args) {
        Object[] a = args == null ? new Object[] {null} : args;
        Printer p = new Printer();
        p.wrapErrs = true;
        p.doPrintf(format, a);
        String s = p.buf.toString();
        List<Integer> idx = new ArrayList<>(p.wrappedErrs);
        switch (idx.size()) {
            case 0 -> {
                return Errors.newError(s);
            }
            case 1 -> {
                return new WrapError(s, a[idx.getFirst()] instanceof GoError e ? e : null);
            }
            default -> {
                if (p.reordered) Collections.sort(idx);
                List<GoError> errs = new ArrayList<>();
                for (int i = 0; i < idx.size(); i++) {
                    if (i > 0 && idx.get(i - 1).equals(idx.get(i))) continue;   // the same operand twice
                    if (a[idx.get(i)] instanceof GoError e) errs.add(e);
                }
                return new WrapErrors(s, errs);
            }
        }
    }

    /** What %v prints for v (fmt.Sprint of one operand). */
    public static String v(Object v) {
        return sprint(v);
    }

    /** The underlying value of a defined basic type (@GoType(basic = true) record); v itself otherwise. */
    public static Object underlying(Object v) {
        return Values.basicValue(v);
    }

    /** Whether v is a composite Go value in fmt's model (struct, pointer, slice, map), not a foreign object. */
    public static boolean isGoValue(Object v) {
        return v instanceof Record || v instanceof List || v instanceof java.util.Map || v instanceof Typed
                || (v != null && (v.getClass().isArray() || v.getClass().isAnnotationPresent(GoType.class)));
    }

    /** The address %p prints for v ("0xc…"): made from the identity hash, stable for one object. */
    public static String address(Object v) {
        return "0x" + Long.toHexString(Composites.address(v));
    }

    /** What %T prints for v: Go's name of its type. */
    public static String typeName(Object v) {
        return sprintf("%T", v);
    }
}
