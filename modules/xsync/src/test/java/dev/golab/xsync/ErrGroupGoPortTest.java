package dev.golab.xsync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.runtime.Go;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** x/sync's errgroup_test.go, replayed on the model (Go's test names in the display names). */
@dev.golab.testkit.GoLeakCheck
class ErrGroupGoPortTest {
    static final GoException ERR1 = new GoException("errgroup_test: 1"), ERR2 = new GoException("errgroup_test: 2");
    static final GoException DOOM = new GoException("group_test: doomed");

    /** func() error { return err } — a null err is success. */
    static Callable<Object> returning(GoException err) {
        return () -> {
            if (err != null) throw err;
            return null;
        };
    }

    @Test
    @DisplayName("CONC-07.05 Q (Go's TestZeroGroup): does a zero Group's Wait return the first error after each Go?")
    void zeroGroupMatchesGo() {
        List<List<GoException>> cases = List.of(List.of(), Arrays.asList((GoException) null), List.of(ERR1),
                Arrays.asList(ERR1, null), Arrays.asList(ERR1, null, ERR2));
        for (List<GoException> errs : cases) {
            ErrGroup g = new ErrGroup();
            GoException first = null;
            for (GoException err : errs) {
                g.go(returning(err));
                if (first == null && err != null) first = err;
                assertThat(g.await()).as("errs %s", errs).isSameAs(first);
            }
        }
    }

    @Test
    @DisplayName("CONC-07.03/A2 Q (Go's TestWithContext, TestCancelCause): Wait's error, ctx.Done() closed, and Cause(ctx)")
    void withContextAndCancelCauseMatchGo() {
        List<List<GoException>> cases = List.of(List.of(), Arrays.asList((GoException) null), List.of(DOOM), Arrays.asList(DOOM, null));
        List<GoException> wants = Arrays.asList(null, null, DOOM, DOOM);
        for (int i = 0; i < cases.size(); i++) {
            for (boolean viaTryGo : new boolean[] {false, true}) {
                ErrGroup g = ErrGroup.withContext(Context.background());
                for (GoException err : cases.get(i)) {
                    if (viaTryGo) g.tryGo(returning(err));
                    else g.go(returning(err));
                }
                assertThat(g.await()).isSameAs(wants.get(i));
                boolean[] canceled = {false};
                Select.select(Select.recv(g.context().done(), v -> canceled[0] = true), Select.otherwise(() -> {}));
                assertThat(canceled[0]).isTrue();
                Throwable want = wants.get(i) == null ? ContextError.CANCELED : wants.get(i);
                assertThat(Context.cause(g.context())).isSameAs(want);
            }
        }
    }

    @Test
    @DisplayName("CONC-07.A1 Q (Go's TestTryGo): TryGo at, below and after the limit, and with SetLimit(0)")
    void tryGoMatchesGo() {
        ErrGroup g = new ErrGroup();
        int n = 42;
        g.setLimit(n);
        Chan<Void> ch = Chan.make();
        Callable<Object> fn = () -> { ch.send(null); return null; };
        for (int i = 0; i < n; i++) assertThat(g.tryGo(fn)).as("TryGo #%d", i).isTrue();
        assertThat(g.tryGo(fn)).isFalse();
        Go.go(() -> { for (int i = 0; i < n; i++) ch.recv(); });
        g.await();
        assertThat(g.tryGo(fn)).isTrue();
        Go.go(ch::recv);
        g.await();
        g.setLimit(1);
        assertThat(g.tryGo(fn)).isTrue();
        assertThat(g.tryGo(fn)).isFalse();
        Go.go(ch::recv);
        g.await();
        g.setLimit(0);                                                     // block all calls
        for (int i = 0; i < 1 << 10; i++) assertThat(g.tryGo(fn)).isFalse();
        g.await();
    }

    @Test
    @DisplayName("CONC-07.04 Q (Go's TestGoLimit): with SetLimit(10) and 1,025 tasks, does any see more than 10 active?")
    void goLimitMatchesGo() {
        int limit = 10;
        ErrGroup g = new ErrGroup();
        g.setLimit(limit);
        AtomicInteger active = new AtomicInteger();
        for (int i = 0; i <= 1 << 10; i++) {
            g.go(() -> {
                int n = active.incrementAndGet();
                if (n > limit) throw GoException.errorf("saw %d active goroutines; want ≤ %d", n, limit);
                Thread.yield();                                            // Go: time.Sleep(1µs) to let others in
                active.decrementAndGet();
                return null;
            });
        }
        assertThat(g.await()).isNull();
    }
}
