package dev.golab.lab.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * `golab bench compare A B`: per benchmark row, the change from run A to run B, and whether it is
 * bigger than the noise. benchstat's idea, in its simplest honest form: each run gives a range of
 * fork scores (min..max); a change counts only when the two ranges do not overlap. With 2-3 forks a
 * rank test has no power, so the range test is what the sample supports; overlapping ranges print
 * "~" (within run-to-run spread), as benchstat does.
 */
public final class Compare {
    /** One matched row: A's and B's score and range, the delta, and whether it beats the spread. */
    public record Delta(String key, String unit, double a, double aMin, double aMax, double b, double bMin, double bMax,
                        double deltaPercent, boolean significant) {
        /** "faster" / "slower" for time units when significant, "~" otherwise. */
        public String verdict(boolean timeLike) {
            if (!significant) return "~ within spread";
            boolean up = b > a;
            return timeLike ? (up ? "slower" : "faster") : (up ? "higher" : "lower");
        }
    }

    public record Result(List<Delta> deltas, List<String> onlyInA, List<String> onlyInB) {
    }

    private Compare() {
    }

    public static Result compare(List<Row> a, List<Row> b) {
        Map<String, Row> bs = new LinkedHashMap<>();
        for (Row r : b) bs.put(r.key(), r);
        List<Delta> deltas = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        for (Row ra : a) {
            Row rb = bs.remove(ra.key());
            if (rb == null || !rb.unit().equals(ra.unit())) {
                onlyA.add(ra.key());
                continue;
            }
            boolean disjoint = rb.min() > ra.max() || rb.max() < ra.min();
            double pct = ra.score() == 0 ? Double.NaN : (rb.score() - ra.score()) / ra.score() * 100;
            deltas.add(new Delta(ra.key(), ra.unit(), ra.score(), ra.min(), ra.max(), rb.score(), rb.min(), rb.max(), pct, disjoint));
        }
        return new Result(deltas, onlyA, new ArrayList<>(bs.keySet()));
    }

    public static String render(Result r, String nameA, String nameB) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "A = %s%nB = %s%n", nameA, nameB));
        int w = r.deltas().stream().mapToInt(d -> d.key().length()).max().orElse(10);
        w = Math.min(Math.max(w, 9), 90);
        b.append(String.format(Locale.ROOT, "%-" + w + "s  %22s  %22s  %8s  %s%n", "benchmark", "A (min–max)", "B (min–max)", "delta", "verdict"));
        for (Delta d : r.deltas()) {
            String key = d.key().length() > w ? "…" + d.key().substring(d.key().length() - w + 1) : d.key();
            b.append(String.format(Locale.ROOT, "%-" + w + "s  %22s  %22s  %+7.1f%%  %s%n", key, range(d.a(), d.aMin(), d.aMax()),
                    range(d.b(), d.bMin(), d.bMax()), d.deltaPercent(), d.verdict(d.unit().endsWith("/op"))));
        }
        long sig = r.deltas().stream().filter(Delta::significant).count();
        b.append(String.format(Locale.ROOT, "%d rows compared, %d beyond run-to-run spread (fork ranges do not overlap)%n",
                r.deltas().size(), sig));
        if (!r.onlyInA().isEmpty()) b.append("only in A: ").append(r.onlyInA().size()).append(" rows\n");
        if (!r.onlyInB().isEmpty()) b.append("only in B: ").append(r.onlyInB().size()).append(" rows\n");
        return b.toString();
    }

    static String range(double v, double min, double max) {
        return MarkdownReport.ns(v) + " (" + MarkdownReport.ns(min) + "–" + MarkdownReport.ns(max) + ")";
    }
}
