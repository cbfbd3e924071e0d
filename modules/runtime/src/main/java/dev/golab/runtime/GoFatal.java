package dev.golab.runtime;

/*
 * Go behaviour:    `fatal error: …` (runtime.throw / fatal) cannot be recovered; the process prints
 *                  the text and exits with code 2: unlock of unlocked mutex, concurrent map writes,
 *                  all goroutines are asleep - deadlock!, stack overflow.
 * Model:           a java.lang.Error (not an Exception, so `catch (Exception)` does not swallow it and
 *                  Func's recover() never returns it). getMessage() is Go's text after "fatal error: ".
 * Invariants:      GF-I1 recover() never stops a GoFatal. GF-I2 texts are Go's (benchmarks/go/oracle/data/panics.json).
 * Differs from Go: a Java `catch (Throwable)` can still catch it; Go's cannot be caught at all. The
 *                  goroutine wrapper reports it to the crash handler, whose default exits with 2.
 * See:             PanicAnswersTest, MutexAnswersTest.
 */
public class GoFatal extends Error {
    public GoFatal(String text) {
        super(text);
    }

    public static GoFatal deadlock() {
        return new GoFatal("all goroutines are asleep - deadlock!");
    }
}
