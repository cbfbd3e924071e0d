package dev.golab.lab.quiz;

import dev.golab.sched.sim.Op;
import dev.golab.sched.sim.SchedSim;
import dev.golab.sched.sim.SimConfig;
import dev.golab.sched.sim.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** RT-03.02 / RT-03.A1: the order goroutines start under GOMAXPROCS=1, run live on the scheduler simulator. */
final class RunOrder implements Topic {
    @Override
    public String name() {
        return "sched";
    }

    @Override
    public Round next(RandomGenerator rnd) {
        int n = rnd.nextInt(2, 6);
        List<Op> main = new ArrayList<>();
        for (int i = 0; i < n; i++) main.add(Op.spawn(Op.run(10)));
        main.add(Op.run(10));
        SchedSim sim = new SchedSim(SimConfig.of(1, rnd.nextLong()));
        sim.go(main);
        sim.run(1_000_000_000L);
        List<String> order = sim.trace().stream()
                .filter(e -> e.kind() == TraceEvent.Kind.GO_START && e.g() > 1)
                .map(e -> name(e.g() - 2)).distinct().toList();
        String answer = String.join(" ", order);
        String code = "runtime.GOMAXPROCS(1)\n" + String.join("\n", java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> "go " + name(i) + "()").toList()) + "\n// main keeps running until it returns";
        String why = "a new goroutine goes to its P's runnext slot, pushing the previous one to the tail of the local run queue;"
                + " so the last one started runs first, then the rest in FIFO order (proc.go runqput).";
        return new Round("RT-03.02", code + "\nIn which order do the goroutines start? (e.g. A B C)", answer,
                p -> String.join(" ", p.toUpperCase().replace(",", " ").strip().split("\\s+")).equals(answer), why);
    }

    private static String name(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
