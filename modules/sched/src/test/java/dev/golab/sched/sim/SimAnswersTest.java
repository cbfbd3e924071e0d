package dev.golab.sched.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.sched.sim.TraceEvent.Kind;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-03 in the simulator: what the real executor cannot show (syscalls, netpoller, preemption). */
class SimAnswersTest {
    private static final long LIMIT = 1_000_000_000L;

    private static SchedSim run(String scenario, SimConfig cfg) {
        SchedSim sim = Scenarios.get(scenario).start(cfg);
        while (sim.now() <= LIMIT && sim.step()) sim.checkInvariants();
        assertThat(sim.done()).isTrue();
        return sim;
    }

    private static List<TraceEvent> events(SchedSim sim, Kind kind) {
        return sim.trace().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    @DisplayName("RT-03.01 Q: how do Gs, Ms and Ps relate? (at most GOMAXPROCS Gs run at once; Ms may outnumber Ps)")
    void atMostGomaxprocsGoroutinesRunAtOnceButMsCanOutnumberPs() {
        SchedSim sim = run("syscall", SimConfig.of(2, 7));
        // running segments never overlap on a P, and only P0..P1 exist
        assertThat(sim.segments()).allSatisfy(s -> assertThat(s.p()).isBetween(0, 1));
        for (Segment a : sim.segments())
            for (Segment b : sim.segments())
                if (a != b && a.p() == b.p()) assertThat(a.end() <= b.start() || b.end() <= a.start()).isTrue();
        assertThat(sim.threads()).as("an M blocked in a syscall does not count against GOMAXPROCS").isGreaterThan(2);
    }

    @Test
    @DisplayName("RT-03.02 Q: where does a goroutine created or readied by a running goroutine go? (its P's runnext, displacing the old one to the ring)")
    void spawnedGoroutinesGoToTheSpawnersRunnext() {
        SchedSim sim = run("steal", SimConfig.of(1, 3));
        List<TraceEvent> creates = events(sim, Kind.GO_CREATE).stream().filter(e -> e.p() >= 0).toList();
        assertThat(creates).hasSize(24).allSatisfy(e -> assertThat(e.detail()).endsWith("runnext of P0"));
        // with one P: G1 ends, then the last spawned (runnext) runs first, then the ring in FIFO order
        List<Integer> starts = events(sim, Kind.GO_START).stream().map(TraceEvent::g).toList();
        assertThat(starts.subList(0, 4)).containsExactly(1, 25, 2, 3);
    }

    @Test
    @DisplayName("RT-03.04 Q: what happens to the other goroutines of a P whose G blocks in a syscall? (sysmon hands the P to another M; the G comes back later)")
    void aSyscallHandsThePToAnotherMAndTheGoroutineReturns() {
        SchedSim sim = run("syscall", SimConfig.of(1, 1));
        TraceEvent enter = events(sim, Kind.GO_SYSCALL).getFirst(), handoff = events(sim, Kind.HANDOFF).getFirst();
        assertThat(handoff.time() - enter.time()).as("retaken after ≥ 1 sysmon tick, long before the 2 ms syscall ends")
                .isBetween(20_000L, 100_000L);
        TraceEvent nextStart = sim.trace().stream().filter(e -> e.kind() == Kind.GO_START && e.time() >= handoff.time()).findFirst().orElseThrow();
        assertThat(nextStart.m()).as("a different M runs P0's queue").isNotEqualTo(enter.m());
        assertThat(events(sim, Kind.GO_SYSEXIT).getFirst().detail()).contains("handed off");
        assertThat(sim.endTime(1)).as("the syscall G runs again after its syscall").isGreaterThan(enter.time() + 2_000_000);
    }

    @Test
    @DisplayName("RT-03.A2 Q: is a P retaken from a short syscall when nothing else is runnable? (no: only after 10 ms, if idle capacity exists)")
    void anIdleSyscallPIsNotRetakenBefore10ms() {
        SchedSim sim = new SchedSim(SimConfig.of(2, 1));
        sim.go(List.of(Op.syscall(5_000), Op.run(10)));            // nothing else to do
        sim.run(LIMIT);
        assertThat(sim.handoffs()).isZero();
        SchedSim longOne = new SchedSim(SimConfig.of(2, 1));
        longOne.go(List.of(Op.syscall(15_000), Op.run(10)));
        longOne.run(LIMIT);
        assertThat(longOne.handoffs()).isEqualTo(1);
    }

    @Test
    @DisplayName("RT-03.05 Q: where does a goroutine go when its network I/O becomes ready? (the netpoller puts it back on a run queue)")
    void netpollerReadiesWaitingGoroutinesOntoRunQueues() {
        SchedSim sim = run("netpoll", SimConfig.of(1, 1));
        assertThat(events(sim, Kind.GO_BLOCK)).filteredOn(e -> e.detail().contains("IO wait")).hasSize(4);
        assertThat(events(sim, Kind.NETPOLL)).isNotEmpty();
        for (int g = 2; g <= 5; g++) assertThat(sim.endTime(g)).as("G%d finished after its fd was ready", g).isPositive();
        assertThat(sim.threads()).as("network waits never block an M").isEqualTo(1);
    }

    @Test
    @DisplayName("RT-03.07 Q: can a loop without function calls starve the goroutines behind it? (Go 1.14+: no, async preemption after ~10 ms; before 1.14: yes)")
    void asyncPreemptionLetsTheQueuedGoroutinesRunWhileTheLoopSpins() {
        SchedSim async = run("preempt", SimConfig.of(1, 1));
        SchedSim old = run("preempt", SimConfig.of(1, 1).withoutAsyncPreemption());
        long lastBystanderAsync = Math.max(async.endTime(2), Math.max(async.endTime(3), async.endTime(4)));
        long lastBystanderOld = Math.max(old.endTime(2), Math.max(old.endTime(3), old.endTime(4)));
        assertThat(lastBystanderAsync).as("Go 1.14+: within 10 ms + sysmon delay").isLessThan(25_000_000);
        assertThat(lastBystanderOld).as("Go < 1.14: only after the 50 ms loop ends").isGreaterThan(50_000_000);
        assertThat(events(async, Kind.GO_PREEMPT).getFirst().detail()).contains("async");
    }

    @Test
    @DisplayName("RT-03.A2 Q: what does sysmon do with a goroutine that runs for more than 10 ms? (preempts it to the global queue)")
    void sysmonPreemptsAfter10ms() {
        SchedSim sim = run("preempt", SimConfig.of(1, 1));
        TraceEvent first = events(sim, Kind.GO_PREEMPT).getFirst();
        assertThat(first.time()).isBetween(10_000_000L, 20_000_000L);
        assertThat(first.detail()).contains("global queue");
    }

    @Test
    @DisplayName("RT-03.A1 Q: can two goroutines that ready each other starve a third on the same P? (they share one time slice via runnext until sysmon preempts them)")
    void aRunnextPingPongPairHoldsThePUntilPreempted() {
        SchedSim sim = run("pingpong", SimConfig.of(1, 1));
        long bystanderStart = sim.trace().stream().filter(e -> e.kind() == Kind.GO_START && e.g() == 2).findFirst().orElseThrow().time();
        assertThat(bystanderStart).as("G2 waits for the pair's 10 ms time slice to expire").isGreaterThanOrEqualTo(10_000_000);
        assertThat(events(sim, Kind.GO_PREEMPT)).isNotEmpty();
    }

    @Test
    @DisplayName("RT-03.A1 Q: what happens when one goroutine spawns 300 without yielding? (the ring spills 129 to the global queue)")
    void overflowSpillsToTheGlobalQueue() {
        SchedSim sim = run("overflow", SimConfig.of(1, 1));
        assertThat(events(sim, Kind.SPILL)).isNotEmpty().allSatisfy(e -> assertThat(e.detail()).startsWith("129 Gs"));
        assertThat(events(sim, Kind.GLOBAL_POLL)).as("the 61st schedtick takes from the global queue").isNotEmpty();
    }

    @Test
    @DisplayName("RT-03.03 Q: how much does a stealing P take? (half of the victim's ring, rounded up)")
    void stealingTakesHalf() {
        SchedSim sim = run("steal", SimConfig.of(2, 5));
        TraceEvent steal = events(sim, Kind.STEAL).getFirst();
        String[] parts = steal.detail().split(" ");                  // "<taken> of <n> Gs from P0"
        int taken = Integer.parseInt(parts[0]), n = Integer.parseInt(parts[2]);
        assertThat(taken).isEqualTo(n - n / 2);
    }
}
