package dev.golab.lab.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What `golab bench X` selects: a suite (a benchmark package: runtime, sync, chan, collections, sched,
 * xsync, gc; or all) or a regex over JMH names like chan.ChanSyncBenchmark.oneWay. The empty
 * {@code baseline()} methods (JMH's own overhead) are left out of every run.
 */
public final class Suites {
    public static final List<String> NAMES = List.of("runtime", "sync", "chan", "collections", "sched", "xsync", "gc", "all");
    public static final String EXCLUDE = ".*\\.baseline$";

    private Suites() {
    }

    /** The JMH include regex for a suite name or a user regex; IllegalArgumentException says why not. */
    public static String include(String selection) {
        if (selection.equals("all")) return "dev\\.golab\\.bench\\..*";
        if (NAMES.contains(selection)) return "dev\\.golab\\.bench\\." + selection + "\\..*";
        try {
            Pattern.compile(selection);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + selection + "' is not a suite and not a valid regex (" + e.getDescription()
                    + "); suites: " + String.join(", ", NAMES));
        }
        return selection;
    }

    /** The benchmarks a selection runs; IllegalArgumentException when it selects none. */
    public static List<BenchmarkListEntry> entries(String selection) {
        String include = include(selection);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        SortedSet<BenchmarkListEntry> found = BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(quiet, VerboseMode.SILENT), List.of(include), List.of(EXCLUDE));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no benchmark matches '" + selection + "'; use a suite (" + String.join(", ", NAMES)
                    + ") or a regex over names like chan.ChanSyncBenchmark.oneWay");
        }
        return new ArrayList<>(found);
    }

    /**
     * Rows an entry produces: the product of its @Param value counts, where {@code override} gives
     * the count of a param set on the command line (--runtime, -- -p name=...), or null.
     */
    public static int rows(BenchmarkListEntry e, java.util.function.Function<String, Integer> override) {
        int n = 1;
        if (e.getParams().hasValue()) {
            for (Map.Entry<String, String[]> p : e.getParams().get().entrySet()) {
                Integer o = override.apply(p.getKey());
                n *= o != null ? o : Math.max(1, p.getValue().length);
            }
        }
        return n;
    }

    /** True when the benchmark declares the `runtime` @Param (VT / CONT). */
    public static boolean hasRuntime(BenchmarkListEntry e) {
        return e.getParams().hasValue() && e.getParams().get().containsKey("runtime");
    }

    /** The first value of every @Param: enough to name the Go twin's top-level function. */
    public static Map<String, String> firstParams(BenchmarkListEntry e) {
        Map<String, String> m = new java.util.HashMap<>();
        if (e.getParams().hasValue()) e.getParams().get().forEach((k, v) -> m.put(k, v.length > 0 ? v[0] : ""));
        return m;
    }
}
