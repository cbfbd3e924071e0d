package dev.golab.sched.sim;

/*
 * Go behaviour:    network I/O never blocks an M: the G parks in the netpoller (gopark, "IO wait") and
 *                  is made runnable when its fd is ready — found by findRunnable's non-blocking
 *                  netpoll, by sysmon if nobody polled for 10 ms, or by an M that blocks in netpoll
 *                  when it has nothing else to do (runtime/netpoll.go, proc.go; Go 1.23).
 * Model:           the waiting Gs with their ready times; at most one M blocked in netpoll.
 * Invariants:      SIM-I6 a G is in the poller iff WAITING with netReadyAt ≥ 0.
 * Differs from Go: readiness is a scripted time (Op.NetWait), not an fd.
 * See:             SimAnswersTest (RT-03.05).
 */
import dev.golab.sched.sim.TraceEvent.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class SimNetpoller {
    private final SchedSim sim;
    private final List<SimG> netWaiters = new ArrayList<>();
    private SimM poller;

    SimNetpoller(SchedSim sim) {
        this.sim = sim;
    }

    void park(SimG g) {
        netWaiters.add(g);
        sim.at(g.netReadyAt, () -> ready(g));
    }

    void stopm(SimM m) {
        m.idle = true;
        if (poller == null && !netWaiters.isEmpty()) {
            poller = m;                                            // blocking netpoll until an fd is ready
            sim.emit(Kind.M_PARK, -1, m.id, -1, "blocked in netpoll");
        } else {
            sim.s.midle.addLast(m);
            sim.emit(Kind.M_PARK, -1, m.id, -1, "stopm");
        }
    }

    private void ready(SimG g) {
        g.netReady = true;
        if (poller == null) return;                               // picked up by findRunnable or sysmon
        SimM m = poller;
        poller = null;
        m.idle = false;
        if (!sim.s.pidle.isEmpty()) {
            sim.s.acquirep(m, sim.s.pidle.pollFirst());
            sim.scheduleM(m, 0);
        } else {
            sim.s.injectglist(poll(), null);
            m.idle = true;
            sim.s.midle.addLast(m);
        }
    }

    /** Non-blocking netpoll: the waiting Gs whose fd is ready, in readiness order. */
    List<SimG> poll() {
        List<SimG> ready = new ArrayList<>();
        for (SimG g : netWaiters) if (g.netReady) ready.add(g);
        netWaiters.removeAll(ready);
        ready.sort(Comparator.comparingLong((SimG g) -> g.netReadyAt).thenComparingInt(g -> g.id));
        for (SimG g : ready) {
            g.netReady = false;
            g.netReadyAt = -1;
            g.waitReason = null;
        }
        sim.lastPoll = sim.now;
        if (!ready.isEmpty()) sim.emit(Kind.NETPOLL, -1, -1, ready.getFirst().id, ready.size() + " G(s) ready");
        return ready;
    }

    /** The Gs parked in the netpoller, in the order they parked. */
    List<SimG> waiters() {
        return List.copyOf(netWaiters);
    }

    int waiting() {
        return netWaiters.size();
    }
}
