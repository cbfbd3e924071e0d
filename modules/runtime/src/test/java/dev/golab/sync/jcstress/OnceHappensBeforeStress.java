package dev.golab.sync.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.golab.sync.Once;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * RT-04.05: the completion of f in once.Do(f) happens before any once.Do returns. Both goroutines
 * call Do, then read a config with plain (non-final) fields: each sees it fully built (sum 3).
 */
@JCStressTest
@Outcome(id = "3, 3", expect = ACCEPTABLE, desc = "both callers see the complete value")
@Outcome(id = ".*", expect = FORBIDDEN, desc = "a caller returned from Do before f finished / saw a half-built value")
@State
public class OnceHappensBeforeStress {
    static final class Config {
        int a, b;                 // plain, not final: no constructor-freeze guarantee helps
    }

    final Once once = new Once();
    Config config;                // plain

    private void init() {
        Config c = new Config();
        config = c;               // published early on purpose: only Once's edge protects readers
        c.a = 1;
        c.b = 2;
    }

    private int read() {
        once.run(this::init);
        Config c = config;
        return c == null ? -1 : c.a + c.b;
    }

    @Actor
    public void g1(II_Result r) {
        r.r1 = read();
    }

    @Actor
    public void g2(II_Result r) {
        r.r2 = read();
    }
}
