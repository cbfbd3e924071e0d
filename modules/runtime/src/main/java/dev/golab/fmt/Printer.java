package dev.golab.fmt;

/*
 * Go behaviour:    print.go doPrintf / doPrint / doPrintln (Go 1.23). A verb is '%', flags
 *                  (# 0 + - space), an optional [n] argument index, width (digits or * taking an int
 *                  operand; negative means '-'), '.' precision (digits or *; a lone '.' is 0), another
 *                  optional [n], and the verb. Problems print in place and formatting carries on:
 *                  %!v(MISSING), %!v(BADINDEX), %!(BADWIDTH), %!(BADPREC), %!(NOVERB), and after the
 *                  last verb %!(EXTRA type=value, …) unless an index reordered the operands.
 *                  Print adds a space between operands when neither is a string; Println always
 *                  adds spaces and a final newline.
 * Model:           one printer per call; the parse loop is Go's, step for step, so the error forms
 *                  appear at exactly the same places. Values and Composites print one operand.
 * Invariants:      FMT-I17 no input makes the printer throw a Java exception (FmtNeverThrowsTest);
 *                  a method that panics is reported in the output, like Go.
 *                  FMT-I18 wrapped (Errorf's %w operands) lists argument numbers in verb order.
 * Differs from Go: none in the loop.
 * See:             FmtDifferentialTest, FmtNeverThrowsTest.
 */
import java.util.ArrayList;
import java.util.List;

final class Printer {
    final Buffer buf = new Buffer();
    final Field fmt = new Field(buf);
    /** The current operand at depth 0 or the method receiver (Go's p.arg); null when absent. */
    Object arg;
    boolean argPresent;
    /** The reflect-level value being printed (Go's p.value) and its type; valid when valueType != null. */
    Object value;
    String valueType;
    boolean erroring;
    boolean panicking;
    boolean wrapErrs;
    boolean reordered;
    private boolean goodArgNum;
    final List<Integer> wrappedErrs = new ArrayList<>();

    static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** parsenum: (num, isnum, newi) packed as {num, isnum ? 1 : 0, newi}. */
    private static int[] parseNum(String s, int start, int end) {
        if (start >= end) return new int[] {0, 0, end};
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) return new int[] {0, 0, end};
            num = num * 10 + s.charAt(i) - '0';
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, i};
    }

    /** intFromArg: {num, isInt, newArgNum}. */
    private static long[] intFromArg(Object[] a, int argNum) {
        int newArgNum = argNum;
        long num = 0;
        boolean isInt = false;
        if (argNum < a.length) {
            Long n = Values.intValue(a[argNum]);
            if (n != null) {
                num = n;
                isInt = true;
            }
            newArgNum = argNum + 1;
            if (tooLarge(num)) {
                num = 0;
                isInt = false;
            }
        }
        return new long[] {num, isInt ? 1 : 0, newArgNum};
    }

    /** argNumber: {argNum, i, found}. Sets reordered; clears goodArgNum on a bad index. */
    private int[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') return new int[] {argNum, i, 0};
        reordered = true;
        // parseArgNumber: the bracketed one-based index.
        int index = 0;
        int wid = 1;
        boolean ok = false;
        String s = format.substring(i);
        if (s.length() >= 3) {
            for (int k = 1; k < s.length(); k++) {
                if (s.charAt(k) == ']') {
                    int[] n = parseNum(s, 1, k);
                    wid = k + 1;
                    if (n[1] == 1 && n[2] == k) {
                        index = n[0] - 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) return new int[] {index, i + wid, 1};
        goodArgNum = false;
        return new int[] {argNum, i + wid, ok ? 1 : 0};
    }

    void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex = false;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') i++;
            if (i > lasti) buf.write(format.substring(lasti, i));
            if (i >= end) break;
            i++;
            fmt.clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> fmt.sharp = true;
                    case '0' -> fmt.zero = true;
                    case '+' -> fmt.plus = true;
                    case '-' -> fmt.minus = true;
                    case ' ' -> fmt.space = true;
                    default -> {
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'w') wrappedErrs.add(argNum);
                            if (c == 'v' || c == 'w') goSyntaxFlags();
                            Values.printArg(this, a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }
            int[] an = argNumber(argNum, format, i, a.length);
            argNum = an[0];
            i = an[1];
            afterIndex = an[2] == 1;
            if (i < end && format.charAt(i) == '*') {
                i++;
                long[] w = intFromArg(a, argNum);
                fmt.wid = (int) w[0];
                fmt.widPresent = w[1] == 1;
                argNum = (int) w[2];
                if (!fmt.widPresent) buf.write("%!(BADWIDTH)");
                if (fmt.wid < 0) {
                    fmt.wid = -fmt.wid;
                    fmt.minus = true;
                    fmt.zero = false;
                }
                afterIndex = false;
            } else {
                int[] n = parseNum(format, i, end);
                fmt.wid = n[0];
                fmt.widPresent = n[1] == 1;
                i = n[2];
                if (afterIndex && fmt.widPresent) goodArgNum = false;
            }
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) goodArgNum = false;
                an = argNumber(argNum, format, i, a.length);
                argNum = an[0];
                i = an[1];
                afterIndex = an[2] == 1;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    long[] p = intFromArg(a, argNum);
                    fmt.prec = (int) p[0];
                    fmt.precPresent = p[1] == 1;
                    argNum = (int) p[2];
                    if (fmt.prec < 0) {
                        fmt.prec = 0;
                        fmt.precPresent = false;
                    }
                    if (!fmt.precPresent) buf.write("%!(BADPREC)");
                    afterIndex = false;
                } else {
                    int[] n = parseNum(format, i, end);
                    fmt.prec = n[0];
                    fmt.precPresent = n[1] == 1;
                    i = n[2];
                    if (!fmt.precPresent) {
                        fmt.prec = 0;
                        fmt.precPresent = true;
                    }
                }
            }
            if (!afterIndex) {
                an = argNumber(argNum, format, i, a.length);
                argNum = an[0];
                i = an[1];
                afterIndex = an[2] == 1;
            }
            if (i >= end) {
                buf.write("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                buf.write('%');
            } else if (!goodArgNum) {
                badArgNum(verb, "(BADINDEX)");
            } else if (argNum >= a.length) {
                badArgNum(verb, "(MISSING)");
            } else {
                if (verb == 'w') wrappedErrs.add(argNum);
                if (verb == 'v' || verb == 'w') goSyntaxFlags();
                Values.printArg(this, a[argNum], verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            fmt.clearFlags();
            buf.write("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) buf.write(", ");
                if (a[k] == null) {
                    buf.write("<nil>");
                } else {
                    buf.write(GoTypes.name(a[k]));
                    buf.write('=');
                    Values.printArg(this, a[k], 'v');
                }
            }
            buf.write(')');
        }
    }

    /** %v and %w: '#' means Go syntax, '+' means field names. */
    private void goSyntaxFlags() {
        fmt.sharpV = fmt.sharp;
        fmt.sharp = false;
        fmt.plusV = fmt.plus;
        fmt.plus = false;
    }

    private void badArgNum(int verb, String what) {
        buf.write("%!");
        Utf8.appendRune(buf, verb);
        buf.write(what);
    }

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int k = 0; k < a.length; k++) {
            boolean isString = a[k] != null && Values.isStringKind(a[k]);
            if (k > 0 && !isString && !prevString) buf.write(' ');
            Values.printArg(this, a[k], 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] a) {
        for (int k = 0; k < a.length; k++) {
            if (k > 0) buf.write(' ');
            Values.printArg(this, a[k], 'v');
        }
        buf.write('\n');
    }
}
