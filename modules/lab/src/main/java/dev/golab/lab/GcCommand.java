package dev.golab.lab;

/*
 * Go behaviour:    what GODEBUG=gctrace=1 and the gc-guide's graphs show for a program: cycles, heap vs
 *                  goal, pauses, GC CPU, under GOGC and GOMEMLIMIT (GC.md; Go 1.23 pacer).
 * Model:           `golab gc` runs dev.golab.gc.sim.Simulation for one workload and prints a gctrace-shaped
 *                  summary (plus the gc-guide model's numbers for the same knobs); --svg draws the
 *                  timeline (heap in use, goal, trigger, mark/sweep bands, pauses) and the heap graph
 *                  of a barrier scenario at each step, coloured white/grey/black; --step prints each
 *                  step's colour changes and which tri-colour invariant holds; --html writes the
 *                  browser page of one seeded Walkthrough under the four barriers (views.GcPage).
 * Invariants:      the picture is computed from the run just made; nothing is canned.
 * Differs from Go: simulated time (see Simulation's header).
 * See:             GcChapter, dev.golab.gc.sim.Simulation, dev.golab.gc.races.Scenarios.
 */
import dev.golab.gc.Colour;
import dev.golab.gc.Heap;
import dev.golab.gc.Phase;
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.pacer.Pacer;
import dev.golab.gc.races.Scenarios;
import dev.golab.gc.sim.GuideModel;
import dev.golab.gc.sim.Simulation;
import dev.golab.gc.sim.Trace;
import dev.golab.gc.sim.Walkthrough;
import dev.golab.gc.sim.Workload;
import dev.golab.lab.cli.ByteSize;
import dev.golab.lab.cli.Choice;
import dev.golab.lab.cli.Gogc;
import dev.golab.lab.cli.IntRange;
import dev.golab.lab.cli.OutputFile;
import dev.golab.lab.views.GcPage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "gc", mixinStandardHelpOptions = true,
        description = "Run the tri-colour GC simulator: gctrace-style summary, --svg picture, --step colour changes, --html step-through page.")
