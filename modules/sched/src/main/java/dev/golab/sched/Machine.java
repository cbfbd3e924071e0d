package dev.golab.sched;

/*
 * Go behaviour:    an M is an OS thread. It holds a P while it runs Go code and loops in
 *                  schedule() → findRunnable() → execute(). findRunnable's order (Go 1.23):
 *                  1 every 61st schedtick one G from the global queue; 2 runnext, then the local
 *                  ring; 3 a batch from the global queue; 4 (netpoll); 5 steal — only if this M is
 *                  spinning or spinning Ms are fewer than half the busy Ps — 4 passes over the other
 *                  Ps in random order, runnext only in the last; 6 give up the P, drop spinning,
 *                  re-check every queue (the "delicate dance" that closes the race with wakep), park.
 *                  A spinning M that finds work stops spinning and wakes another (resetspinning).
 * Model:           the same loop on a platform thread: the carrier of the virtual threads. Running
 *                  a G = calling the thread's runContinuation, which returns when it parks, yields
 *                  or ends. Between runs the P is SCHED; during a run IN_G (sysmon may retake it).
 * Invariants:      SCHED-I7 a task runs only on a Machine (never inline on a virtual thread: pitfall 2).
 *                  SCHED-I8 an M that finds nothing releases its P before its final re-check, so a
 *                     concurrent wakep either sees the idle P or the re-check sees the work.
 * Differs from Go: no netpoll step (the JDK's poller unparks virtual threads through execute());
 *                  no GC work; a retaken M's goroutine is not re-queued (it has already parked).
 * See:             GoScheduler, SchedulerAnswersTest, StealingAnswersTest.
 */
import dev.golab.runtime.proc.GlobalRunQueue;
import dev.golab.runtime.proc.Next;
import dev.golab.runtime.proc.RunQueuePolicy;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

final class Machine extends Thread {
    final GoScheduler sched;
    volatile Processor nextp;       // handed over by startm (Go's mp.nextp)
    volatile boolean spinning;
    volatile Runnable current;      // the runContinuation being run (yield detection)
    Processor p;                    // held P (this thread only)
    long gen;                       // tenure on p

    Machine(GoScheduler sched, int id) {
        super("golab-M" + id);
        this.sched = sched;
        setDaemon(true);
    }

    @Override
    public void run() {
        while (!sched.isShutdown()) {
            if (p == null && !takeNextp()) continue;
            Next<Runnable> next = findRunnable();
            if (next == null) continue;                 // gave up the P and was parked; loop
            if (spinning) resetSpinning();
            execute(next);
        }
    }

    private boolean takeNextp() {
        Processor handed = nextp;
        if (handed == null) {
            sched.stopm(this);
            return false;
        }
        nextp = null;
        p = handed;
        gen = p.acquire(this);
        return true;
    }

    private void resetSpinning() {
        spinning = false;
        sched.nmspinning.decrementAndGet();
        sched.wakep();                                  // work discovery cascades one M at a time
    }

    /** execute(gp, inheritTime): only a non-inherited run starts a new time slice (schedtick++). */
    private void execute(Next<Runnable> next) {
        Processor pp = p;
        if (!next.inheritTime()) pp.schedtick = pp.schedtick + 1;
        else sched.stats.runnextHits.increment();
        pp.runs = pp.runs + 1;
        pp.runStartNanos = System.nanoTime();
        current = next.g();
        pp.cas(gen, Processor.SCHED, Processor.IN_G);
        try {
            next.g().run();                          // mounts the virtual thread until it parks/yields/ends
        } catch (RuntimeException | Error e) {
            sched.stats.taskErrors.increment();         // runContinuation should not throw; keep the M alive
        } finally {
            current = null;
        }
        if (!pp.cas(gen, Processor.IN_G, Processor.SCHED)) exitSyscallWithoutP();
    }

    /** Go's exitsyscall slow path: our P was handed off while we were stuck; get any idle P or park. */
    private void exitSyscallWithoutP() {
        p = null;
        Processor idle = sched.pidleget();
        if (idle != null) {
            p = idle;
            gen = idle.acquire(this);
        }
    }

    private Next<Runnable> findRunnable() {
        Processor pp = p;
        GlobalRunQueue<Runnable> global = sched.global;
        while (true) {
            if (RunQueuePolicy.checkGlobalFirst(pp.schedtick, sched.globalCheckInterval) && global.size() > 0) {
                Runnable g = global.get(pp.runq, sched.procs, 1);
                if (g != null) {
                    sched.stats.globalPolls.increment();
                    return new Next<>(g, false);
                }
            }
            Next<Runnable> local = pp.runq.get();
            if (local != null) return local;
            if (global.size() > 0) {
                Runnable g = global.get(pp.runq, sched.procs, 0);
                if (g != null) {
                    sched.stats.globalBatches.increment();
                    return new Next<>(g, false);
                }
            }
            if (spinning || 2 * sched.nmspinning.get() < sched.procs - sched.npidle()) {
                if (!spinning) {
                    spinning = true;
                    sched.nmspinning.incrementAndGet();
                }
                Runnable stolen = stealWork(pp);
                if (stolen != null) return new Next<>(stolen, false);
            }
            if (sched.isShutdown()) return null;
            // Give up the P, then the delicate dance.
            Runnable g = sched.releaseOrGlobal(pp);
            if (g != null) return new Next<>(g, false);
            p = null;
            boolean wasSpinning = spinning;
            if (wasSpinning) {
                spinning = false;
                sched.nmspinning.decrementAndGet();
                Processor again = sched.recheckAfterSpinning();
                if (again != null) {
                    p = pp = again;
                    gen = again.acquire(this);
                    spinning = true;
                    sched.nmspinning.incrementAndGet();
                    continue;
                }
            }
            sched.stopm(this);
            return null;
        }
    }

    /** stealWork: 4 passes, each over all other Ps in a random order (random start, coprime stride). */
    private Runnable stealWork(Processor pp) {
        Processor[] all = sched.allp;
        for (int pass = 0; pass < RunQueuePolicy.STEAL_TRIES; pass++) {
            boolean last = pass == RunQueuePolicy.STEAL_TRIES - 1;
            int r = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), n = all.length;
            int pos = sched.stealOrder.start(r), inc = sched.stealOrder.stride(r);
            for (int i = 0; i < n; i++, pos = (pos + inc) % n) {
                Processor victim = all[pos];
                if (victim == pp || victim.status() == Processor.IDLE) continue;
                boolean running = victim.status() == Processor.IN_G || victim.status() == Processor.PUTTING;
                int before = pp.runq.size();
                Runnable g = pp.runq.stealFrom(victim.runq, last, running);
                if (g != null) {
                    sched.stats.steals.increment();
                    sched.stats.stolen.add(pp.runq.size() - before + 1L);
                    SchedEvents.steal(pp.id, victim.id, pp.runq.size() - before + 1);
                    return g;
                }
            }
            if (sched.global.size() > 0) return null;  // let findRunnable take it in order
        }
        return null;
    }

    /** stopm: park until startm hands this M a P (nextp) or the scheduler shuts down. */
    void parkUntilHanded() {
        while (nextp == null && !sched.isShutdown()) LockSupport.park(this);
    }
}
