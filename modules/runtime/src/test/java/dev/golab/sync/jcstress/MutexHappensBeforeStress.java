package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.golab.sync.Mutex;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RT-04.04: Unlock n happens before Lock m returns (n < m). Plain fields written under the lab Mutex
 * are seen together by the next holder: never half of them.
 */
@JCStressTest
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "reader locked first")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "reader locked second and sees both writes")
@Outcome(id = {"1, 0", "0, 2"}, expect = FORBIDDEN, desc = "a write made under the mutex not visible to the next holder")
@State
public class MutexHappensBeforeStress {
    final Mutex m = new Mutex();
    int x, y;                     // plain: only the Mutex orders them

    @Actor
    public void writer() {
        m.lock();
        x = 1;
        y = 2;
        m.unlock();
    }

    @Actor
    public void reader(II_Result r) {
        m.lock();
        r.r1 = x;
        r.r2 = y;
        m.unlock();
    }
}
