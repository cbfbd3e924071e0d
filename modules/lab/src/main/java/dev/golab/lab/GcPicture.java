package dev.golab.lab;

/*
 * Go behaviour:    the gc-guide's pictures: heap in use against the goal and trigger over time, with
 *                  the mark and sweep phases and the stop-the-world pauses; and a heap graph coloured
 *                  white/grey/black at each step of a barrier scenario (GC.md).
 * Model:           Java2D drawing onto any Graphics2D: JFreeSVG's for --svg, a BufferedImage's for
 *                  --png. Everything drawn comes from the Simulation.Result and Scenarios.Outcome given.
 * Invariants:      nothing is canned: a series that leaves the plot breaks its line instead of clipping.
 * Differs from Go: Go draws no pictures; the guide's are hand-made from gctrace. Simulated time.
 * See:             GcCommand (--svg, --png), LabCommandsTest.
 */
import dev.golab.gc.Colour;
import dev.golab.gc.Heap;
import dev.golab.gc.Phase;
import dev.golab.gc.pacer.Pacer;
import dev.golab.gc.races.Scenarios;
import dev.golab.gc.sim.Simulation;
import dev.golab.gc.sim.Trace;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

final class GcPicture {
    private GcPicture() {}

    private static final Color MARK = new Color(255, 224, 178), SWEEP = new Color(207, 232, 252);

    static final int W = 1100, H = 720;

    /** The whole picture: a title line (the knobs, then the summary), the timeline, the heap graphs. */
    static void draw(Graphics2D g, String knobs, Simulation.Result r, Scenarios.Outcome o) {
        int w = W, h = H;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        String sum = r.metrics().summary();
        int cut = sum.indexOf(", assists");
        g.drawString(knobs + ", " + r.config().barrier().key() + ": " + sum.substring(0, cut), 10, 16);
        g.drawString(sum.substring(cut + 2), 10, 31);
        timeline(g, r, 60, 40, w - 80, 330);
        g.drawString("Heap graph, scenario " + o.scenario().title + " with " + o.barrier() + " -> " + o.verdict(), 10, 420);
        List<Heap.Snapshot> snaps = o.snapshots();
        int pw = (w - 20) / snaps.size();
        for (int i = 0; i < snaps.size(); i++) graph(g, snaps.get(i), 10 + i * pw, 440, pw - 10, 260);
    }

