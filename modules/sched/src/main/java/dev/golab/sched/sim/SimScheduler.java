package dev.golab.sched.sim;

/*
 * Go behaviour:    the policy half of runtime/proc.go (Go 1.23): runqput/runqget (runnext, 256-slot
 *                  ring, spill 128 + 1), globrunqget (61st tick: 1; empty local: a batch), stealing
 *                  (spinning gate, 4 random-order passes, runnext in the last), wakep/startm/stopm,
 *                  handoffp, injectglist.
 * Model:           the same functions over SimP/SimM/SimG, called by SchedSim's event loop. The rings,
 *                  the global queue, the steal order and the constants are dev.golab.runtime.proc —
 *                  the very code GoScheduler runs — so the simulator cannot drift from it. Waking
 *                  an M costs cfg.wakeLatencyNs; everything else is instantaneous.
 * Invariants:      SIM-I1 (conservation) and SIM-I4 (spinning bound), see SchedSim; PROC-I1…I7 for
 *                  the queues themselves.
 * Differs from Go: the 3 µs back-off before stealing runnext is not taken (single-threaded: the victim
 *                  cannot run its runnext meanwhile, so the steal succeeds either way).
 * See:             SchedSim, SchedSimPropertiesTest.
 */
import dev.golab.runtime.proc.Next;
import dev.golab.runtime.proc.RandomOrder;
import dev.golab.runtime.proc.RunQueuePolicy;
import dev.golab.sched.sim.TraceEvent.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

final class SimScheduler {
    private final SchedSim sim;
    private final RandomOrder order;
    final ArrayDeque<SimP> pidle = new ArrayDeque<>();
    final ArrayDeque<SimM> midle = new ArrayDeque<>();
    final List<SimM> allm = new ArrayList<>();
    int nmspinning;

    SimScheduler(SchedSim sim) {
        this.sim = sim;
        this.order = new RandomOrder(sim.cfg.procs());
    }

    /** runqput on the shared ring (dev.golab.runtime.proc.LocalRunQueue); a spill is traced. */
    void runqput(SimP p, SimG g, boolean next) {
        g.status = SimG.Status.RUNNABLE;
        if (p.runq.put(g, next, sim.global))
            sim.emit(Kind.SPILL, p.id, -1, g.id, (RunQueuePolicy.SPILL + 1) + " Gs to the global queue");
    }

    /** globrunqget on the shared queues. */
    SimG globrunqget(SimP p, int max) {
        return sim.global.get(p.runq, sim.cfg.procs(), max);
    }

    /** findRunnable up to stealing; null means the P was released (and the M parked or polls). */
    Next<SimG> findRunnable(SimM m) {
        while (true) {
            SimP p = m.p;
            if (RunQueuePolicy.checkGlobalFirst(p.schedtick, RunQueuePolicy.GLOBAL_CHECK_INTERVAL) && !sim.global.isEmpty()) {
                sim.emit(Kind.GLOBAL_POLL, p.id, m.id, sim.global.peek().id,
                        "schedtick " + p.schedtick + " % " + RunQueuePolicy.GLOBAL_CHECK_INTERVAL + " == 0");
                return new Next<>(globrunqget(p, 1), false);
            }
            Next<SimG> local = p.runq.get();
            if (local != null) return local;
            SimG g = globrunqget(p, 0);
            if (g != null) return new Next<>(g, false);
            List<SimG> ready = sim.netpoll();
            if (!ready.isEmpty()) {
                SimG first = ready.removeFirst();
                injectglist(ready, p);
                return new Next<>(first, false);
            }
            if (m.spinning || 2 * nmspinning < sim.cfg.procs() - pidle.size()) {
                if (!m.spinning) {
                    m.spinning = true;
                    nmspinning++;
                    sim.emit(Kind.M_SPIN, p.id, m.id, -1, "spinning Ms: " + nmspinning);
                }
                SimG stolen = steal(p, m);
                if (stolen != null) return new Next<>(stolen, false);
            }
            // give up the P: last look at the global queue, then the delicate dance
            g = globrunqget(p, 0);
            if (g != null) return new Next<>(g, false);
            releasep(m);
            if (m.spinning) {
                m.spinning = false;
                nmspinning--;
                boolean work = !sim.global.isEmpty();
                for (SimP other : sim.allp) work |= other.hasQueued();
                if (work && !pidle.isEmpty()) {
                    acquirep(m, pidle.pollFirst());
                    m.spinning = true;
                    nmspinning++;
                    continue;
                }
            }
            sim.stopm(m);
            return null;
        }
    }

