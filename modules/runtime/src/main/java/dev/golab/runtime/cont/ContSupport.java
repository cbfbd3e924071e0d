package dev.golab.runtime.cont;

/*
 * Go behaviour:    none: Go's scheduler is part of every binary. This is the JVM's price for it.
 * Model:           the continuation runtime subclasses jdk.internal.vm.Continuation, a package the
 *                  JDK does not export. Before anything touches ContG, check the export once and
 *                  fail with one line that names the missing flag (no stack trace), instead of an
 *                  IllegalAccessError from deep inside class loading.
 * Invariants:      CONT-I8 no class that extends or names Continuation is loaded before the check.
 * Differs from Go: a JVM flag is needed at all: --add-exports java.base/jdk.internal.vm=ALL-UNNAMED
 *                  on javac (modules/runtime's pom), surefire, the ./golab launcher and the JMH
 *                  jar's manifest (Add-Exports).
 * See:             ContFlagAnswersTest.
 */
import dev.golab.runtime.GoFatal;

final class ContSupport {
    static final String FLAG = "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED";
    static final String MESSAGE = "the continuation runtime (golab.runtime=cont) needs the JVM flag " + FLAG;

    private ContSupport() {}

    /** True when this JVM lets golab's code use jdk.internal.vm.Continuation. */
    static boolean exported() {
        return Object.class.getModule().isExported("jdk.internal.vm", ContSupport.class.getModule());
    }

    /** Throws a one-line GoFatal naming the flag when the export is missing (CONT-I8). */
    static void ensureExported() {
        if (exported()) return;
        GoFatal missing = new GoFatal(MESSAGE);
        missing.setStackTrace(new StackTraceElement[0]);    // one line even when nobody catches it
        throw missing;
    }
}
