package dev.golab.lab.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/*
 * report.md: the header (machine, load before/after, JDK, Go, settings), a headline table (per
 * scenario: the best golab model against Go and against the best JVM baseline), then one table per
 * module and scenario with every row: ns/op, min-max over forks, ratio to Go, ratio to the best JVM
 * baseline, and the bimodality flag. Ratios read "x slower" when above 1.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(ResultsFile.Results r) {
        StringBuilder b = new StringBuilder();
        ResultsFile.RunInfo i = r.info();
        b.append("# golab bench report\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| date | ").append(i.date()).append(" |\n");
        b.append("| machine | ").append(i.cpu()).append(", ").append(i.cores()).append(" cores |\n");
        b.append("| load (1 min) | before ").append(fmt(i.loadBefore())).append(", after ")
                .append(i.loadAfter() == null ? "n/a" : fmt(i.loadAfter())).append(" |\n");
        b.append("| JDK | ").append(i.jdk()).append(" |\n");
        b.append("| Go | ").append(i.go()).append(" |\n");
        b.append("| settings | ").append(i.settings()).append(" |\n");
        b.append("| selection | `").append(i.selection()).append("` |\n");
        b.append("| status | ").append(i.status()).append(" |\n\n");
        for (String n : i.notes()) b.append("> ").append(n).append("\n\n");
        b.append("Times are ns per JMH op (Go's ns/op converted to the same op, see GoTwins). ")
                .append("Ratios above 1 mean slower than the reference. `bimodal`: slowest fork > ")
                .append(Analysis.BIMODAL).append("x fastest.\n\n");

        Map<String, Map<String, List<Row>>> groups = Analysis.byModuleAndScenario(r.rows());
        b.append("## Headline\n\n| scenario | best golab | ns/op | vs Go | best JVM baseline | vs best JVM |\n|---|---|---:|---:|---|---:|\n");
        groups.values().forEach(scenarios -> scenarios.forEach((name, rows) -> {
            Optional<Row> g = Analysis.bestGolab(rows);
            Optional<Row> j = Analysis.bestJvm(rows);
            if (g.isEmpty()) return;
            b.append("| ").append(name).append(" | ").append(g.get().model()).append(" | ").append(ns(g.get().score()))
                    .append(" | ").append(ratio(g.get().ratioToGo())).append(" | ").append(j.map(Row::model).orElse("—"))
                    .append(" | ").append(ratio(g.get().ratioToBestJvm())).append(" |\n");
        }));
        b.append('\n');

        groups.forEach((module, scenarios) -> {
            b.append("## ").append(module).append("\n\n");
            scenarios.forEach((name, rows) -> b.append(scenarioTable(name, rows)).append('\n'));
        });
        return b.toString();
    }

    /** One scenario: a row per model plus the Go row. */
    public static String scenarioTable(String name, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("### ").append(name).append("\n\n");
        b.append("| model | ").append(rows.get(0).unit()).append(" | min–max (forks) | vs Go | vs best JVM | |\n");
        b.append("|---|---:|---:|---:|---:|---|\n");
        for (Row x : rows) {
            b.append("| ").append(x.model()).append(x.jvmBaseline() ? " *(JVM)*" : "").append(" | ").append(ns(x.score()))
                    .append(" | ").append(ns(x.min())).append("–").append(ns(x.max())).append(" (").append(x.forks())
                    .append(") | ").append(ratio(x.ratioToGo())).append(" | ").append(ratio(x.ratioToBestJvm()))
                    .append(" | ").append(x.bimodal() ? "bimodal" : "").append(" |\n");
        }
        // One Go row per bracket: an interleaved run compares each JMH class with the Go run beside it.
        // Keyed by the values, not the class, so a run whose classes all share one Go measurement (a
        // run from before interleaving, re-rendered) keeps its single Go row.
        Map<String, Row> brackets = new LinkedHashMap<>();
        for (Row x : rows) {
            if (x.goNsPerOp() != null) brackets.putIfAbsent(x.goNsPerOp() + "|" + x.goMin() + "|" + x.goMax(), x);
        }
        for (Row withGo : brackets.values()) {
            double factor = GoTwins.of(withGo.benchmark() + "." + withGo.method(), withGo.params()).map(GoTwins.Twin::factor).orElse(1.0);
            String beside = (brackets.size() > 1 ? ", beside " + GoTwins.shortName(withGo.benchmark()) : "")
                    + (brackets.size() > 1 && factor != 1 ? ", × " + fmtFactor(factor) + " per op" : "");
            b.append("| **Go** ").append(withGo.goBenchmark()).append(beside).append(" | ").append(ns(withGo.goNsPerOp())).append(" | ")
                    .append(ns(withGo.goMin())).append("–").append(ns(withGo.goMax())).append(" | 1.00 | | |\n");
        }
        if (brackets.isEmpty() && rows.get(0).goBenchmark() != null) {
            b.append("| **Go** ").append(rows.get(0).goBenchmark()).append(" | n/a | | | | |\n");
        }
        return b.toString();
    }

    /** 0.01 -> "0.01", 1e-6 -> "1e-06": how a Go op was scaled to this JMH op. */
    static String fmtFactor(double f) {
        return f >= 0.001 ? String.valueOf(f) : String.format(Locale.ROOT, "%.0e", f);
    }

    public static String ns(Double v) {
        if (v == null || v.isNaN()) return "n/a";
        double a = Math.abs(v);
        if (a >= 1e5) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String ratio(Double v) {
        return v == null || v.isNaN() ? "—" : String.format(Locale.ROOT, "%.2f×", v);
    }

    static String fmt(double v) {
        return v < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
