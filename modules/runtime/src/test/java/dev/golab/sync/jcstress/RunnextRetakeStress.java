package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.golab.runtime.proc.ProcP;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RT-03.04 (CONT-I11): a G readies another into runnext of its own P while sysmon retakes that P.
 * The G swaps into runnext and then reads the P word (ContRuntime.runqputFromG); sysmon CASes the
 * word and then reads the queue (Schedt.handoffp). Both are sequentially consistent, so at least one
 * side sees the other: the G takes its entry back, or sysmon finds work and starts an M for the P.
 * Never both miss, which would strand the readied G on a P nobody runs.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "the G saw its P; sysmon saw the G in runnext and starts an M")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "the G saw the retake and took its entry back to the global queue")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "both saw each other: the started M finds the queue empty")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "stranded: the G left its entry on a P sysmon thought empty")
@Outcome(id = {"2, 0", "2, 1"}, expect = FORBIDDEN, desc = "the entry vanished: nobody else takes it here")
@State
public class RunnextRetakeStress {
    final ProcP<String, Thread> p = new ProcP<>(0);
    final long gen;

    public RunnextRetakeStress() {
        gen = p.acquire(null);
        p.enterG(gen);
    }

    @Actor
    public void readyingG(II_Result r) {
        p.runq.swapRunnext("g");
        if (p.word() == ProcP.word(gen, ProcP.IN_G)) r.r1 = 0;      // left on the P
        else r.r1 = p.runq.withdrawRunnext("g") ? 1 : 2;            // retaken: take it back
    }

    @Actor
    public void sysmon(II_Result r) {
        if (p.retake(gen)) r.r2 = p.runq.isEmpty() ? 0 : 1;         // handoffp: work → startm
        else r.r2 = 9;
    }
}
