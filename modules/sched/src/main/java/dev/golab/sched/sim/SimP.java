package dev.golab.sched.sim;

import java.util.ArrayDeque;

/** A simulated P: 256-slot local queue, runnext, schedtick and sysmon's bookkeeping (Go's sysmontick). */
final class SimP {
    enum Status { IDLE, RUNNING, SYSCALL }

    static final int RUNQ = 256;

    final int id;
    final ArrayDeque<SimG> runq = new ArrayDeque<>();
    SimG runnext;
    long schedtick, syscalltick;
    Status status = Status.IDLE;
    SimM m;
    long seenSchedtick = -1, seenSchedWhen, seenSyscalltick = -1, seenSyscallWhen;
    long segStart;             // lane chart: when the current G started on this P

    SimP(int id) {
        this.id = id;
    }

    boolean hasQueued() {
        return !runq.isEmpty() || runnext != null;
    }
}
