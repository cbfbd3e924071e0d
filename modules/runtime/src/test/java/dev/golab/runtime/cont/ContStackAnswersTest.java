package dev.golab.runtime.cont;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-09 leak reports and dumps on the continuation runtime: a parked G's own frames, read without racing its wake-up. */
@DisplayName("CONC-09 goroutine stacks in leak reports on the continuation runtime")
class ContStackAnswersTest {

    @Test
    @DisplayName("CONC-09.05 Q: what does a leak report show for a goroutine parked on the continuation runtime? (its own "
            + "frames, innermost first, as Go's traceback of a _Gwaiting G)")
    void aParkedGoroutinesStackShowsTheMethodItParkedIn() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            Turns turns = new Turns(1);
            CountDownLatch done = new CountDownLatch(1);
            ContG g = rt.go(() -> {
                parkedInsideThisMethod(turns);
                done.countDown();
            }, "parker");
            await().until(() -> g.status().equals("waiting"));
            StackTraceElement[] frames = g.stackTrace();
            assertThat(Arrays.stream(frames).map(StackTraceElement::getMethodName))
                    .contains("park", "await", "parkedInsideThisMethod");
            assertThat(frames[frames.length - 1].getClassName()).as("outermost: the G's body, none of its M's frames")
                    .isEqualTo(ContStackAnswersTest.class.getName());
            assertThat(g.status()).as("the scan put it back").isEqualTo("waiting");
            turns.pass(0);
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            await().until(g::isDone);
            assertThat(g.stackTrace()).as("a finished G has no stack").isEmpty();
        }
    }

    @Test
    @DisplayName("CONC-09.05 Q: can reading a parked G's stack race its goready? (no: ready waits for the scan, as "
            + "casgstatus waits for the _Gscan bit; no wake-up is lost)")
    void stackReadsDuringAHandOffStormLoseNoWakeUp() throws Exception {
        try (ContRuntime rt = ContRuntime.start(2)) {
            int rounds = 20_000;
            Turns turns = new Turns(0);
            AtomicLong counter = new AtomicLong();
            CountDownLatch done = new CountDownLatch(2);
            ContG[] players = new ContG[2];
            for (int me = 0; me < 2; me++) {
                int self = me;
                players[me] = rt.go(() -> {
                    for (int i = 0; i < rounds; i++) {
                        turns.await(self);
                        counter.incrementAndGet();
                        turns.pass(1 - self);
                    }
                    done.countDown();
                }, "player" + me);
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger withFrames = new AtomicInteger();
            Thread reader = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    for (ContG p : players) {
                        if (p.stackTrace().length > 0) withFrames.incrementAndGet();
                    }
                }
            });
            try {
                assertThat(done.await(60, TimeUnit.SECONDS)).as("both players finish").isTrue();
            } finally {
                stop.set(true);
                reader.join();
            }
            assertThat(counter.get()).isEqualTo(2L * rounds);
            assertThat(withFrames.get()).as("some reads caught a parked player").isPositive();
        }
    }

    private static void parkedInsideThisMethod(Turns turns) {
        turns.await(0);
    }

    @Test
    @DisplayName("RT-03.08 Q: what does a goroutine that has not run yet hold? (its G and its function; Java difference: "
            + "Go gives a G its stack at `go`, here the continuation is made at the first run and dropped at the end)")
    void aQueuedGoroutineHoldsNoContinuationUntilItRunsJavaDifference() throws Exception {
        try (ContRuntime rt = ContRuntime.start(1)) {
            Turns turns = new Turns(1);
            AtomicBoolean queuedHadStack = new AtomicBoolean(true);
            ContG[] child = new ContG[1];
            CountDownLatch parentDone = new CountDownLatch(1);
            rt.go(() -> {
                child[0] = rt.go(() -> turns.await(0), "child");   // queued: the parent holds the one P
                queuedHadStack.set(child[0].stack != null);
                parentDone.countDown();
            }, "parent");
            assertThat(parentDone.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(queuedHadStack.get()).as("queued, not yet run").isFalse();
            await().until(() -> child[0].status().equals("waiting"));
            assertThat(child[0].stack).as("parked: its frames live in the continuation").isNotNull();
            turns.pass(0);
            await().until(child[0]::isDone);
            assertThat(child[0].stack).as("ended: the continuation is dropped").isNull();
        }
    }
}
