package dev.golab.runtime;

import java.util.ServiceLoader;

/**
 * How a panic value prints after {@code panic: } (Go's printpanicval). runtime declares it and
 * package fmt provides it (META-INF/services), so runtime depends on nothing above it — as in Go,
 * where runtime imports neither errors nor fmt. Without a provider, a value prints as its Error(),
 * its message or String.valueOf.
 */
public interface PanicPrinter {
    String text(Object value);

    /** The provider on the class path (dev.golab.fmt.PanicValues), else the plain fallback. */
    static PanicPrinter installed() {
        return Holder.INSTANCE;
    }

    final class Holder {
        static final PanicPrinter INSTANCE = ServiceLoader.load(PanicPrinter.class, PanicPrinter.class.getClassLoader())
                .findFirst().orElse(Holder::plain);

        private Holder() {}

        private static String plain(Object v) {
            if (v == null) return "nil";
            if (v instanceof GoError e) return e.error();
            if (v instanceof Throwable t && t.getMessage() != null) return t.getMessage();
            return String.valueOf(v);
        }
    }
}
