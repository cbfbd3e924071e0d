package dev.golab.testkit;

/*
 * Go behaviour:    go.uber.org/goleak's VerifyNone: after a test, any goroutine that was not there
 *                  before and is still alive is a leak (RT-07, CONC-09: a goroutine blocked forever on a
 *                  channel nobody will touch keeps itself and everything it references alive).
 * Model:           a JUnit 5 extension over GoLeaks: snapshot the live goroutines before each test;
 *                  after it, give new ones a grace period to exit, then fail listing each leaked one as
 *                  Go prints it (`goroutine 7 [chan receive]:`) followed by its Java stack.
 * Invariants:      LC-I1 goroutines that existed before the test are never reported. LC-I2 a goroutine that
 *                  exits within the grace period is not a leak.
 * Differs from Go: goleak inspects runtime.Stack text; here the lab's registry and thread stacks.
 * See:             GoLeakCheckAnswersTest.
 */
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GoLeakCheck.Extension.class)
public @interface GoLeakCheck {
    /** How long new goroutines may take to exit after the test body returns. */
    long graceMillis() default 1000;

    final class Extension implements BeforeEachCallback, AfterEachCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GoLeakCheck.class);

        @Override
        public void beforeEach(ExtensionContext ctx) {
            ctx.getStore(NS).put("before", GoLeaks.snapshot());
        }

        @Override
        public void afterEach(ExtensionContext ctx) {
            GoLeaks before = (GoLeaks) ctx.getStore(NS).get("before");
            long grace = ctx.getElement().map(e -> e.getAnnotation(GoLeakCheck.class))
                    .or(() -> ctx.getTestClass().map(c -> c.getAnnotation(GoLeakCheck.class)))
                    .map(GoLeakCheck::graceMillis).orElse(1000L);
            before.verifyNone(Duration.ofMillis(grace));
        }
    }
}
