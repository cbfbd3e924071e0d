package dev.golab.errors;

/*
 * Go behaviour:    fmt.Errorf (fmt/errors.go, Go 1.20+): formats like Sprintf, where %w prints its
 *                  operand like %v; with no %w the result is a plain error, with one it wraps that error
 *                  (Unwrap() error), with several it wraps all of them in order (Unwrap() []error).
 *                  A %w operand that is not an error prints %!w(type=value) and is not wrapped.
 * Model:           scan the Go format once: translate each verb to Java's Formatter, pass GoError
 *                  operands as their Error() text, collect %w operands.
 * Invariants:      I1 wrapped errors keep argument order. I2 nil %w operand prints %!w(<nil>).
 * Differs from Go: %v of non-error Java objects uses toString(); %+v / %#v print like %v.
 */
import java.util.ArrayList;
import java.util.List;

final class Errorf {
    private Errorf() {}

    static GoError format(String format, Object... args) {
        StringBuilder javaFormat = new StringBuilder();
        List<Object> javaArgs = new ArrayList<>();
        List<GoError> wrapped = new ArrayList<>();
        int argi = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                javaFormat.append(c);
                continue;
            }
            int start = i++;
            while (i < format.length() && "+-# 0123456789.".indexOf(format.charAt(i)) >= 0) i++;
            if (i >= format.length()) {
                javaFormat.append("%%!(NOVERB)");
                break;
            }
            char verb = format.charAt(i);
            String flags = format.substring(start + 1, i).replace("+", "").replace("#", "");
            if (verb == '%') {
                javaFormat.append("%%");
                continue;
            }
            if (argi >= args.length) {
                javaFormat.append("%%!").append(verb).append("(MISSING)");
                continue;
            }
            Object a = args[argi++];
            switch (verb) {
                case 'w' -> {
                    if (a instanceof GoError e) {
                        wrapped.add(e);
                        javaFormat.append("%").append(flags).append('s');
                        javaArgs.add(e.error());
                    } else {
                        javaFormat.append("%%!w(").append(a == null ? "<nil>" : typeAndValue(a)).append(')');
                    }
                }
                case 'v', 's' -> {
                    javaFormat.append('%').append(flags).append('s');
                    javaArgs.add(text(a));
                }
                case 'q' -> {
                    javaFormat.append("%s");
                    javaArgs.add('"' + text(a).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
                }
                case 't' -> {
                    javaFormat.append("%s");
                    javaArgs.add(String.valueOf(a));
                }
                default -> {                                        // d x X o f e g c …: Java's own
                    javaFormat.append('%').append(flags).append(verb);
                    javaArgs.add(a);
                }
            }
        }
        String text = String.format(javaFormat.toString().replace("%%!", "%%!"), javaArgs.toArray());
        if (argi < args.length) {
            StringBuilder extra = new StringBuilder("%!(EXTRA ");
            for (int k = argi; k < args.length; k++) {
                extra.append(k > argi ? ", " : "").append(typeAndValue(args[k]));
            }
            text += extra.append(')');
        }
        return wrapped.isEmpty() ? Errors.newError(text) : new Errors.Wrapped(text, List.copyOf(wrapped));
    }

    private static String text(Object a) {
        if (a == null) return "<nil>";
        if (a instanceof GoError e) return e.error();
        return String.valueOf(a);
    }

    private static String typeAndValue(Object a) {
        String type = switch (a) {
            case String s -> "string";
            case Integer i -> "int";
            case Long l -> "int64";
            case Double d -> "float64";
            case Boolean b -> "bool";
            default -> a.getClass().getSimpleName();
        };
        return type + "=" + text(a);
    }
}
