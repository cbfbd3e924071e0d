package dev.golab.runtime.cont;

/*
 * Go behaviour:    a P (runtime/runtime2.go type p; Go 1.23): see dev.golab.runtime.proc.ProcP.
 * Model:           the shared P with continuation Gs and ContM owners; the status word, its tenure
 *                  generation and the retake CAS are ProcP's, the queues are proc's LocalRunQueue.
 * Invariants:      CONT-I4 at most one M owns a P (PROC-I8). CONT-I5 only the owner produces into
 *                  runq (PROC-I9).
 * Differs from Go: see ProcP.
 * See:             ContM, ContSysmon, ContRuntime.
 */
import dev.golab.runtime.proc.ProcP;

final class ContP extends ProcP<ContG, ContM> {
    ContP(int id) {
        super(id);
    }
}
