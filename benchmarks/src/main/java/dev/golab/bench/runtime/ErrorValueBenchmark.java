package dev.golab.bench.runtime;

/*
 * Question (ERR-01.04, ERR-05.03): why does Go return errors as values? Returning a value involves no
 * unwinding and no stack capture. Here, on the error path: return a GoError value, throw an exception
 * with a stack trace, throw one without (writableStackTrace=false), and wrap with a stack-capturing
 * StackError (pkg/errors style). Expect: value ≈ stackless throw (once inlined) << stack trace capture.
 * The trap: a preallocated exception is free to throw — that measures nothing about stack capture.
 * Run: ./golab bench ErrorValueBenchmark
 */
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.errors.StackError;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ErrorValueBenchmark {
    static final GoError NOT_FOUND = Errors.newError("not found");

    @Param({"true", "false"})
    public boolean fail;

    static final class Failure extends RuntimeException {
        Failure(boolean stack) {
            super("not found", null, false, stack);
        }
    }

    private GoError lookupValue() {
        return fail ? NOT_FOUND : null;
    }

    private int lookupThrows(boolean stack) {
        if (fail) throw new Failure(stack);
        return 1;
    }

    @Benchmark
    public GoError returnErrorValue() {
        return lookupValue();
    }

    @Benchmark
    public int throwWithStackTrace() {
        try {
            return lookupThrows(true);
        } catch (Failure f) {
            return -1;
        }
    }

    @Benchmark
    public int throwWithoutStackTrace() {
        try {
            return lookupThrows(false);
        } catch (Failure f) {
            return -1;
        }
    }

    @Benchmark
    public GoError wrapWithStack() {
        return StackError.wrap(lookupValue(), "lookup");
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
