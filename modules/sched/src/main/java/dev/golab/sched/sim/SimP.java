package dev.golab.sched.sim;

import dev.golab.runtime.proc.LocalRunQueue;

/**
 * A simulated P: the shared 256-slot ring + runnext (dev.golab.runtime.proc, the same code the real
 * scheduler runs), schedtick and sysmon's bookkeeping (Go's sysmontick).
 */
final class SimP {
    enum Status { IDLE, RUNNING, SYSCALL }

    final int id;
    final LocalRunQueue<SimG> runq = new LocalRunQueue<>();
    long schedtick, syscalltick;
    Status status = Status.IDLE;
    SimM m;
    long seenSchedtick = -1, seenSchedWhen, seenSyscalltick = -1, seenSyscallWhen;
    long segStart;             // lane chart: when the current G started on this P

    SimP(int id) {
        this.id = id;
    }

    boolean hasQueued() {
        return !runq.isEmpty();
    }
}