    /** stealWork: 4 passes in a seeded random order; runnext only in the last (no 3 µs back-off). */
    private SimG steal(SimP p, SimM m) {
        for (int pass = 0; pass < RunQueuePolicy.STEAL_TRIES; pass++) {
            boolean last = pass == RunQueuePolicy.STEAL_TRIES - 1;
            for (int pos : order.positions(sim.rng.nextInt(Integer.MAX_VALUE))) {
                SimP victim = sim.allp.get(pos);
                if (victim == p || victim.status == SimP.Status.IDLE) continue;
                int victimRing = victim.runq.ringSize(), before = p.runq.ringSize();
                SimG g = p.runq.stealFrom(victim.runq, last, false);
                if (g == null) continue;
                if (victimRing == 0) {
                    sim.emit(Kind.STEAL, p.id, m.id, g.id, victim.id, "runnext of P" + victim.id + " (last pass)");
                } else {
                    int take = p.runq.ringSize() - before + 1;
                    sim.emit(Kind.STEAL, p.id, m.id, g.id, victim.id, take + " of " + victimRing + " Gs from P" + victim.id);
                }
                return g;
            }
        }
        return null;
    }

    void acquirep(SimM m, SimP p) {
        m.p = p;
        p.m = m;
        p.status = SimP.Status.RUNNING;
    }

    void releasep(SimM m) {
        SimP p = m.p;
        p.m = null;
        p.status = SimP.Status.IDLE;
        m.p = null;
        pidle.addLast(p);
    }

    void wakep() {
        if (nmspinning != 0 || pidle.isEmpty()) return;
        nmspinning++;
        startm(pidle.pollFirst(), true);
    }

    void startm(SimP p, boolean spinning) {
        SimM m = midle.pollFirst();
        if (m == null) {
            m = new SimM(allm.size());
            allm.add(m);
        }
        m.idle = false;
        m.spinning = spinning;
        acquirep(m, p);
        sim.emit(Kind.M_START, p.id, m.id, -1, spinning ? "spinning" : "with work");
        sim.scheduleM(m, sim.cfg.wakeLatencyNs());
    }

    /** handoffp: a P retaken from a syscall goes to an M if there is anything to do, else idles. */
    void handoffp(SimP p) {
        if (p.hasQueued() || !sim.global.isEmpty()) {
            startm(p, false);
            return;
        }
        if (nmspinning + pidle.size() == 0) {
            nmspinning++;
            startm(p, true);
            return;
        }
        if (pidle.size() == sim.cfg.procs() - 1 && sim.netWaiting() > 0) {   // the last running P: someone must poll
            startm(p, false);
            return;
        }
        p.status = SimP.Status.IDLE;
        p.m = null;
        pidle.addLast(p);
    }

    /** injectglist: with a P, npidle of the Gs go global (and start Ms), the rest to this P's queue. */
    void injectglist(List<SimG> gs, SimP p) {
        if (gs.isEmpty()) return;
        int toGlobal = p == null ? gs.size() : Math.min(pidle.size(), gs.size());
        for (int i = 0; i < gs.size(); i++) {
            SimG g = gs.get(i);
            g.status = SimG.Status.RUNNABLE;
            if (i < toGlobal) sim.global.put(g);
            else runqput(p, g, false);
        }
        for (int i = 0; i < toGlobal && !pidle.isEmpty(); i++) startm(pidle.pollFirst(), false);
    }
}
