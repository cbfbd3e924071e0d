package dev.golab.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.fmt.Fmt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ERR-03 (panic and recover), question by question; the defer.json / panics.json oracle cases are in PanicOracleTest. */
@DisplayName("ERR-03 panic and recover")
class PanicAnswersTest {

    @Test
    @DisplayName("ERR-03.01 Q: what does panic do? (runs defers frame by frame up the stack, then crashes with exit code 2)")
    void panicRunsDefersFrameByFrameThenCrashesTheProgram() throws Exception {
        List<String> log = new ArrayList<>();
        try (CrashRecorder crashes = new CrashRecorder()) {
            Go.go(() -> Func.run(outer -> {
                outer.defer(() -> log.add("outer deferred"));
                Func.run(inner -> {
                    inner.defer(() -> log.add("inner deferred"));
                    throw new GoPanic("boom");
                });
            }));
            Crash crash = crashes.next();
            assertThat(log).containsExactly("inner deferred", "outer deferred");
            assertThat(crash.headline()).isEqualTo("panic: boom");
            assertThat(crash.report()).containsPattern("\n\ngoroutine \\d+ \\[running\\]:\n");
        }
    }

    @Test
    @DisplayName("ERR-03.01 oracle uncaught/panic_string: an unrecovered panic ends the process with exit code 2 and `panic: boom`")
    void unrecoveredPanicExitsTheProcessWithStatusTwo() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingProgram.class.getName(), "boom").start();
        String stdout = new String(p.getInputStream().readAllBytes());
        String stderr = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(stdout).isEqualTo("deferred ran\n");
        assertThat(stderr.lines().findFirst()).hasValue("panic: boom");
        assertThat(stderr).containsPattern("goroutine \\d+ \\[running\\]:");
    }

    @Test
    @DisplayName("ERR-03.02 Q: what does recover() in a deferred function do? (returns the value, the function returns normally)")
    void recoverReturnsValueAndFunctionReturnsNormally() {
        List<String> log = new ArrayList<>();
        String r = Func.<String>call(f -> {
            f.defer(() -> log.add("recover() = " + f.recover()));
            throw new GoPanic("p");
        });
        assertThat(log).containsExactly("recover() = p");
        assertThat(r).isNull();                                                // the zero value of the named result
    }

    @Test
    @DisplayName("ERR-03.03 Q: does recover() work in a helper called by the deferred function? (no: nil, the panic escapes)")
    void recoverInHelperCalledByDeferredFunctionReturnsNil() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> helper(f, log));
            throw new GoPanic("p");
        })).isInstanceOf(GoPanic.class).hasMessage("p");
        assertThat(log).containsExactly("helper recover() = null");
    }

    private static void helper(Frame<Void> f, List<String> log) {
        log.add("helper recover() = " + f.recover());
    }

    @Test
    @DisplayName("ERR-03.03 oracle defer_recover_directly: a bare `defer recover()` does not stop the panic")
    void bareDeferRecoverDoesNotStopThePanic() {
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(f::recover);                                               // defer recover()
            throw new GoPanic("p");
        })).isInstanceOf(GoPanic.class).hasMessage("p");
    }

    @Test
    @DisplayName("ERR-03.03 / CORE-05.11 Q: what does recover() return when nothing is panicking, or outside a deferred call? (nil)")
    void recoverReturnsNilWhenNotPanickingOrNotDeferred() {
        List<Object> seen = new ArrayList<>();
        Func.run(f -> {
            seen.add(f.recover());                                             // not deferred
            f.defer(() -> seen.add(f.recover()));                              // deferred, no panic
        });
        assertThat(seen).containsExactly(null, null);
    }


    @Test
    @DisplayName("ERR-03.04 Q: how does safeExecute(f) turn a panic into an error? (err == \"panic: <value>\", nil otherwise)")
    void safeExecuteTurnsPanicIntoError() {
        assertThat(safeExecute(() -> { throw new GoPanic("bad input"); }).error()).isEqualTo("panic: bad input");
        assertThat(safeExecute(() -> {})).isNull();
    }

    private static GoError safeExecute(Runnable fn) {
        return Func.<GoError>call(f -> {
            f.defer(() -> {
                Object r = f.recover();
                if (r != null) f.setResult(Fmt.errorf("panic: %v", r));
            });
            fn.run();
            return null;
        });
    }

    @Test
    @DisplayName("ERR-03.05 Q: are runtime errors (index, nil deref, divide by zero) panics with runtime.Error values? (yes)")
    void runtimeErrorsArePanicsWhoseValuesAreRuntimeErrors() {
        int[] a = new int[3];
        int[] nil = null;
        int zero = 0;
        List<Object> values = new ArrayList<>();
        for (Runnable r : List.<Runnable>of(() -> a[5] = 1, () -> values.add(nil.length), () -> values.add(1 / zero))) {
            Func.run(f -> {
                f.defer(() -> values.add(f.recover()));
                r.run();
            });
        }
        assertThat(values).allSatisfy(v -> assertThat(v).isInstanceOf(RuntimeError.class).isInstanceOf(GoError.class));
        assertThat(values).extracting(GoPanic::text).containsExactly(
                "runtime error: index out of range [5] with length 3",
                "runtime error: invalid memory address or nil pointer dereference",
                "runtime error: integer divide by zero");
    }

    @Test
    @DisplayName("ERR-03.06 Q: may a MustCompile-style constructor panic on invalid input? (yes, at initialisation)")
    void mustCompileStyleConstructorPanicsOnInvalidInput() {
        assertThat(mustCompile("a+b").pattern()).isEqualTo("a+b");
        assertThatThrownBy(() -> mustCompile("a(b")).isInstanceOf(GoPanic.class)
                .hasMessageStartingWith("regexp: Compile(`a(b`): ");
    }

    private static Pattern mustCompile(String expr) {
        try {
            return Pattern.compile(expr);
        } catch (RuntimeException e) {
            throw new GoPanic("regexp: Compile(`" + expr + "`): " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @Test
    @DisplayName("ERR-03.07 Q: does a panicking request handler take the server down? (no: per-request recovery at the boundary)")
    void perRequestRecoveryFailsOnlyThatRequest() {
        List<String> responses = new ArrayList<>();
        for (String path : List.of("/ok", "/panic", "/ok")) {
            responses.add(Func.<String>call(f -> {                              // net/http's per-conn recover
                f.defer(() -> {
                    if (f.recover() != null) f.setResult("500 Internal Server Error");
                });
                if (path.equals("/panic")) throw new GoPanic("handler bug");
                return "200 OK";
            }));
        }
        assertThat(responses).containsExactly("200 OK", "500 Internal Server Error", "200 OK");
    }

    @Test
    @DisplayName("ERR-03.08 Q: can a package panic internally but return an error at its API boundary? (yes: Parse)")
    void packageRecoversAtItsApiBoundary() {
        record Parsed(int value, GoError err) {}
        java.util.function.Function<String, Parsed> parse = input -> Func.<Parsed>call(f -> {
            f.defer(() -> {
                Object r = f.recover();
                if (r != null) f.setResult(new Parsed(0, Fmt.errorf("parse %q: %v", input, r)));
            });
            return new Parsed(parseDigits(input, 0), null);                      // panics deep inside on bad input
        });
        assertThat(parse.apply("42")).isEqualTo(new Parsed(42, null));
        assertThat(parse.apply("4x").err().error()).isEqualTo("parse \"4x\": unexpected 'x'");
    }

    private static int parseDigits(String s, int acc) {
        if (s.isEmpty()) return acc;
        char c = s.charAt(0);
        if (c < '0' || c > '9') throw new GoPanic("unexpected '" + c + "'");
        return parseDigits(s.substring(1), acc * 10 + (c - '0'));
    }

    @Test
    @DisplayName("ERR-03.A1 Q: can a goroutine recover another goroutine's panic? (no: it reaches the crash handler)")
    void aGoroutineCannotRecoverAnotherGoroutinesPanic() throws Exception {
        List<Object> recoveredInParent = new ArrayList<>();
        try (CrashRecorder crashes = new CrashRecorder()) {
            CountDownLatch started = new CountDownLatch(1);
            Func.run(f -> {
                f.defer(() -> recoveredInParent.add(f.recover()));
                Go.go(() -> {
                    started.countDown();
                    throw new GoPanic("child");
                });
                await(started);
            });
            assertThat(crashes.next().headline()).isEqualTo("panic: child");
            assertThat(recoveredInParent).containsExactly((Object) null);
        }
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("ERR-03.A2 Q: what does recover() return after panic(nil) since Go 1.21? (a *runtime.PanicNilError, non-nil)")
    void panicNilRecoversAPanicNilError() {
        List<Object> seen = new ArrayList<>();
        Func.run(f -> {
            f.defer(() -> seen.add(f.recover()));
            throw new GoPanic(null);
        });
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst()).isInstanceOf(RuntimeError.class);
        assertThat(GoPanic.text(seen.getFirst())).isEqualTo("panic called with nil argument");
    }

    @Test
    @DisplayName("ERR-03.A3 Q: can runtime.Stack(buf, false) cut the trace off? (yes: truncated to len(buf))")
    void runtimeStackTruncatesToBufferLength() {
        byte[] big = new byte[1 << 16];
        byte[] small = new byte[64];
        int full = Go.stack(big);
        int cut = Go.stack(small);
        assertThat(full).isGreaterThan(64);
        assertThat(cut).isEqualTo(64);
        assertThat(new String(small, 0, cut)).startsWith("goroutine ");
    }

    @Test
    @DisplayName("ERR-03 Q: can recover() stop a fatal error (e.g. concurrent map writes)? (no: GoFatal skips defers and recover)")
    void fatalErrorsCannotBeRecovered() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> Func.run(f -> {
            f.defer(() -> log.add("recover() = " + f.recover()));
            throw new GoFatal("concurrent map writes");
        })).isInstanceOf(GoFatal.class).hasMessage("concurrent map writes");
        assertThat(log).isEmpty();
    }
}
