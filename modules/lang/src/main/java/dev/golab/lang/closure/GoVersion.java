package dev.golab.lang.closure;

/*
 * Go behaviour:    the `go` line of go.mod sets the language version of the module's files
 *                  (a //go:build go1.N line can change it per file). Since Go 1.22 a language version
 *                  >= 1.22 gives each loop iteration its own loop variable; a module that says
 *                  `go 1.21` keeps one variable per loop even when built by a newer toolchain
 *                  (go.dev/blog/loopvar-preview, Go 1.22 release notes).
 * Model:           1. parse "go 1.21", "1.22", "1.22.3", "go1.23" into (major, minor).
 *                  2. loopVarPerIteration() is minor >= 22 for major 1.
 * Invariants:      LANG-I3 ordering is numeric (1.9 < 1.10 < 1.22), not textual.
 *                  LANG-I4 an unparsable version is rejected with a message naming the valid form.
 * Differs from Go: only the language-version part matters here; toolchain lines are ignored.
 * See:             ClosureAnswersTest, LoopVarOracleTest.
 */
public record GoVersion(int major, int minor) implements Comparable<GoVersion> {
    /** The release that introduced per-iteration loop variables. */
    public static final GoVersion GO1_22 = new GoVersion(1, 22);

    /** Parses a go.mod `go` directive ("go 1.21", "1.22.3", "go1.23"). */
    public static GoVersion parse(String line) {
        String s = line.strip();
        if (s.startsWith("go")) s = s.substring(2).strip();
        String[] parts = s.split("\\.");
        try {
            if (parts.length < 2 || parts.length > 3) throw new NumberFormatException();
            return new GoVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Go version: \"" + line
                    + "\" (valid: a go.mod go line such as \"go 1.21\", \"1.22.3\" or \"go1.23\")");
        }
    }

    /** True when loops declare a fresh variable per iteration (go line >= 1.22). */
    public boolean loopVarPerIteration() {
        return compareTo(GO1_22) >= 0;
    }

    @Override
    public int compareTo(GoVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return "go" + major + "." + minor;
    }
}
