package dev.golab.lab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/*
 * The order of a `golab bench` run that has Go beside it: one batch per JMH benchmark class, in the
 * selection's order, and for each batch its Go twins right before and right after its JMH rows.
 *
 * Why: the host moves Go and the JVM alike, by more than the effects we measure. On the project's
 * 2-vCPU box Go's channel round trip read 305-334 ns and, half an hour later in the same session,
 * 460 ns (docs/handoff-log.md, 2026-12-06). A run that measured every JMH row first and Go at the end
 * compared rows up to an hour apart. Bracketing each class keeps a row and its Go twin minutes apart,
 * and Go's before/after values show how far the host drifted meanwhile.
 *
 * Go's -count is split, not doubled: ceil(n/2) runs before a batch and floor(n/2) after it (n = 1:
 * before only), so the Go side costs what it cost when it ran once at the end.
 */
final class Interleave {
    /** One JMH class's selected benchmarks and the top-level Go functions their twins live in. */
    record Batch(String className, List<BenchmarkListEntry> entries, Set<String> goTopLevels) {
        /** The JMH include regex selecting exactly this batch's benchmarks. */
        String include() {
            List<String> names = new ArrayList<>();
            for (BenchmarkListEntry e : entries) names.add(Pattern.quote(e.getUsername()));
            return "^(" + String.join("|", names) + ")$";
        }

        /** "chan.ChanPingPongBenchmark": the class as the report names it. */
        String shortName() {
            return GoTwins.shortName(className);
        }
    }

    private Interleave() {
    }

    /** The batches of a selection: grouped by class, in the order the entries come. */
    static List<Batch> plan(List<BenchmarkListEntry> entries) {
        Map<String, List<BenchmarkListEntry>> byClass = new LinkedHashMap<>();
        for (BenchmarkListEntry e : entries) byClass.computeIfAbsent(className(e.getUsername()), k -> new ArrayList<>()).add(e);
        List<Batch> out = new ArrayList<>();
        byClass.forEach((cls, es) -> {
            Set<String> top = new LinkedHashSet<>();
            for (BenchmarkListEntry e : es) GoTwins.of(e.getUsername(), Suites.firstParams(e)).ifPresent(t -> top.add(t.topLevel()));
            out.add(new Batch(cls, List.copyOf(es), top));
        });
        return out;
    }

    /** Go's -count before a batch: the larger half of the run's count. */
    static int countBefore(int goCount) {
        return (goCount + 1) / 2;
    }

    /** Go's -count after a batch: the rest (0 when the count is 1). */
    static int countAfter(int goCount) {
        return goCount / 2;
    }

    /** "dev.golab.bench.chan.ChanSyncBenchmark.oneWay" -> "dev.golab.bench.chan.ChanSyncBenchmark". */
    static String className(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(0, dot);
    }

    /** The line the report's notes carry for an interleaved run ({@code batches}: the classes with a Go twin). */
    static String note(int batches, int goCount) {
        return "Go ran beside each of the " + batches + " benchmark classes with a Go twin: -count " + countBefore(goCount)
                + " right before its JMH rows" + (countAfter(goCount) > 0 ? " and -count " + countAfter(goCount) + " right after" : "")
                + " (Go's min-max spans both), so each row's ratio compares minutes that are close together";
    }
}
