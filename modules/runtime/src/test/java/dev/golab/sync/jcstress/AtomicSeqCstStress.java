package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RT-04.A3: since Go 1.19 sync/atomic is sequentially consistent, exactly like Java's volatile /
 * AtomicInteger.get/set. Dekker: at least one goroutine must see the other's store, never (0, 0).
 */
@JCStressTest
@Outcome(id = {"0, 1", "1, 0", "1, 1"}, expect = ACCEPTABLE, desc = "an interleaving of SC atomics")
@Outcome(id = "0, 0", expect = FORBIDDEN, desc = "would violate sequential consistency")
@State
public class AtomicSeqCstStress {
    final AtomicInteger x = new AtomicInteger(), y = new AtomicInteger();

    @Actor
    public void g1(II_Result r) {
        x.set(1);                 // atomic.StoreInt32(&x, 1)
        r.r1 = y.get();           // atomic.LoadInt32(&y)
    }

    @Actor
    public void g2(II_Result r) {
        y.set(1);
        r.r2 = x.get();
    }
}
