package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.errors.Errors;
import dev.golab.fmt.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ERR-03 against the defer.json and panics.json oracles (Go 1.23 programs under
 * benchmarks/go/oracle): the order defers run in, what recover() sees, and the text of the crash header.
 * The question-by-question answers are in PanicAnswersTest.
 */
@DisplayName("ERR-03 panic and recover: the Go oracle's cases")
class PanicOracleTest {
    @Test
    @DisplayName("ERR-03 oracle recover_twice: only the first recover() returns the value")
    void onlyTheFirstRecoverReturnsTheValue() {
        List<Object> seen = new ArrayList<>();
        Func.run(f -> {
            f.defer(() -> {
                seen.add(f.recover());
                seen.add(f.recover());
            });
            throw new GoPanic("p");
        });
        assertThat(seen).containsExactly("p", null);
    }

    @Test
    @DisplayName("ERR-03 oracle defers_run_during_panic_in_order: inner defers, then outer ones; the outer recover sees it")
    void defersRunInnerFirstAndOuterRecovers() {
        List<String> log = new ArrayList<>();
        Func.run(outer -> {
            outer.defer(() -> log.add("outer deferred 1"));
            outer.defer(() -> log.add("outer deferred 2 recover() = " + outer.recover()));
            Func.run(inner -> {
                inner.defer(() -> log.add("inner deferred"));
                throw new GoPanic("inner panic");
            });
        });
        assertThat(log).containsExactly("inner deferred", "outer deferred 2 recover() = inner panic", "outer deferred 1");
    }

    @Test
    @DisplayName("ERR-03 oracle panic_in_defer_replaces_earlier_panic: recover() sees the second panic")
    void panicInDeferReplacesEarlierPanic() {
        List<Object> seen = new ArrayList<>();
        Func.run(f -> {
            f.defer(() -> seen.add(f.recover()));
            f.defer(() -> {
                throw new GoPanic("second");
            });
            throw new GoPanic("first");
        });
        assertThat(seen).containsExactly("second");
    }

    @Test
    @DisplayName("ERR-03 oracle repanic_after_recover: a re-panic escapes with the new value")
    void rePanicAfterRecoverEscapesWithNewValue() {
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> {
                Object r = f.recover();
                throw new GoPanic("re: " + r);
            });
            throw new GoPanic("boom");
        })).isInstanceOf(GoPanic.class).hasMessage("re: boom");
    }

    @Test
    @DisplayName("ERR-03 oracle uncaught_stderr_header: nested panics print like Go (first [recovered], \\tpanic: second)")
    void nestedPanicHeadersMatchGo() {
        assertThat(headerOf(() -> Func.run(f -> {
            f.defer(() -> { throw new GoPanic("second"); });
            throw new GoPanic("first");
        }))).isEqualTo("panic: first\n\tpanic: second");
        assertThat(headerOf(() -> Func.run(f -> {
            f.defer(() -> { f.recover(); throw new GoPanic("second"); });
            throw new GoPanic("first");
        }))).isEqualTo("panic: first [recovered]\n\tpanic: second");
        assertThat(headerOf(() -> Func.run(f -> {
            f.defer(() -> { Object r = f.recover(); throw new GoPanic(r); });
            throw new GoPanic("first");
        }))).isEqualTo("panic: first [recovered]\n\tpanic: first");
        assertThat(headerOf(() -> Func.run(f -> {
            f.defer(() -> { throw new GoPanic("third"); });
            f.defer(() -> { throw new GoPanic("second"); });
            throw new GoPanic("first");
        }))).isEqualTo("panic: first\n\tpanic: second\n\tpanic: third");
        GoError wrapped = Fmt.errorf("wrapped: %w", Errors.newError("file does not exist"));
        assertThat(headerOf(() -> { throw new GoPanic(wrapped); })).isEqualTo("panic: wrapped: file does not exist");
    }

    private static String headerOf(Runnable r) {
        try {
            r.run();
        } catch (GoPanic p) {
            return Func.panicHeader(p);
        }
        throw new AssertionError("no panic");
    }

    @Test
    @DisplayName("ERR-03 oracle goexit_runs_defers: runtime.Goexit runs defers and recover() there is nil")
    void goexitRunsDefersAndRecoverIsNil() throws Exception {
        List<String> log = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (CrashRecorder crashes = new CrashRecorder()) {
            Go.go(() -> Func.run(f -> {
                f.defer(done::countDown);
                f.defer(() -> log.add("deferred ran, recover() = " + f.recover()));
                log.add("before Goexit");
                Go.goexit();
                log.add("never");
            }));
            done.await();
            assertThat(log).containsExactly("before Goexit", "deferred ran, recover() = null");
            assertThat(crashes.isEmpty()).isTrue();
        }
    }

    @Test
    @DisplayName("ERR-03 oracle panics.json: panic(\"boom\"), panic(42), panic(errors.New) print Go's text")
    void panicValuesPrintLikeGo() {
        assertThat(new GoPanic("boom").getMessage()).isEqualTo("boom");
        assertThat(new GoPanic(42).getMessage()).isEqualTo("42");
        assertThat(new GoPanic(Errors.newError("an error")).getMessage()).isEqualTo("an error");
        assertThat(GoPanic.of(new NullPointerException()).getMessage())
                .isEqualTo("runtime error: invalid memory address or nil pointer dereference");
        assertThat(RuntimeError.indexOutOfRange(-1, 3).getMessage()).isEqualTo("runtime error: index out of range [-1]");
    }
}
