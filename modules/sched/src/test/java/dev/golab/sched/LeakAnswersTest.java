package dev.golab.sched;

import dev.golab.testkit.GoLeaks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-09: goroutine leaks, seen from the scheduler (GoScheduler.live(), NumGoroutine, goroutine states). */
class LeakAnswersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private GoScheduler sched;
    private GoLeaks leaks;

    @BeforeEach
    void install() {
        sched = GoScheduler.install(2);
        leaks = GoLeaks.snapshot();
    }

    @AfterEach
    void uninstall() {
        sched.close();
    }

    /** leaky(): starts a sender, and "returns" without ever receiving (its receiver is gone). */
    private static Chan<Integer> leaky(int buffer) {
        Chan<Integer> ch = buffer == 0 ? Chan.make() : Chan.make(buffer);
        Go.go(() -> ch.send(42));
        return ch;
    }

    private void awaitBlocked(int n, WaitReason why) {
        await().atMost(PATIENCE).until(() -> leaks.extra().size() == n
                && leaks.extra().stream().allMatch(g -> g.waitReason() == why));
    }

    @Test
    @DisplayName("CONC-09.01 Q: what happens to a goroutine sending on an unbuffered channel whose receiver has returned? (blocked forever; one more goroutine)")
    void unbufferedSendWithoutReceiverBlocksForever() {
        int before = Go.numGoroutine(), liveBefore = sched.live();
        Chan<Integer> ch = leaky(0);
        awaitBlocked(1, WaitReason.CHAN_SEND);
        assertThat(Go.numGoroutine()).isEqualTo(before + 1);
        assertThat(sched.live()).as("the scheduler still holds it").isEqualTo(liveBefore + 1);
        assertThat(leaks.extra().getFirst().toString()).matches("goroutine \\d+ \\[chan send]:");
        assertThat(ch.recv()).isEqualTo(42);                        // the test cleans up its own leak
        await().atMost(PATIENCE).until(() -> Go.numGoroutine() == before);
    }

    @Test
    @DisplayName("CONC-09.02 Q: how does make(chan result, 1) fix it? (the send completes into the buffer and the goroutine exits)")
    void aBufferOfOneLetsTheSenderExit() {
        int before = Go.numGoroutine();
        Chan<Integer> ch = leaky(1);
        await().atMost(PATIENCE).until(() -> Go.numGoroutine() == before);
        assertThat(ch.len()).as("nobody received; the value waits in the buffer").isEqualTo(1);
        leaks.verifyNone(PATIENCE);
    }

    @Test
    @DisplayName("CONC-09.03 Q: when does a `for job := range jobs` worker exit? (only when jobs is closed)")
    void rangeWorkerExitsOnlyAfterClose() {
        Chan<Integer> jobs = Chan.make();
        AtomicInteger done = new AtomicInteger();
        Go.go(() -> {
            for (Integer job : jobs) done.addAndGet(job);
        });
        for (int i = 1; i <= 3; i++) jobs.send(i);
        awaitBlocked(1, WaitReason.CHAN_RECEIVE);                     // LEAK 2: all jobs done, worker still waits
        assertThat(done.get()).isEqualTo(6);
        jobs.close();                                                 // the fix
        leaks.verifyNone(PATIENCE);
    }

    @Test
    @DisplayName("CONC-09.04 Q: does a loop that never checks ctx stop when ctx is cancelled? (no; with select on ctx.Done() and default it exits at the next check)")
    void onlyALoopThatChecksDoneStops() {
        Chan<Void> done = Chan.make();                                // ctx.Done(): closed by cancel()
        AtomicBoolean testKillSwitch = new AtomicBoolean();           // not Go: lets the test end the leak it demonstrates
        AtomicInteger ignorantIterations = new AtomicInteger(), checkingIterations = new AtomicInteger();
        Goroutine ignorant = Go.go(() -> {
            while (!testKillSwitch.get()) {                           // for { doWork() } — never looks at ctx
                ignorantIterations.incrementAndGet();
                Go.gosched();
            }
        });
        Goroutine checking = Go.go(() -> {
            AtomicBoolean stop = new AtomicBoolean();
            while (!stop.get()) {
                Select.select(Select.recv(done, v -> stop.set(true)),   // case <-ctx.Done(): return
                        Select.otherwise(() -> { checkingIterations.incrementAndGet(); Go.gosched(); }));
            }
        });
        await().atMost(PATIENCE).until(() -> checkingIterations.get() > 10 && ignorantIterations.get() > 10);
        done.close();                                                 // cancel()
        await().atMost(PATIENCE).until(() -> !Goroutine.live().contains(checking));
        int after = ignorantIterations.get();
        await().atMost(PATIENCE).until(() -> ignorantIterations.get() > after + 10);
        assertThat(Goroutine.live()).as("cancelled, still running").contains(ignorant);
        testKillSwitch.set(true);
        leaks.verifyNone(PATIENCE);
    }

    @Test
    @DisplayName("CONC-09.05 Q: can a test detect a leaked goroutine? (goleak-style verifyNone fails while it leaks, passes once fixed)")
    void verifyNoneFailsOnALeakAndPassesAfterTheFix() {
        Chan<Integer> leaked = leaky(0);
        assertThatThrownBy(() -> leaks.verifyNone(Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("found unexpected goroutines:")
                .hasMessageContaining("[chan send]");
        leaked.recv();                                                // unblock it (the equivalent of fixing the code)
        leaky(1);                                                     // the fixed version leaves nothing behind
        leaks.verifyNone(PATIENCE);
    }

    @Test
    @DisplayName("CONC-09.06 Q: what does the NumGoroutine gauge show for a leaking function called repeatedly? (steady growth; flat after the fix)")
    void numGoroutineGrowsWithEachLeakyCallAndStaysFlatAfterTheFix() {
        int base = Go.numGoroutine();
        List<Chan<Integer>> leakedChans = new java.util.ArrayList<>();
        int[] gauge = new int[5];
        for (int call = 0; call < 5; call++) {
            leakedChans.add(leaky(0));
            int expected = base + call + 1;
            await().atMost(PATIENCE).until(() -> Go.numGoroutine() == expected);
            gauge[call] = Go.numGoroutine() - base;
        }
        assertThat(gauge).containsExactly(1, 2, 3, 4, 5);
        leakedChans.forEach(Chan::recv);
        await().atMost(PATIENCE).until(() -> Go.numGoroutine() == base);
        for (int call = 0; call < 5; call++) {
            leaky(1);
            await().atMost(PATIENCE).until(() -> Go.numGoroutine() == base);
        }
        assertThat(Go.numGoroutine()).isEqualTo(base);
    }
}
