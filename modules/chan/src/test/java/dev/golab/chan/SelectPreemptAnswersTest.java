package dev.golab.chan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.Backend;
import dev.golab.runtime.Carriers;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.cont.ContRuntime;
import dev.golab.testkit.GoAwait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/*
 * RT-03.A2 at a select's default. `for { select { case <-done: return; default: } }` is how Go code
 * polls. In Go, sysmon preempts such a loop after about 10 ms (asynchronously since 1.14; before that
 * at its next call), so a goroutine queued behind it still runs. On the CONT backend sysmon's request
 * is honoured at the default case (and at `go`). On VT nothing preempts a virtual thread, so golab's
 * default case is the preemption point itself: about one default in 256 reads the clock, and once
 * 10 ms have passed the poller yields its carrier (runtime's VtPreempt). Without it, every carrier
 * polling would never run the goroutine that closes done.
 */
@DisplayName("RT-03.A2 preemption of a polling select, on both backends")
class SelectPreemptAnswersTest {
    private Backend.Kind previous;

    @AfterEach
    void restore() {
        if (previous != null) Go.runtime(previous);
    }

    @Test
    @DisplayName("RT-03.A2 Q: when every P runs a goroutine polling with select-default, does a queued goroutine still run? (yes: after ~10 ms sysmon preempts a poller at its default case)")
    void aPollingSelectIsPreemptedAtItsDefaultCase() {
        previous = Go.runtime(Backend.Kind.CONT);
        long requestsBefore = ContRuntime.shared().stats().preemptRequests();
        pollEveryProcessorThenClose(ContRuntime.shared().gomaxprocs());
        assertThat(ContRuntime.shared().stats().preemptRequests()).isGreaterThan(requestsBefore);
    }

    @Test
    @DisplayName("RT-03.A2 Q: on VT, when every carrier runs a goroutine polling with select-default, does a queued goroutine still run? (yes: once 10 ms have passed a poller yields its carrier at its default case; the JDK alone never would)")
    void aPollingSelectYieldsItsCarrierOnVt() {
        previous = Go.runtime(Backend.Kind.VT);
        int carriers = Carriers.jdkParallelism();
        long defaults = pollEveryProcessorThenClose(carriers);
        assertThat(defaults).as("select-default calls before the close").isGreaterThan(256L * carriers);
    }

    /**
     * Runs one select-default poller per processor, then, once all of them poll, a closer queued
     * behind them; asserts the closer ran and ended the pollers before their 20 s deadline. Returns
     * the number of select calls the pollers made.
     */
    private static long pollEveryProcessorThenClose(int processors) {
        Chan<Integer> done = Chan.make();
        AtomicBoolean closed = new AtomicBoolean();
        AtomicInteger polling = new AtomicInteger();
        AtomicLong selects = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<Goroutine> pollers = new ArrayList<>();
        for (int i = 0; i < processors; i++) {
            pollers.add(Go.go(() -> {
                polling.incrementAndGet();
                boolean[] over = {false};
                long n = 0;
                while (!over[0] && System.nanoTime() - deadline < 0) {   // the deadline only ends a failed run
                    Select.select(Select.recv(done, v -> over[0] = true), Select.otherwise(() -> { }));
                    n++;
                }
                selects.addAndGet(n);
            }));
        }
        GoAwait.until(() -> polling.get() == processors);    // every processor runs a poller, which never parks
        Goroutine closer = Go.go(() -> {                    // queued behind the pollers
            closed.set(true);
            done.close();
        });
        GoAwait.done(closer);
        pollers.forEach(GoAwait::done);
        assertThat(closed).as("the closer ran while every processor was polling").isTrue();
        assertThat(System.nanoTime() - deadline).as("the pollers ended by the close, not the deadline").isNegative();
        return selects.get();
    }
}
