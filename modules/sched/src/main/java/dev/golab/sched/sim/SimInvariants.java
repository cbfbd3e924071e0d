package dev.golab.sched.sim;

/*
 * Go behaviour:    runtime/proc.go's checks (schedtrace, the "delicate dance" comments): every G is in
 *                  exactly one place; a P is either held by an M or on the idle list.
 * Model:           SchedSim's SIM-I1 check and its state dump (`golab sched --step`).
 * Invariants:      SIM-I1 conservation; P ownership; 0 ≤ nmspinning ≤ GOMAXPROCS; PROC-I1 rings ≤ 256.
 * Differs from Go: Go checks a few of these with throw(); the lab checks all after every event.
 * See:             SchedSimPropertiesTest.
 */
import dev.golab.runtime.proc.RunQueuePolicy;
import dev.golab.sched.InvariantViolation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

final class SimInvariants {
    private SimInvariants() {}

    /** SIM-I1 (conservation) and the P/M bookkeeping; throws InvariantViolation with the state. */
    static void check(SchedSim sim) {
        Map<SimG, Integer> places = new IdentityHashMap<>();
        sim.global.snapshot().forEach(g -> places.merge(g, 1, Integer::sum));
        for (SimP p : sim.allp) {
            p.runq.ring().forEach(g -> places.merge(g, 1, Integer::sum));
            if (p.runq.runnext() != null) places.merge(p.runq.runnext(), 1, Integer::sum);
            if (p.runq.ring().size() > RunQueuePolicy.LOCAL_RUNQ_SIZE) throw new InvariantViolation("P" + p.id + " ring over 256");
            boolean held = p.m != null && p.status != SimP.Status.IDLE && !sim.s.pidle.contains(p) && p.m.p == p;
            boolean idle = p.m == null && p.status == SimP.Status.IDLE && sim.s.pidle.contains(p);
            if (held == idle) throw new InvariantViolation("P" + p.id + " is neither held by an M nor idle\n" + snapshot(sim));
        }
        for (SimM m : sim.s.allm) if (m.curg != null) places.merge(m.curg, 1, Integer::sum);
        for (SimG g : sim.allg) {
            int n = places.getOrDefault(g, 0);
            boolean ok = switch (g.status) {
                case DEAD, WAITING, IDLE -> n == 0;
                case RUNNABLE, RUNNING, SYSCALL -> n == 1;
            };
            if (!ok) throw new InvariantViolation("G" + g.id + " is " + g.status + " but found in " + n + " places\n" + snapshot(sim));
        }
        if (sim.s.nmspinning < 0 || sim.s.nmspinning > sim.cfg.procs()) throw new InvariantViolation("nmspinning = " + sim.s.nmspinning);
    }

    /** The scheduler state in one block of text (`golab sched --step`). */
    static String snapshot(SchedSim sim) {
        StringBuilder b = new StringBuilder(String.format("t=%.3fµs  global=%s  spinning=%d  idleP=%d%n",
                sim.now / 1000.0, ids(sim.global.snapshot()), sim.s.nmspinning, sim.s.pidle.size()));
        for (SimP p : sim.allp) {
            b.append(String.format("  P%d %-7s %-4s runnext=%-4s runq=%s schedtick=%d%n", p.id, p.status,
                    p.m == null ? "" : "M" + p.m.id + (p.m.curg == null ? "" : " G" + p.m.curg.id),
                    p.runq.runnext() == null ? "-" : "G" + p.runq.runnext().id, ids(p.runq.ring()), p.schedtick));
        }
        return b.toString();
    }

    private static String ids(Iterable<SimG> gs) {
        List<String> out = new ArrayList<>();
        gs.forEach(g -> out.add("G" + g.id));
        return out.toString();
    }
}
