package dev.golab.sched.sim;

import dev.golab.sched.stack.GoStack;
import java.util.List;

/** A simulated goroutine: its program counter, status (Go's _G* codes) and stack. */
final class SimG {
    enum Status {
        IDLE(0), RUNNABLE(1), RUNNING(2), SYSCALL(3), WAITING(4), DEAD(6);
        final int code;

        Status(int code) {
            this.code = code;
        }
    }

    final int id;
    final List<Op> program;
    final GoStack stack = new GoStack();
    int pc;
    long remaining;            // ns left of the current Run op
    long runStart;             // when the current Run stretch began
    int epoch;                 // invalidates a scheduled run-end after a preemption
    Status status = Status.RUNNABLE;
    String waitReason;
    boolean permit;            // a Ready that arrived before the Park
    long netReadyAt = -1;      // set while waiting in the netpoller
    boolean netReady;
    SimM m;

    SimG(int id, List<Op> program) {
        this.id = id;
        this.program = program;
    }

    Op op() {
        return pc < program.size() ? program.get(pc) : null;
    }
}
