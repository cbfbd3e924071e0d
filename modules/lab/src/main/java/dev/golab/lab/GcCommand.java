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
import dev.golab.gc.barrier.Barrier;
import dev.golab.gc.pacer.Pacer;
import dev.golab.gc.races.Scenarios;
import dev.golab.gc.sim.GuideModel;
import dev.golab.gc.sim.Simulation;
import dev.golab.gc.sim.Walkthrough;
import dev.golab.gc.sim.Workload;
import dev.golab.lab.cli.ByteSize;
import dev.golab.lab.cli.Choice;
import dev.golab.lab.cli.Gogc;
import dev.golab.lab.cli.IntRange;
import dev.golab.lab.cli.OutputFile;
import dev.golab.lab.views.GcPage;
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
            SVGGraphics2D g2 = new SVGGraphics2D(GcPicture.W, GcPicture.H);
            GcPicture.draw(g2, knobs(), r, scenario.run(b));
            OutputFile.write(svg, tmp -> SVGUtils.writeToSVG(tmp.toFile(), g2.getSVGElement()));
            System.out.println("wrote " + svg);
        }
        if (png != null) {
            BufferedImage img = new BufferedImage(GcPicture.W, GcPicture.H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = img.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            GcPicture.draw(g2, knobs(), r, scenario.run(b));
            OutputFile.write(png, tmp -> {
                if (!javax.imageio.ImageIO.write(img, "png", tmp.toFile())) throw new IOException("no PNG writer in this JDK");
            });
            System.out.println("wrote " + png);
        }
        return 0;
    }

    private String knobs() {
        return String.format("%s, GOGC=%s, GOMEMLIMIT=%s", workload, Gogc.format(gogc), ByteSize.format(memlimit));
    }

    static void printSteps(Scenarios.Outcome o) {
        System.out.println("== scenario " + o.scenario().title + " with " + o.barrier() + " ==");
        for (String l : o.log()) System.out.println("  " + l);
        System.out.println("  => " + (o.lost() ? "LOST (reachable object freed)" : "safe"));
    }
}