    static void timeline(Graphics2D g, Simulation.Result r, int x0, int y0, int w, int h) {
        List<Trace.Sample> s = r.trace().samples();
        if (s.isEmpty()) return;
        long tMax = s.get(s.size() - 1).timeNs();
        long yMax = 1;
        for (Trace.Sample p : s) yMax = Math.max(yMax, Math.max(p.heapInUse(), p.goal() == Pacer.INFINITE ? 0 : p.goal()));
        yMax = yMax * 11 / 10;
        for (int i = 0; i < s.size(); ) {                // phase bands, one rectangle per run
            Phase ph = s.get(i).phase();
            int j = i;
            while (j < s.size() && s.get(j).phase() == ph) j++;
            if (ph != Phase.OFF) {
                g.setColor(ph == Phase.MARK ? MARK : SWEEP);
                int xa = x0 + (int) ((double) s.get(i).timeNs() / tMax * w), xb = x0 + (int) ((double) s.get(j - 1).timeNs() / tMax * w);
                g.fillRect(xa - 1, y0, Math.max(2, xb - xa + 1), h);
            }
            i = j;
        }
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0, w, h);
        for (int i = 0; i <= 5; i++) {
            long v = yMax * i / 5;
            int y = y0 + h - (int) ((double) v / yMax * h);
            g.drawString((v >> 20) + " MiB", x0 - 55, y + 4);
            long t = tMax * i / 5;
            g.drawString(String.format("%.1f s", t / 1e9), x0 + w * i / 5 - 10, y0 + h + 16);
        }
        polyline(g, s, x0, y0, w, h, tMax, yMax, 0, new Color(0, 90, 160), new BasicStroke(1.5f));
        polyline(g, s, x0, y0, w, h, tMax, yMax, 1, new Color(200, 30, 30),
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        polyline(g, s, x0, y0, w, h, tMax, yMax, 2, new Color(230, 140, 0),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
        g.setColor(new Color(200, 30, 30));
        for (Trace.Event e : r.trace().events()) {
            if (!e.kind().equals("start")) continue;
            int x = x0 + (int) ((double) e.timeNs() / tMax * w);
            g.drawLine(x, y0 + h, x, y0 + h - 8);        // STW pause marks
        }
        g.setStroke(new BasicStroke(1));
        String[] legend = {"heap in use", "goal", "trigger", "mark", "sweep", "| STW pause"};
        Color[] cols = {new Color(0, 90, 160), new Color(200, 30, 30), new Color(230, 140, 0), MARK, SWEEP, new Color(200, 30, 30)};
        for (int i = 0; i < legend.length; i++) {
            g.setColor(cols[i]);
            g.fillRect(x0 + 10 + i * 120, y0 + 8, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(legend[i], x0 + 26 + i * 120, y0 + 18);
        }
    }

    static void polyline(Graphics2D g, List<Trace.Sample> s, int x0, int y0, int w, int h, long tMax, long yMax,
                         int series, Color c, BasicStroke stroke) {
        g.setColor(c);
        g.setStroke(stroke);
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
        boolean pen = false;
        int step = Math.max(1, s.size() / 2000);
        for (int i = 0; i < s.size(); i += step) {
            Trace.Sample p = s.get(i);
            long v = series == 0 ? p.heapInUse() : series == 1 ? p.goal() : p.trigger();
            if (v >= yMax) { pen = false; continue; }
            double x = x0 + (double) p.timeNs() / tMax * w, y = y0 + h - (double) v / yMax * h;
            if (pen) path.lineTo(x, y);
            else path.moveTo(x, y);
            pen = true;
        }
        g.draw(path);                                    // one SVG path per series
        g.setStroke(new BasicStroke(1));
    }

    static void graph(Graphics2D g, Heap.Snapshot s, int x0, int y0, int w, int h) {
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x0, y0, w, h);
        g.drawString(s.label(), x0 + 6, y0 + 16);
        java.util.Map<String, int[]> at = new java.util.HashMap<>();
        for (int i = 0; i < s.roots().size(); i++) at.put(s.roots().get(i), new int[] {x0 + 45, y0 + 50 + i * 60});
        for (int i = 0; i < s.nodes().size(); i++) at.put(s.nodes().get(i).name(), new int[] {x0 + w - 90, y0 + 45 + i * 55});
        g.setColor(Color.GRAY);
        for (Heap.Edge e : s.edges()) {
            int[] a = at.get(e.from()), b = at.get(e.to());
            if (a == null || b == null) continue;
            String label = e.field().substring(e.field().lastIndexOf('.') + 1);
            if (s.roots().contains(e.from())) {
                int ax = a[0] + 35, bx = b[0] - 16;
                g.drawLine(ax, a[1], bx, b[1]);
                g.fillOval(bx - 3, b[1] - 3, 6, 6);
                g.drawString(label, (ax + bx) / 2, (a[1] + b[1]) / 2 - 3);
            } else {                                     // object -> object: an arc to the right of the column
                double bend = 30 + Math.abs(b[1] - a[1]) / 3.0;
                java.awt.geom.QuadCurve2D q = new java.awt.geom.QuadCurve2D.Double(a[0] + 16, a[1], a[0] + 16 + bend,
                        (a[1] + b[1]) / 2.0, b[0] + 16, b[1]);
                g.draw(q);
                g.fillOval(b[0] + 13, b[1] - 3, 6, 6);
                g.drawString(label, (int) (a[0] + 16 + bend / 2), (a[1] + b[1]) / 2);
            }
        }
        for (String root : s.roots()) {
            int[] p = at.get(root);
            boolean black = s.blackRoots().contains(root);
            g.setColor(black ? Color.BLACK : Color.LIGHT_GRAY);
            g.fillRect(p[0] - 35, p[1] - 12, 70, 24);
            g.setColor(black ? Color.WHITE : Color.BLACK);
            g.drawString(root, p[0] - 28, p[1] + 4);
        }
        for (Heap.Node n : s.nodes()) {
            int[] p = at.get(n.name());
            g.setColor(n.colour() == Colour.BLACK ? Color.BLACK : n.colour() == Colour.GREY ? Color.GRAY : Color.WHITE);
            g.fillOval(p[0] - 16, p[1] - 16, 32, 32);
            g.setColor(Color.BLACK);
            g.drawOval(p[0] - 16, p[1] - 16, 32, 32);
            g.setColor(n.colour() == Colour.WHITE ? Color.BLACK : Color.WHITE);
            g.drawString(n.name(), p[0] - 4, p[1] + 4);
        }
    }
}
