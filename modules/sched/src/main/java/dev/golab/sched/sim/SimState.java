package dev.golab.sched.sim;

/*
 * Go behaviour:    what GODEBUG=schedtrace=1,scheddetail=1 prints per P (status, M, runqsize) and per G,
 *                  here as data: for each P its status, M, running G, runnext and local ring; the
 *                  global queue; the Gs parked in the netpoller (runtime/proc.go schedtrace; Go 1.23).
 * Model:           an immutable copy of the simulator's state between two events (SchedSim.state()).
 *                  P status: idle, running (an M runs a G), syscall (the M is in a syscall with the P),
 *                  spinning / scheduling (an M holds the P and looks for work).
 * Invariants:      SIM-I12 a copy: later steps never change a SimState already taken; with SIM-I1,
 *                  every G id appears at most once across running, runnext, rings and global.
 * Differs from Go: schedtrace is text sampled by time; this is exact, after every event.
 * See:             SchedSim, SimInvariants (the text form), the sched page (`golab sched --html`).
 */
import java.util.ArrayList;
import java.util.List;

public record SimState(long now, List<PState> ps, List<Integer> global, List<Integer> netpoll) {
    /** One P's lane: ids are goroutine ids (-1 = none). */
    public record PState(int id, String status, int m, int running, int runnext, List<Integer> ring) {}

    static SimState of(SchedSim sim) {
        List<PState> ps = new ArrayList<>();
        for (SimP p : sim.allp) {
            SimG cur = p.m == null ? null : p.m.curg;
            String status = switch (p.status) {
                case IDLE -> "idle";
                case SYSCALL -> "syscall";
                case RUNNING -> cur != null ? "running" : p.m.spinning ? "spinning" : "scheduling";
            };
            SimG next = p.runq.runnext();
            ps.add(new PState(p.id, status, p.m == null ? -1 : p.m.id, cur == null ? -1 : cur.id,
                    next == null ? -1 : next.id, ids(p.runq.ring())));
        }
        return new SimState(sim.now, List.copyOf(ps), ids(sim.global.snapshot()), ids(sim.netpoller.waiters()));
    }

    private static List<Integer> ids(List<SimG> gs) {
        return gs.stream().map(g -> g.id).toList();
    }
}
