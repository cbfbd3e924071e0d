package dev.golab.runtime;

/**
 * An unrecovered panic or fatal error that ended a goroutine: what Go prints to stderr before it
 * exits with status 2. {@code report} is Go's text: {@code panic: boom} (with the nested-panic lines
 * Go prints), a blank line and {@code goroutine N [running]:} followed by the Java frames.
 */
public record Crash(long goroutineId, Throwable cause, String report) {
    /** The first line, as Go prints it: {@code panic: boom} or {@code fatal error: …}. */
    public String headline() {
        int nl = report.indexOf('\n');
        return nl < 0 ? report : report.substring(0, nl);
    }
}
