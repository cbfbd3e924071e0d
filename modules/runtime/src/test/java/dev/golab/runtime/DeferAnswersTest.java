package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-06 (defer) and the defer.json oracle: each test is one executable answer. */
@DisplayName("CORE-06 defer: execution order rules and common use cases")
class DeferAnswersTest {

    @Test
    @DisplayName("CORE-06.01 Q: when do deferred calls run — on return only, or also while a panic unwinds?")
    void deferredCallsRunOnNormalReturnAndWhilePanicking() {
        List<String> log = new ArrayList<>();
        Func.run(f -> f.defer(() -> log.add("deferred on return")));
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> log.add("deferred while panicking"));
            throw new GoPanic("boom");
        })).isInstanceOf(GoPanic.class).hasMessage("boom");
        assertThat(log).containsExactly("deferred on return", "deferred while panicking");
    }

    @Test
    @DisplayName("CORE-06.02 Q: in what order do N defers run? (prop: reverse registration order)")
    void nDefersRunInReverseRegistrationOrder() {
        qt().withFixedSeed(6_02L).withExamples(200).forAll(integers().between(0, 64)).checkAssert(n -> {
            List<Integer> ran = new ArrayList<>();
            Func.run(f -> {
                for (int i = 0; i < n; i++) f.defer(i, ran::add);           // defer fmt.Println(i)
            });
            List<Integer> expected = new ArrayList<>();
            for (int i = n - 1; i >= 0; i--) expected.add(i);
            assertThat(ran).isEqualTo(expected);
        });
    }

    @Test
    @DisplayName("CORE-06.02 oracle order_lifo: body end, deferred 3, deferred 2, deferred 1")
    void lifoOrderMatchesGoOracle() {
        List<String> log = new ArrayList<>();
        Func.run(f -> {
            f.defer(() -> log.add("deferred 1"));
            f.defer(() -> log.add("deferred 2"));
            f.defer(() -> log.add("deferred 3"));
            log.add("body end");
        });
        assertThat(log).containsExactly("body end", "deferred 3", "deferred 2", "deferred 1");
    }

    @Test
    @DisplayName("CORE-06.03 Q: when are a deferred call's arguments evaluated? (x := 10; defer Println(x); x = 20)")
    void argumentsAreEvaluatedAtTheDeferStatement() {
        List<Integer> printed = new ArrayList<>();
        Func.run(f -> {
            int[] x = {10};
            f.defer(x[0], printed::add);                                      // defer fmt.Println(x)
            x[0] = 20;
        });
        assertThat(printed).containsExactly(10);
    }

    @Test
    @DisplayName("CORE-06.A1 Q: what does a deferred closure without arguments print? (the final value, 20)")
    void closureReadsTheVariableWhenItRuns() {
        List<Integer> printed = new ArrayList<>();
        Func.run(f -> {
            int[] x = {10};
            f.defer(() -> printed.add(x[0]));                                 // defer func(){ Println(x) }()
            x[0] = 20;
        });
        assertThat(printed).containsExactly(20);
    }

    @Test
    @DisplayName("CORE-06.04 Q: can a deferred closure change a named result after return? (return 3 → 6)")
    void deferredClosureRewritesNamedResultAfterReturn() {
        int r = Func.<Integer>call(f -> {
            f.defer(() -> f.setResult(f.result() * 2));                       // defer func(){ r *= 2 }()
            return 3;                                                          // return 3
        });
        assertThat(r).isEqualTo(6);
    }

    @Test
    @DisplayName("CORE-06.04 oracle: an unnamed local doubled in a defer does not change the result (3)")
    void unnamedLocalChangedInDeferDoesNotAffectResult() {
        int r = Func.<Integer>call(f -> {
            int[] x = {3};
            f.defer(() -> x[0] *= 2);
            return x[0];
        });
        assertThat(r).isEqualTo(3);
    }

    @Test
    @DisplayName("CORE-06.05 Q: how does defer + recover turn a panic into an error return? (int division by zero)")
    void recoverTurnsPanicIntoErrorReturn() {
        Result ok = divide(10, 2);
        Result bad = divide(10, 0);
        assertThat(ok).isEqualTo(new Result(5, null));
        assertThat(bad.value()).isZero();
        assertThat(bad.err()).isEqualTo("recovered: runtime error: integer divide by zero");
    }

    private static Result divide(int a, int b) {
        return Func.call(f -> {
            f.defer(() -> {
                Object r = f.recover();
                if (r != null) f.setResult(new Result(0, "recovered: " + GoPanic.text(r)));
            });
            return new Result(a / b, null);                                 // Java's / by zero becomes Go's runtime error
        });
    }

    record Result(int value, String err) {}

    @Test
    @DisplayName("CORE-06.05 seed correction: float division by zero does not panic (IEEE-754 gives +Inf)")
    void floatDivisionByZeroDoesNotPanic() {
        double r = Func.call(f -> 1.0 / 0.0);
        assertThat(r).isInfinite();
    }

    @Test
    @DisplayName("CORE-06.06 Q: is a defer inside a loop run at the end of each iteration? (no: they pile up until return)")
    void defersInALoopRunOnlyWhenTheFunctionReturns() {
        AtomicInteger closed = new AtomicInteger();
        List<Integer> openDuringLoop = new ArrayList<>();
        Func.run(f -> {
            for (int i = 0; i < 5; i++) {
                f.defer(closed::incrementAndGet);                              // defer file.Close()
                openDuringLoop.add(closed.get());
            }
        });
        assertThat(openDuringLoop).containsOnly(0);
        assertThat(closed).hasValue(5);
    }

    @Test
    @DisplayName("CORE-06 oracle loop_var_per_iteration_go122: closures capture a fresh i per iteration")
    void go122LoopVariablePerIteration() {
        List<String> log = new ArrayList<>();
        Func.run(f -> {
            for (int i = 0; i < 3; i++) {
                final int perIteration = i;                                    // Go 1.22: each iteration has its own i
                f.defer(() -> log.add("closure i=" + perIteration));
            }
        });
        assertThat(log).containsExactly("closure i=2", "closure i=1", "closure i=0");
    }

    @Test
    @DisplayName("CORE-06 oracle deferred_nil_func: a deferred nil func panics when the function returns, not at defer")
    void deferredNilFuncPanicsAtReturnNotAtDefer() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer((Runnable) null);
            log.add("body after 'defer f()' with nil f still runs");
        })).isInstanceOf(RuntimeError.class)
                .hasMessage("runtime error: invalid memory address or nil pointer dereference");
        assertThat(log).containsExactly("body after 'defer f()' with nil f still runs");
    }

    @Test
    @DisplayName("CORE-06 oracle named_results: recover sets err only, r keeps 5 set before the panic")
    void recoverKeepsNamedResultSetBeforePanic() {
        record R(int r, String err) {}
        R out = Func.<R>call(f -> {
            f.setResult(new R(5, null));
            f.defer(() -> {
                Object p = f.recover();
                if (p != null) f.setResult(new R(f.result().r(), "recovered: " + p));
            });
            throw new GoPanic("x");
        });
        assertThat(out).isEqualTo(new R(5, "recovered: x"));
    }

    @Test
    @DisplayName("CORE-06 oracle named_results: return 1; defer sets r=7 then panics; an outer defer recovers → 7")
    void deferThatSetsResultThenPanicsIsRecoveredByEarlierDefer() {
        int r = Func.<Integer>call(f -> {
            f.defer(() -> f.recover());
            f.defer(() -> {
                f.setResult(7);
                throw new GoPanic("late");
            });
            return 1;
        });
        assertThat(r).isEqualTo(7);
    }
}
