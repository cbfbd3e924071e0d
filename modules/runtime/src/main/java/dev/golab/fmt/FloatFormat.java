package dev.golab.fmt;

/*
 * Go behaviour:    print.go fmtFloat / fmtComplex and format.go fmtFloat (Go 1.23): %v is %g with
 *                  the shortest representation, %e %f %E %F default to precision 6, %b %g %G %x %X
 *                  to shortest; '+' and ' ' choose the sign column; '#' keeps the decimal point
 *                  and trailing zeros (%#g pads to the precision, 6 when shortest); '0' pads after
 *                  the sign but never for Inf or NaN; NaN has no sign unless '+' or ' ' asks for one.
 *                  Complex values print "(re+imi)" with a sign always on the imaginary part.
 * Model:           strconv text from FloatText, then fmt's post-processing byte for byte.
 * Invariants:      FMT-I10 a verb outside v b g G x X f F e E is a BADVERB, checked before any
 *                  output (so a complex prints no "(" for a bad verb).
 * Differs from Go: none known.
 * See:             FloatText, FmtDifferentialTest.
 */
final class FloatFormat {
    private FloatFormat() {}

    /** pp.fmtFloat: false when the verb does not apply (the caller prints BADVERB). */
    static boolean print(Field f, double v, int size, int verb) {
        switch (verb) {
            case 'v' -> fmtFloat(f, v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> fmtFloat(f, v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> fmtFloat(f, v, size, (char) verb, 6);
            case 'F' -> fmtFloat(f, v, size, 'f', 6);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** pp.fmtComplex. */
    static boolean printComplex(Field f, double re, double im, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = f.plus;
                f.buf.write('(');
                print(f, re, size / 2, verb);
                f.plus = true;
                print(f, im, size / 2, verb);
                f.buf.write("i)");
                f.plus = oldPlus;
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** format.go fmtFloat. */
    static void fmtFloat(Field f, double v, int size, char verb, int prec) {
        if (f.precPresent) prec = f.prec;
        String text = FloatText.format(v, verb, prec, size);
        StringBuilder num = new StringBuilder(text.length() + 8);
        if (text.charAt(0) == '-' || text.charAt(0) == '+') {
            num.append(text);
        } else {
            num.append('+').append(text);
        }
        if (f.space && num.charAt(0) == '+' && !f.plus) num.setCharAt(0, ' ');
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = f.zero;
            f.zero = false;
            if (num.charAt(1) == 'N' && !f.space && !f.plus) num.deleteCharAt(0);
            f.padString(num.toString());
            f.zero = oldZero;
            return;
        }
        if (f.sharp && verb != 'b') {
            int digits = 0;
            if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
            String tail = "";
            boolean hasDecimalPoint = false;
            boolean sawNonzeroDigit = false;
            for (int i = 1; i < num.length(); i++) {
                char c = num.charAt(i);
                if (c == '.') {
                    hasDecimalPoint = true;
                    continue;
                }
                if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                    tail = num.substring(i);
                    num.setLength(i);
                    break;
                }
                if (c != '0') sawNonzeroDigit = true;
                if (sawNonzeroDigit) digits--;
            }
            if (!hasDecimalPoint) {
                if (num.length() == 2 && num.charAt(1) == '0') digits--;
                num.append('.');
            }
            while (digits > 0) {
                num.append('0');
                digits--;
            }
            num.append(tail);
        }
        if (f.plus || num.charAt(0) != '+') {
            if (f.zero && !f.minus && f.widPresent && f.wid > num.length()) {
                f.buf.write(num.charAt(0));
                f.writePadding(f.wid - num.length());
                f.buf.write(num.substring(1));
                return;
            }
            f.padString(num.toString());
            return;
        }
        f.padString(num.substring(1));
    }
}
