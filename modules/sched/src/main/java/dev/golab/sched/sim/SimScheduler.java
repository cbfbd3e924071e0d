package dev.golab.sched.sim;

/*
 * Go behaviour:    the policy half of runtime/proc.go (Go 1.23): runqput/runqget (runnext, 256-slot
 *                  ring, spill 128 + 1), globrunqget (61st tick: 1; empty local: a batch), stealing
 *                  (spinning gate, 4 random-order passes, runnext in the last), wakep/startm/stopm,
 *                  handoffp, injectglist.
 * Model:           the same functions over SimP/SimM/SimG, called by SchedSim's event loop. Waking
 *                  an M costs cfg.wakeLatencyNs; everything else is instantaneous.
 * Invariants:      see SchedSim (conservation, spinning bound).
 * Differs from Go: the 3 µs back-off before stealing runnext is not modelled (the steal succeeds).
 * See:             SchedSim, SchedSimPropertiesTest.
 */
import dev.golab.sched.sim.TraceEvent.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

final class SimScheduler {
    private final SchedSim sim;
    final ArrayDeque<SimP> pidle = new ArrayDeque<>();
    final ArrayDeque<SimM> midle = new ArrayDeque<>();
    final List<SimM> allm = new ArrayList<>();
    int nmspinning;

    SimScheduler(SchedSim sim) {
        this.sim = sim;
    }

    record Pick(SimG g, boolean inheritTime) {}

    void runqput(SimP p, SimG g, boolean next) {
        g.status = SimG.Status.RUNNABLE;
        if (next) {
            SimG old = p.runnext;
            p.runnext = g;
            if (old == null) return;
            g = old;
        }
        if (p.runq.size() < SimP.RUNQ) {
            p.runq.addLast(g);
            return;
        }
        for (int i = 0; i < SimP.RUNQ / 2; i++) sim.global.addLast(p.runq.pollFirst());   // runqputslow
        sim.global.addLast(g);
        sim.emit(Kind.SPILL, p.id, -1, g.id, (SimP.RUNQ / 2 + 1) + " Gs to the global queue");
    }

    Pick runqget(SimP p) {
        if (p.runnext != null) {
            SimG g = p.runnext;
            p.runnext = null;
            return new Pick(g, true);
        }
        SimG g = p.runq.pollFirst();
        return g == null ? null : new Pick(g, false);
    }

    SimG globrunqget(SimP p, int max) {
        int size = sim.global.size();
        if (size == 0) return null;
        int n = Math.min(size, size / sim.cfg.procs() + 1);
        if (max > 0 && n > max) n = max;
        n = Math.min(n, SimP.RUNQ / 2);
        SimG first = sim.global.pollFirst();
        for (int i = 1; i < n; i++) runqput(p, sim.global.pollFirst(), false);
        return first;
    }

    /** findRunnable up to stealing; null means the P was released (and the M parked or polls). */
    Pick findRunnable(SimM m) {
        while (true) {
            SimP p = m.p;
            if (p.schedtick % 61 == 0 && !sim.global.isEmpty()) {
                sim.emit(Kind.GLOBAL_POLL, p.id, m.id, sim.global.peekFirst().id, "schedtick " + p.schedtick + " % 61 == 0");
                return new Pick(globrunqget(p, 1), false);
            }
            Pick local = runqget(p);
            if (local != null) return local;
            SimG g = globrunqget(p, 0);
            if (g != null) return new Pick(g, false);
            List<SimG> ready = sim.netpoll();
            if (!ready.isEmpty()) {
                SimG first = ready.removeFirst();
                injectglist(ready, p);
                return new Pick(first, false);
            }
            if (m.spinning || 2 * nmspinning < sim.cfg.procs() - pidle.size()) {
                if (!m.spinning) {
                    m.spinning = true;
                    nmspinning++;
                    sim.emit(Kind.M_SPIN, p.id, m.id, -1, "spinning Ms: " + nmspinning);
                }
                SimG stolen = steal(p, m);
                if (stolen != null) return new Pick(stolen, false);
            }
            // give up the P: last look at the global queue, then the delicate dance
            g = globrunqget(p, 0);
            if (g != null) return new Pick(g, false);
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

    private SimG steal(SimP p, SimM m) {
        int n = sim.cfg.procs();
        for (int pass = 0; pass < 4; pass++) {
            int start = sim.rng.nextInt(n), stride = coprimeStride(n);
            for (int i = 0, pos = start; i < n; i++, pos = (pos + stride) % n) {
                SimP victim = sim.allp.get(pos);
                if (victim == p || victim.status == SimP.Status.IDLE) continue;
                int take = victim.runq.size() - victim.runq.size() / 2;
                if (take == 0) {
                    if (pass == 3 && victim.runnext != null) {
                        SimG g = victim.runnext;
                        victim.runnext = null;
                        sim.emit(Kind.STEAL, p.id, m.id, g.id, "runnext of P" + victim.id + " (last pass)");
                        return g;
                    }
                    continue;
                }
                SimG last = null;
                for (int k = 0; k < take; k++) {
                    SimG g = victim.runq.pollFirst();
                    if (k == take - 1) last = g;
                    else p.runq.addLast(g);
                }
                sim.emit(Kind.STEAL, p.id, m.id, last.id, take + " of " + (take + victim.runq.size()) + " Gs from P" + victim.id);
                return last;
            }
        }
        return null;
    }

    private int coprimeStride(int n) {
        List<Integer> cs = new ArrayList<>();
        for (int i = 1; i <= n; i++) if (gcd(i, n) == 1) cs.add(i);
        return cs.get(sim.rng.nextInt(cs.size()));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
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
            if (i < toGlobal) sim.global.addLast(g);
            else runqput(p, g, false);
        }
        for (int i = 0; i < toGlobal && !pidle.isEmpty(); i++) startm(pidle.pollFirst(), false);
    }
}
