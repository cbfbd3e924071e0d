package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RT-04.A3 contrast: Dekker with PLAIN fields. Each goroutine's store may sit in its store buffer
 * while it loads the other variable, so both can read 0 — even on x86. Compare AtomicSeqCstStress.
 */
@JCStressTest
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "some interleaving")
@Outcome(id = "0, 0", expect = ACCEPTABLE_INTERESTING, desc = "store-load reordering: not sequentially consistent")
@State
public class PlainStoreBufferStress {
    int x, y;

    @Actor
    public void g1(II_Result r) {
        x = 1;
        r.r1 = y;
    }

    @Actor
    public void g2(II_Result r) {
        y = 1;
        r.r2 = x;
    }
}
