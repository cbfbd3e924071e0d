package dev.golab.runtime;

/**
 * Receives every unrecovered panic / fatal error of a goroutine. The default prints the report and
 * exits the JVM with status 2, like Go; tests install one that records or fails
 * ({@link Go#setCrashHandler}).
 */
@FunctionalInterface
public interface CrashHandler {
    void crashed(Crash crash);

    CrashHandler EXIT_LIKE_GO = crash -> {
        System.err.println(crash.report());
        System.err.flush();
        Runtime.getRuntime().halt(2);
    };
}
