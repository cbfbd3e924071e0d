package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import dev.golab.runtime.Backend;
import dev.golab.runtime.CrashRecorder;
import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-06 defer/recover on the continuation runtime, where a goroutine is not a thread. */
@DisplayName("CORE-06 defer and recover on the continuation runtime")
class ContFrameAnswersTest {

    @Test
    @DisplayName("CORE-06.05 Q: does recover() still work after the goroutine parked and resumed on another M? (yes: "
            + "a frame belongs to its goroutine, not to the carrier thread it started on)")
    void recoverWorksAfterTheGoroutineResumedOnAnotherM() {
        assumeThat(ContRuntime.shared().gomaxprocs()).as("a second M needs a second P").isGreaterThanOrEqualTo(2);
        Backend.Kind previous = Go.runtime(Backend.Kind.CONT);
        AtomicBoolean stop = new AtomicBoolean();
        try (CrashRecorder crashes = new CrashRecorder()) {       // an unrecovered panic is recorded, not exit 2
            Goroutine churn = Go.go(() -> {                        // keeps the other M taking from the global queue
                while (!stop.get()) Go.gosched();
            });
            AtomicReference<Object> recovered = new AtomicReference<>("defer not run");
            AtomicBoolean moved = new AtomicBoolean();
            Goroutine g = Go.go(() -> Func.run(f -> {
                f.defer(() -> recovered.set(f.recover()));
                ContM start = ContRuntime.currentM();
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (ContRuntime.currentM() == start && System.nanoTime() < deadline) Go.gosched();
                moved.set(ContRuntime.currentM() != start);
                throw new GoPanic("boom");
            }));
            await().until(g::isDone);
            stop.set(true);
            await().until(churn::isDone);
            assertThat(moved).as("the goroutine resumed on another M").isTrue();
            assertThat(recovered.get()).isEqualTo("boom");
            assertThat(crashes.crashes()).as("the panic was recovered").isEmpty();
        } finally {
            stop.set(true);
            Go.runtime(previous);
        }
    }
}
