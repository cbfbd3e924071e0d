package dev.golab.lab;

/*
 * `golab sched`: runs one scheduler scenario in the deterministic simulator (dev.golab.sched.sim)
 * and prints its trace and a per-P timeline; --svg writes the lane chart; --step walks one event at
 * a time with the full scheduler state (Enter to advance when a terminal is attached); --html writes
 * the self-contained step-through page (views.SchedPage: runs at GOMAXPROCS 1, 2 and 4 of the seed).
 */
import dev.golab.lab.cli.Choice;
import dev.golab.lab.cli.GoDuration;
import dev.golab.lab.cli.IntRange;
import dev.golab.lab.cli.OutputFile;
import dev.golab.lab.views.SchedPage;
import dev.golab.sched.sim.LaneChart;
import dev.golab.sched.sim.Scenarios;
import dev.golab.sched.sim.SchedSim;
import dev.golab.sched.sim.SimConfig;
import dev.golab.sched.sim.TraceEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "sched", mixinStandardHelpOptions = true,
        description = "Simulate Go's G-M-P scheduler on a scenario: trace, per-P timeline, SVG lane chart.")
final class SchedCommand implements Callable<Integer> {
    @Option(names = "--procs", defaultValue = "2", converter = IntRange.Procs.class,
            description = "GOMAXPROCS, 1..256 (default ${DEFAULT-VALUE})")
    int procs;

    @Option(names = "--scenario", defaultValue = "steal", converter = ScenarioName.class,
            description = "one of: steal, syscall, preempt, netpoll, pingpong, stack, mix, overflow (default ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (steal order); equal seeds give equal traces")
    long seed;

    @Option(names = "--no-async-preempt", description = "model Go before 1.14: loops without calls cannot be preempted")
    boolean noAsync;

    @Option(names = "--svg", converter = OutputFile.class, description = "write the per-P lane chart to this SVG file")
    Path svg;

    @Option(names = "--html", converter = OutputFile.class,
            description = "write a self-contained page to step through the run in a browser (GOMAXPROCS 1, 2 and 4)")
    Path html;

    @Option(names = "--step", description = "one event at a time with the scheduler state (Enter advances on a terminal)")
    boolean step;

    @Option(names = "--limit", defaultValue = "1s", converter = Limit.class,
            description = "stop after this much simulated time: a Go duration, 1us..1h (default ${DEFAULT-VALUE})")
    Duration limit;

    static final class ScenarioName extends Choice {
        ScenarioName() { super("scenario", Scenarios::names); }
    }

    /** A Go duration in [1us, 1h] (GoDuration parses it as time.ParseDuration does). */
    static final class Limit implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String s) {
            Duration d = new GoDuration().convert(s);
            if (d.compareTo(Duration.ofNanos(1_000)) < 0 || d.compareTo(Duration.ofHours(1)) > 0) {
                throw new TypeConversionException(s + " is out of range; valid: a Go duration from 1us to 1h, e.g. 500ms or 2s");
            }
            return d;
        }
    }

    @Override
    public Integer call() throws Exception {
        Scenarios.Scenario sc = Scenarios.get(scenario);
        if (html != null) {
            String page = SchedPage.html(sc.name(), seed);
            OutputFile.write(html, tmp -> Files.writeString(tmp, page));
            System.out.println("scheduler page written to " + html + " (scenario " + sc.name() + ", seed " + seed
                    + ", GOMAXPROCS 1, 2, 4; open it in a browser)");
            return 0;
        }
        SimConfig cfg = SimConfig.of(procs, seed);
        if (noAsync) cfg = cfg.withoutAsyncPreemption();
        SchedSim sim = sc.start(cfg);
        System.out.printf("scenario %s, GOMAXPROCS=%d, seed %d, async preemption %s%n  %s%n%n",
                sc.name(), procs, seed, noAsync ? "off (Go < 1.14)" : "on (Go 1.14+)", sc.description());
        long limitNs = limit.toNanos();
        BufferedReader in = System.console() != null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)) : null;
        int shown = 0;
        while (sim.now() <= limitNs) {
            boolean more = sim.step();
            sim.checkInvariants();
            List<TraceEvent> trace = sim.trace();
            for (; shown < trace.size(); shown++) if (step || trace.size() <= 400) System.out.println(trace.get(shown));
            if (step) {
                System.out.print(sim.snapshot());
                if (in != null && in.readLine() == null) break;
            }
            if (!more) break;
        }
        if (!step && sim.trace().size() > 400) System.out.println("(" + sim.trace().size() + " events; use --step to walk them)");
        System.out.println();
        System.out.print(LaneChart.text(sim.segments(), procs, sim.now(), 96));
        System.out.printf("%nMs created: %d, handoffs: %d, preemptions: %d, goroutines: %d, finished: %s%n",
                sim.threads(), sim.handoffs(), sim.preemptions(), sim.goroutines(), sim.done());
        if (sim.fatal() != null) System.out.println("fatal error: " + sim.fatal().getMessage());
        if (svg != null) {
            String chart = LaneChart.svg(sim.segments(), procs, sim.now(),
                    "golab sched --scenario " + sc.name() + " --procs " + procs + " --seed " + seed);
            OutputFile.write(svg, tmp -> Files.writeString(tmp, chart));
            System.out.println("lane chart written to " + svg);
        }
        return 0;
    }
}
