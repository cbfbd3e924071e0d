package dev.golab.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.sync.WaitGroup;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GoAwait's failure is a dump, as `go test -timeout` ends a stuck test with every goroutine's stack:
 * a stress test that times out names the goroutine it waited for, where it is blocked, and the
 * goroutines around it.
 */
@DisplayName("CONC-09 a stuck wait: the timeout reports a Go-style dump")
class GoAwaitTest {

    @Test
    @DisplayName("CONC-09 Q: when a goroutine never finishes, what does the test's timeout show? (its header with the wait reason, its stack, and the other live goroutines)")
    void aGoroutineThatNeverFinishesFailsWithADumpOfItAndItsNeighbours() {
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        Goroutine stuck = Go.go(wg::await);
        Goroutine neighbour = Go.go(wg::await);
        GoAwait.blocked(java.util.List.of(stuck, neighbour), WaitReason.SYNC_WAITGROUP_WAIT);

        assertThatThrownBy(() -> GoAwait.done(stuck, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("goroutine " + stuck.id() + " did not finish within PT0.05S\n"
                        + "goroutine " + stuck.id() + " [sync.WaitGroup.Wait]:\n\t")
                .hasMessageContaining("\ngoroutine " + neighbour.id() + " [sync.WaitGroup.Wait]:\n\t")
                .hasMessageContaining("WaitGroup.await");

        wg.done();
        GoAwait.done(stuck);
        GoAwait.done(neighbour);
        assertThat(stuck.isDone()).isTrue();
    }
}
