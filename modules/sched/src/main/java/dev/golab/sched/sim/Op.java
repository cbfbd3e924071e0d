package dev.golab.sched.sim;

/*
 * Go behaviour:    what a goroutine does, as far as the scheduler can tell: compute (with or without
 *                  function calls, i.e. preemption points), blocking syscalls, network waits, `go`,
 *                  Gosched, parking and readying another G, calls that need stack.
 * Model:           a G's program is a list of Ops run in order; timed ops take simulated ns.
 * Invariants:      SIM-I9 durations > 0. SIM-I10 a program ends (a finite list).
 * Differs from Go: programs are scripts, not code; a Run op with safePoints=false is a tight loop
 *                  without calls (only async preemption can stop it).
 * See:             SchedSim, Scenarios.
 */
import java.util.List;

public sealed interface Op {
    /** Compute for {@code ns}. {@code safePoints}: the loop calls functions (cooperative preemption works). */
    record Run(long ns, boolean safePoints) implements Op {}

    /** A blocking syscall of {@code ns}: the G keeps its M; its P may be handed off. */
    record Syscall(long ns) implements Op {}

    /** Wait {@code ns} for a network fd to become ready (netpoller); the G parks, the M does not block. */
    record NetWait(long ns) implements Op {}

    /** {@code go f()} with f's program. */
    record Spawn(List<Op> program) implements Op {}

    /** runtime.Gosched(). */
    record Yield() implements Op {}

    /** Park until another G readies this one (a channel receive); a ready that came first is kept. */
    record Park() implements Op {}

    /** Ready goroutine {@code g} (a channel send that wakes a receiver): goes to this P's runnext. */
    record Ready(int g) implements Op {}

    /** Call a function with a {@code bytes}-byte frame (the prologue may grow the stack). */
    record Call(int bytes) implements Op {}

    /** Return from the newest call. */
    record Ret() implements Op {}

    /** The program in Go syntax (how a failing property prints its input). */
    static String toGo(List<Op> program) {
        StringBuilder b = new StringBuilder();
        for (Op op : program) {
            b.append(switch (op) {
                case Run r -> (r.safePoints() ? "work" : "tightLoop") + "(" + r.ns() / 1000 + " * time.Microsecond)";
                case Syscall s -> "syscall.Read(fd) // blocks " + s.ns() / 1000 + "µs";
                case NetWait n -> "conn.Read(buf) // ready after " + n.ns() / 1000 + "µs";
                case Spawn sp -> "go func() { " + toGo(sp.program()) + "}()";
                case Yield y -> "runtime.Gosched()";
                case Park p -> "<-wake";
                case Ready r -> "wake" + r.g() + " <- struct{}{}";
                case Call c -> "f() // " + c.bytes() + "-byte frame {";
                case Ret r -> "}";
            }).append("; ");
        }
        return b.toString();
    }

    static Op run(long micros) {
        return new Run(micros * 1_000, true);
    }

    static Op tightLoop(long micros) {
        return new Run(micros * 1_000, false);
    }

    static Op syscall(long micros) {
        return new Syscall(micros * 1_000);
    }

    static Op netWait(long micros) {
        return new NetWait(micros * 1_000);
    }

    static Op spawn(Op... program) {
        return new Spawn(List.of(program));
    }
}