final class GcCommand implements Callable<Integer> {
    @Option(names = "--gogc", defaultValue = "100", converter = Gogc.class,
            description = "GOGC: off (or -1) or a percentage (default ${DEFAULT-VALUE})")
    int gogc;
    @Option(names = "--memlimit", defaultValue = "off", converter = ByteSize.class,
            description = "GOMEMLIMIT: off, bytes, or with B, KiB, MiB, GiB, TiB, e.g. 30MiB (default ${DEFAULT-VALUE})")
    long memlimit;
    @Option(names = "--workload", defaultValue = "GUIDE", converter = WorkloadName.class,
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Workload workload;
    @Option(names = "--barrier", defaultValue = "hybrid", converter = BarrierName.class,
            description = "none, dijkstra, dijkstraNoRescan, yuasa, yuasaConcurrent, hybrid, hybridUnconditional (default ${DEFAULT-VALUE})")
    Barrier barrier;
    @Option(names = "--seconds", defaultValue = "10", converter = Seconds.class,
            description = "simulated seconds, more than 0 and at most 600 (default ${DEFAULT-VALUE})")
    double seconds;
    @Option(names = "--procs", defaultValue = "4", converter = IntRange.Procs.class, description = "GOMAXPROCS, 1..256") int procs;
    @Option(names = "--seed", defaultValue = "1") long seed;
    @Option(names = "--scenario", defaultValue = "INSERTION_RACE", converter = ScenarioName.class,
            description = "heap graph / --step scenario: ${COMPLETION-CANDIDATES}")
    Scenarios scenario;
    @Option(names = "--svg", converter = OutputFile.class, description = "write the timeline and heap graph to this SVG file")
    Path svg;
    @Option(names = "--png", converter = OutputFile.class, description = "also write the same picture as PNG") Path png;
    @Option(names = "--step", description = "print each step's colour changes (all five GC.md scenarios)") boolean step;
    @Option(names = "--html", converter = OutputFile.class, paramLabel = "FILE",
            description = "write the step-through page (one self-contained HTML file: heap graph, barrier selector, "
                    + "heap-vs-goal timeline) of the seeded walkthrough; seed " + Walkthrough.DEFAULT_SEED + " unless --seed is given")
    Path html;
    @Spec CommandSpec spec;

    static final class WorkloadName extends Choice.OfEnum<Workload> {
        WorkloadName() { super("workload", Workload.class); }
    }

    static final class ScenarioName extends Choice.OfEnum<Scenarios> {
        ScenarioName() { super("scenario", Scenarios.class); }
    }

    /** A barrier by registry key, "gc." and case optional (Barrier.byKey is the one lookup). */
    static final class BarrierName implements ITypeConverter<Barrier> {
        private final Choice names = new Choice("barrier", () -> Arrays.stream(Barrier.all())
                .map(b -> b.key().substring("gc.".length())).map(k -> Character.toLowerCase(k.charAt(0)) + k.substring(1))
                .toList()) {};

        @Override
        public Barrier convert(String s) {
            return Barrier.byKey(names.convert(s.startsWith("gc.") ? s.substring(3) : s));
        }
    }

    /** Simulated seconds in (0, 600]: longer runs only repeat the steady state and hold every sample. */
    static final class Seconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String s) {
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + s + "' is not a number of seconds; valid: more than 0 and at most 600, e.g. 10 or 2.5");
            }
            if (!(v > 0 && v <= 600)) throw new TypeConversionException(s + " is out of range; valid: more than 0 and at most 600");
            return v;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (html != null) {
            long s = spec.commandLine().getParseResult().hasMatchedOption("--seed") ? seed : Walkthrough.DEFAULT_SEED;
            String page = GcPage.html(s);
            OutputFile.write(html, tmp -> Files.writeString(tmp, page));
            System.out.println("GC page written to " + html + " (seed " + s + "; barriers none, Dijkstra, Yuasa, hybrid; "
                    + page.length() / 1024 + " KB, open it in a browser)");
            return 0;
        }
        Barrier b = barrier;
        if (step) {
            for (Scenarios s : Scenarios.values()) printSteps(s.run(b));
            return 0;
        }
        int g = gogc;
        long limit = memlimit;
        Simulation.Config cfg = Simulation.Config.of(workload).gogc(g).memoryLimit(limit).barrier(b).seconds(seconds)
                .seed(seed).gomaxprocs(procs);
        Simulation.Result r = Simulation.run(cfg);
        System.out.printf("golab gc: workload %s, GOGC=%s, GOMEMLIMIT=%s, barrier %s, GOMAXPROCS=%d, %.1f s simulated%n",
                workload, Gogc.format(gogc), ByteSize.format(memlimit), b.key(), procs, seconds);
        List<String> lines = r.trace().gctrace();
        lines.stream().limit(20).forEach(System.out::println);
        if (lines.size() > 20) System.out.println("... " + (lines.size() - 20) + " more cycles");
        System.out.println("summary: " + r.metrics().summary());
        System.out.println("lost objects (safety oracle): " + r.collector().lost().size());
        if (workload == Workload.GUIDE) {
            GuideModel.Result m = GuideModel.run(GuideModel.graph1(), GuideModel.config(
                    g < 0 ? Double.POSITIVE_INFINITY : g, 0, limit == Pacer.NO_LIMIT ? 100000 : limit / (double) Pacer.MiB));
            System.out.printf("gc-guide model, same knobs: %d cycles, peak %.1f MiB, GC CPU %.1f %%, total %.3f s%n",
                    m.cycles(), m.peak(), m.gcCpu() * 100, m.totalTime());
        }
        if (svg != null) {
            SVGGraphics2D g2 = new SVGGraphics2D(W, H);
            draw(g2, r, scenario.run(b));
            OutputFile.write(svg, tmp -> SVGUtils.writeToSVG(tmp.toFile(), g2.getSVGElement()));
            System.out.println("wrote " + svg);
        }
        if (png != null) {
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = img.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            draw(g2, r, scenario.run(b));
            OutputFile.write(png, tmp -> {
                if (!javax.imageio.ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer in this JDK");
            });
            System.out.println("wrote " + png);
        }
        return 0;
    }

    static void printSteps(Scenarios.Outcome o) {
        System.out.println("== scenario " + o.scenario().title + " with " + o.barrier() + " ==");
        for (String l : o.log()) System.out.println("  " + l);
        System.out.println("  => " + (o.lost() ? "LOST (reachable object freed)" : "safe"));
    }

    private static final Color MARK = new Color(255, 224, 178), SWEEP = new Color(207, 232, 252);

    static final int W = 1100, H = 720;

    void draw(Graphics2D g, Simulation.Result r, Scenarios.Outcome o) {
        int w = W, h = H;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(new Font("SansSerif", Font.PLAIN, 12));
        g.setColor(Color.BLACK);
        String sum = r.metrics().summary();
        int cut = sum.indexOf(", assists");
        g.drawString(String.format("%s, GOGC=%s, GOMEMLIMIT=%s, %s: %s", workload, Gogc.format(gogc), ByteSize.format(memlimit),
                r.config().barrier().key(), sum.substring(0, cut)), 10, 16);
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
