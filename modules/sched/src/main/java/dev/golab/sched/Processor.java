package dev.golab.sched;

/*
 * Go behaviour:    a P is a scheduling context: an M must hold one to run Go code; there are exactly
 *                  GOMAXPROCS of them (runtime/runtime2.go type p; Go 1.23). See
 *                  dev.golab.runtime.proc.ProcP for its statuses.
 * Model:           the shared P (ProcP: one atomic word, generation << 3 | status; the retake CAS; the
 *                  proc run queues) with virtual-thread continuations (Runnable) as Gs and Machine
 *                  carriers as Ms, plus when the current run began.
 * Invariants:      SCHED-I5 at most one M owns a P (PROC-I8). SCHED-I6 only the owner produces into
 *                  runq (PROC-I9), which is what the shared ring's PROC-I2 requires.
 * Differs from Go: no _Pgcstop/_Pdead (no GC stop-the-world, no procresize).
 * See:             GoScheduler, Machine, Sysmon.
 */
import dev.golab.runtime.proc.ProcP;

final class Processor extends ProcP<Runnable, Machine> {
    volatile long runStartNanos;    // when the current run began

    Processor(int id) {
        super(id);
    }
}
