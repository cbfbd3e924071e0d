package dev.golab.sched.sim;

/*
 * Go behaviour:    `go tool trace` (runtime/trace.go) logs per-P events: GoCreate, GoStart, GoEnd,
 *                  GoBlock, GoUnblock, GoPreempt, GoSched, GoSysCall, GoSysExit, ProcStart/Stop.
 * Model:           one immutable record per simulator event; equal seeds give equal lists. {@code other}
 *                  is the second P an event involves (a steal's victim), -1 when none.
 * Invariants:      SIM-I8 times never decrease along the list.
 * Differs from Go: adds events Go does not trace (steal, spill, handoff, stack copies) to teach them.
 * See:             SchedSim.trace(), SchedSimPropertiesTest (determinism).
 */
public record TraceEvent(long time, Kind kind, int p, int m, int g, int other, String detail) {
    /** An event with no second P ({@code other} is the victim P of a STEAL, else -1). */
    public TraceEvent(long time, Kind kind, int p, int m, int g, String detail) {
        this(time, kind, p, m, g, -1, detail);
    }

    public enum Kind {
        GO_CREATE, GO_START, GO_END, GO_BLOCK, GO_UNBLOCK, GO_SCHED, GO_PREEMPT, GO_SYSCALL, GO_SYSEXIT,
        STEAL, SPILL, GLOBAL_POLL, HANDOFF, NETPOLL, M_START, M_PARK, M_SPIN, STACK_GROW, STACK_SHRINK, FATAL
    }

    @Override
    public String toString() {
        return String.format("%10.3fµs %-12s %-3s %-3s %-4s %s", time / 1000.0, kind,
                p < 0 ? "-" : "P" + p, m < 0 ? "-" : "M" + m, g < 0 ? "-" : "G" + g, detail);
    }
}
