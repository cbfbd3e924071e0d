package dev.golab.sched.sim;

/*
 * Go behaviour:    small Go programs whose scheduling each shows one rule of runtime/proc.go.
 * Model:           a registry of named scenarios; each builds the root goroutines' programs. Keys
 *                  are what `golab sched --scenario` accepts.
 * Invariants:      SIM-I7 every scenario ends (finite programs) under any seed and procs ≥ 1.
 * Differs from Go: programs are scripts (see Op).
 * See:             SimAnswersTest, SchedCommand.
 */
import static dev.golab.sched.sim.Op.netWait;
import static dev.golab.sched.sim.Op.run;
import static dev.golab.sched.sim.Op.spawn;
import static dev.golab.sched.sim.Op.syscall;
import static dev.golab.sched.sim.Op.tightLoop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class Scenarios {
    public record Scenario(String name, String description, List<List<Op>> roots) {
        public SchedSim start(SimConfig cfg) {
            SchedSim sim = new SchedSim(cfg);
            roots.forEach(sim::go);
            return sim;
        }
    }

    private static final Map<String, Scenario> ALL = new LinkedHashMap<>();

    static {
        add("steal", "G1 spawns 24 workers (200µs each) onto its own P; idle Ps steal half of its queue",
                List.of(repeat(24, spawn(run(200)), run(50))));
        add("syscall", "G1 queues 6 workers, then blocks 2ms in a syscall: sysmon hands its P to another M",
                List.of(repeat(6, spawn(run(300)), syscall(2_000), run(100))));
        add("preempt", "a 50ms loop without function calls and 3 short goroutines queued behind it (GOMAXPROCS=1 shows it best)",
                List.of(List.of(spawn(run(100)), spawn(run(100)), spawn(run(100)), tightLoop(50_000))));
        add("netpoll", "4 goroutines wait on the network (netpoller), one computes; ready ones are put back on run queues",
                List.of(List.of(spawn(netWait(300), run(100)), spawn(netWait(500), run(100)), spawn(netWait(700), run(100)),
                        spawn(netWait(900), run(100)), run(1_500))));
        add("pingpong", "G1 and G3 ready each other through runnext (one time slice); G2 waits in the ring until sysmon preempts the pair",
                List.of(pingPong()));
        add("stack", "G1 calls 8 frames of 1KiB (2K→4K→8K by copying), returns, then waits; GC halves the idle stack",
                List.of(stack()));
        add("mix", "G1 starts 6 workers (steals), 2 network readers (netpoll), a G that queues 3 workers then blocks 2ms in a syscall (hand-off) and a 25ms loop without calls (sysmon preemption)",
                List.of(mix()));
        add("overflow", "G1 spawns 300 goroutines without yielding: the 256-slot ring spills 129 to the global queue",
                List.of(repeat(300, spawn(run(10)), run(10))));
    }

    private static void add(String name, String description, List<List<Op>> roots) {
        ALL.put(name, new Scenario(name, description, roots));
    }

    public static Scenario get(String name) {
        Scenario s = ALL.get(name);
        if (s == null) throw new IllegalArgumentException("unknown scenario " + name + "; known: " + ALL.keySet());
        return s;
    }

    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    private static List<Op> repeat(int n, Op op, Op... then) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) ops.add(op);
        ops.addAll(List.of(then));
        return ops;
    }

    private static List<Op> pingPong() {
        List<Op> g2 = new ArrayList<>(), g1 = new ArrayList<>();
        g1.add(spawn(run(100)));                                    // G2: the bystander (ids follow creation)
        for (int i = 0; i < 2_000; i++) {
            g2.add(new Op.Park());
            g2.add(run(5));
            g2.add(new Op.Ready(1));
        }
        g1.add(new Op.Spawn(g2));                                   // G3: the partner
        for (int i = 0; i < 2_000; i++) {
            g1.add(run(5));
            g1.add(new Op.Ready(3));
            g1.add(new Op.Park());
        }
        return g1;
    }

    private static List<Op> mix() {
        List<Op> ops = new ArrayList<>(repeat(6, spawn(run(200))));
        ops.add(spawn(netWait(300), run(50)));
        ops.add(spawn(netWait(700), run(50)));
        ops.add(spawn(spawn(run(300)), spawn(run(300)), spawn(run(300)), syscall(2_000), run(50)));
        ops.add(spawn(tightLoop(25_000)));
        ops.add(run(100));
        return ops;
    }

    private static List<Op> stack() {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 8; i++) ops.add(new Op.Call(1024));
        ops.add(run(100));
        for (int i = 0; i < 8; i++) ops.add(new Op.Ret());
        ops.add(netWait(5_000));
        ops.add(run(10));
        return ops;
    }
}
