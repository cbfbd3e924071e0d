package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * RT-04.01: {@code go func(){ x = 1 }(); print(x)} — with no synchronisation nothing orders the write
 * before the read, so 0 is a legal (and common) print. Run by HappensBeforeAnswersTest.
 */
@JCStressTest
@Outcome(id = "0", expect = ACCEPTABLE_INTERESTING, desc = "print(x) ran first / did not see x = 1: prints 0")
@Outcome(id = "1", expect = ACCEPTABLE, desc = "the write happened to be visible")
@State
public class UnsyncWriteStress {
    int x;

    @Actor
    public void goroutine() {
        x = 1;
    }

    @Actor
    public void main(I_Result r) {
        r.r1 = x;
    }
}
