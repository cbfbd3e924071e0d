package dev.golab.sched.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.golab.sched.InvariantViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Simulator properties over random programs: conservation, determinism, preemption and stealing bounds. */
class SchedSimPropertiesTest {
    private static final long SEED = Long.getLong("QT_SEED", 20261127L);
    private static final int EXAMPLES = Math.max(20, Integer.getInteger("QT_EXAMPLES", 300) / 6);
    private static final long LIMIT = 2_000_000_000L;                  // 2 s simulated: every random program ends well before

    /** A random workload: nRoots goroutines mixing work, tight loops, syscalls, network waits, go, Gosched and calls. */
    static List<List<Op>> workload(long seed) {
        Random r = new Random(seed);
        List<List<Op>> roots = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) roots.add(program(r, 2));
        return roots;
    }

    private static List<Op> program(Random r, int depth) {
        List<Op> ops = new ArrayList<>();
        int len = 1 + r.nextInt(8), calls = 0;
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(8)) {
                case 0, 1 -> ops.add(Op.run(1 + r.nextInt(3_000)));
                case 2 -> ops.add(Op.tightLoop(1 + r.nextInt(25_000)));
                case 3 -> ops.add(Op.syscall(1 + r.nextInt(4_000)));
                case 4 -> ops.add(Op.netWait(1 + r.nextInt(4_000)));
                case 5 -> { if (depth > 0) for (int k = r.nextInt(6); k >= 0; k--) ops.add(new Op.Spawn(program(r, depth - 1))); }
                case 6 -> ops.add(new Op.Yield());
                default -> { ops.add(new Op.Call(64 + r.nextInt(4096))); calls++; }
            }
        }
        for (int i = 0; i < calls; i++) ops.add(new Op.Ret());
        return ops;
    }

    private static String describe(List<List<Op>> roots) {
        StringBuilder b = new StringBuilder();
        for (List<Op> root : roots) b.append("go func() { ").append(Op.toGo(root)).append("}()\n");
        return b.toString();
    }

    private static SchedSim simulate(long seed, int procs, boolean async, boolean check) {
        SchedSim sim = new SchedSim(new SimConfig(procs, seed, async, 5_000, 2_000_000));
        workload(seed).forEach(sim::go);
        while (sim.now() <= LIMIT && sim.step()) if (check) sim.checkInvariants();
        return sim;
    }

    @Test
    @DisplayName("RT-03 prop: conservation — after every event each goroutine is in exactly one place (runnext, a ring, the global queue, an M, or waiting)")
    void everyGoroutineIsInExactlyOnePlaceAfterEveryEvent() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(1, 6))
                .checkAssert((seed, procs) -> {
                    try {
                        SchedSim sim = simulate(seed, procs, true, true);
                        assertThat(sim.done()).as("all goroutines ended\n%s", describe(workload(seed))).isTrue();
                    } catch (InvariantViolation v) {
                        throw new AssertionError("GOMAXPROCS=" + procs + ", seed " + seed + "\n" + describe(workload(seed)) + v.getMessage(), v);
                    }
                });
    }

    @Test
    @DisplayName("RT-03 prop: determinism — the same seed gives the same trace, event for event")
    void sameSeedSameTrace() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES / 2)
                .forAll(longs().all(), integers().between(1, 6))
                .checkAssert((seed, procs) -> assertThat(simulate(seed, procs, true, false).trace())
                        .isEqualTo(simulate(seed, procs, true, false).trace()));
    }

    @Test
    @DisplayName("RT-03.07 prop: preemption bound — with async preemption no goroutine holds a P longer than 10 ms + one sysmon sleep (≤ 20 ms)")
    void withAsyncPreemptionNoRunExceeds20ms() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(1, 4))
                .checkAssert((seed, procs) -> {
                    SchedSim sim = simulate(seed, procs, true, false);
                    long longest = sim.segments().stream().filter(s -> !s.how().equals("syscall"))
                            .mapToLong(Segment::length).max().orElse(0);
                    assertThat(longest).as("longest run, GOMAXPROCS=%d\n%s", procs, describe(workload(seed)))
                            .isLessThanOrEqualTo(SchedSim.FORCE_PREEMPT_NS + SchedSim.SYSMON_MAX_NS);
                });
    }

    @Test
    @DisplayName("RT-03.07 Q: without async preemption (Go < 1.14), can a loop without calls hold a P past the bound? (yes)")
    void withoutAsyncPreemptionATightLoopExceedsTheBound() {
        List<Op> loop = List.of(Op.tightLoop(50_000));
        SchedSim sim = new SchedSim(SimConfig.of(1, 1).withoutAsyncPreemption());
        sim.go(loop);
        sim.run(LIMIT);
        assertThat(sim.segments()).anySatisfy(s -> assertThat(s.length()).isGreaterThan(SchedSim.FORCE_PREEMPT_NS + SchedSim.SYSMON_MAX_NS));
    }

    @Test
    @DisplayName("RT-03.03 prop: no P stays idle while Gs are queued for longer than the wake-ups of the idle Ms ((GOMAXPROCS−1) × wake latency)")
    void idlePsPickUpQueuedWorkWithinOneWakeCascade() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(1, 6))
                .checkAssert((seed, procs) -> {
                    SchedSim sim = simulate(seed, procs, true, false);
                    assertThat(sim.maxImbalanceNs()).as("GOMAXPROCS=%d\n%s", procs, describe(workload(seed)))
                            .isLessThanOrEqualTo((long) Math.max(1, procs - 1) * sim.config().wakeLatencyNs());
                });
    }
}
