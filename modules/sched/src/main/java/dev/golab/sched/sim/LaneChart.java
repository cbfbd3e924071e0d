package dev.golab.sched.sim;

/*
 * Go behaviour:    `go tool trace` draws one lane per P with the goroutines it ran.
 * Model:           report writers over SchedSim's Segments: text lanes (one character per time
 *                  bucket: the G's id in base 36, 's' in a syscall, '.' idle) and an SVG with one
 *                  bar per segment, coloured by G.
 * Invariants:      SIM-I11 a pure function of the segments.
 * Differs from Go: no flow arrows (unblock → start).
 * See:             SchedCommand (`golab sched --svg`).
 */
import java.util.List;
import java.util.Locale;

public final class LaneChart {
    private LaneChart() {}

    public static String text(List<Segment> segments, int procs, long end, int width) {
        StringBuilder b = new StringBuilder();
        double per = Math.max(1, end) / (double) width;
        for (int p = 0; p < procs; p++) {
            final int lane = p;
            char[] row = ".".repeat(width).toCharArray();
            List<Segment> byLength = segments.stream().filter(s -> s.p() == lane)
                    .sorted(java.util.Comparator.comparingLong(Segment::length).reversed()).toList();
            for (Segment s : byLength) {                         // short runs paint last, so they stay visible
                int from = (int) (s.start() / per), to = (int) Math.ceil(s.end() / per);
                for (int i = from; i < Math.min(width, to); i++)
                    row[i] = s.how().equals("syscall") ? 's' : Character.forDigit(s.g() % 36, 36);
            }
            b.append(String.format("P%-2d|%s|%n", p, new String(row)));
        }
        b.append(String.format(Locale.ROOT, "    0%" + (width) + "s%n", String.format(Locale.ROOT, "%.1fµs", end / 1000.0)));
        return b.toString();
    }

    public static String svg(List<Segment> segments, int procs, long end, String title) {
        int w = 1000, lane = 36, left = 50, top = 40, h = top + procs * lane + 30;
        double x = (w - left - 10) / (double) Math.max(1, end);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"monospace\" font-size=\"11\">%n", w, h));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", left, escape(title)));
        for (int p = 0; p < procs; p++) {
            int y = top + p * lane;
            b.append(String.format(Locale.ROOT, "<text x=\"5\" y=\"%d\">P%d</text>%n", y + 20, p));
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>%n", left, y + 4, w - left - 10, lane - 8));
        }
        for (Segment s : segments) {
            int y = top + s.p() * lane;
            double x0 = left + s.start() * x, width = Math.max(0.5, s.length() * x);
            String fill = s.how().equals("syscall") ? "#bbbbbb" : String.format("hsl(%d,65%%,55%%)", (s.g() * 47) % 360);
            b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\" stroke=\"%s\"><title>G%d %s %.1f–%.1fµs</title></rect>%n",
                    x0, y + 4, width, lane - 8, fill, s.how().equals("preempted") ? "#d00" : "none", s.g(), s.how(), s.start() / 1000.0, s.end() / 1000.0));
            if (width > 18) b.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%d\" fill=\"#fff\">G%d</text>%n", x0 + 2, y + 22, s.g()));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.1f µs</text>%n",
                left, h - 8, w - 10, h - 8, end / 1000.0));
        return b.append("</svg>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
