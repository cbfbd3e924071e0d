package dev.golab.lab.guide;

import java.nio.file.Path;
import java.util.Set;

/**
 * One test (or test class) that carries question or checklist IDs in its display name.
 *
 * @param module      the Maven module directory, e.g. {@code modules/chan}
 * @param file        the source file, relative to the repository root
 * @param line        the 1-based line of the display name
 * @param className   the binary name JUnit selects: {@code dev.golab.sync.SyncLinearizabilityAnswersTest$MutexCounterIsLinearizable}
 * @param method      the test method, or null when the display name is on a class
 * @param displayName the display name (question and answer)
 * @param ids         the IDs it carries, its enclosing classes' included
 * @param declaredInInterface true for default methods of a contract interface (run through its implementations)
 */
public record Demo(String module, Path file, int line, String className, String method, String displayName,
                   Set<String> ids, boolean declaredInInterface) {
    /** {@code ChanAnswersTest#bufferedIsFifo} or {@code SyncLinearizabilityAnswersTest.MutexCounterIsLinearizable} — how pages print it. */
    public String label() {
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        return method == null ? simple : simple + "#" + method;
    }

    public boolean carries(String id) {
        return ids.contains(id);
    }
}
