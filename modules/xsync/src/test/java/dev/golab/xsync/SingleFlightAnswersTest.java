package dev.golab.xsync;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.golab.testkit.GoAwait.await;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.CrashRecorder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SingleFlightAnswersTest {
    final SingleFlight<String> g = new SingleFlight<>();
    final AtomicInteger calls = new AtomicInteger();
    final Chan<Void> gate = Chan.make();
    CrashRecorder unexpected;

    @org.junit.jupiter.api.BeforeEach
    void recordCrashes() {
        unexpected = new CrashRecorder();
    }

    @org.junit.jupiter.api.AfterEach
    void noUnexpectedCrash() {
        unexpected.close();
        assertThat(unexpected.crashes()).as("goroutines that crashed").isEmpty();
    }

    /** fn: counts its execution, then blocks until the test opens the gate. */
    String slowFetch() {
        int n = calls.incrementAndGet();
        gate.recv();
        return "v" + n;
    }

    /** Starts n callers of execute(key, slowFetch) and waits until all n-1 duplicates have joined. */
    List<SingleFlight.Result<String>> herd(int n) {
        List<SingleFlight.Result<String>> results = new CopyOnWriteArrayList<>();
        CountDownLatch returned = new CountDownLatch(n);
        for (int i = 0; i < n; i++) Go.go(() -> {
            results.add(g.execute("k", this::slowFetch));
            returned.countDown();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> g.duplicates("k") == n - 1);
        gate.close();
        await().until(() -> returned.getCount() == 0);
        return results;
    }

    @Test
    @DisplayName("CONC-11.01 Q: while a call for K is in flight, do concurrent Do(K) calls run fn again? (no, all get its result)")
    void concurrentCallersShareOneExecutionAndOneResult() {
        List<SingleFlight.Result<String>> results = herd(50);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(results).hasSize(50).allSatisfy(r -> assertThat(r.value()).isEqualTo("v1"));
    }

    @Test
    @DisplayName("CONC-11.02 Q: who gets shared == true? (every caller, the one that ran fn too — if anyone joined)")
    void sharedIsTrueForEveryCallerIncludingTheLeaderWhenDuplicatesJoined() {
        assertThat(herd(5)).allSatisfy(r -> assertThat(r.shared()).isTrue());
        SingleFlight.Result<String> alone = g.execute("solo", () -> "x");
        assertThat(alone.shared()).isFalse();
    }

    @Test
    @DisplayName("CONC-11.03 Q: do calls with different keys block each other? (no, they run concurrently)")
    void differentKeysRunConcurrently() {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Chan<Boolean> finished = Chan.make(2);
        for (String key : List.of("a", "b")) Go.go(() -> finished.send(g.execute(key, () -> {
            bothRunning.countDown();
            return String.valueOf(bothRunning.await(10, TimeUnit.SECONDS));   // true only if the other fn runs too
        }).value().equals("true")));
        assertThat(finished.recv() && finished.recv()).isTrue();
    }

    @Test
    @DisplayName("CONC-11.04 Q: is the result cached after the call returns? (no, the next Do runs fn again)")
    void nothingIsCachedOnceTheCallReturns() {
        assertThat(g.execute("k", () -> "v" + calls.incrementAndGet()).value()).isEqualTo("v1");
        assertThat(g.inFlight()).isZero();
        assertThat(g.execute("k", () -> "v" + calls.incrementAndGet()).value()).isEqualTo("v2");
    }

    @Test
    @DisplayName("CONC-11.05 Q: are errors shared too? (every waiter gets the very same error value)")
    void errorsAreSharedWithEveryWaiter() {
        GoException boom = new GoException("backend down");
        List<Throwable> errs = new CopyOnWriteArrayList<>();
        CountDownLatch returned = new CountDownLatch(4);
        for (int i = 0; i < 4; i++) Go.go(() -> {
            errs.add(g.execute("k", () -> { slowFetch(); throw boom; }).err());
            returned.countDown();
        });
        await().until(() -> g.duplicates("k") == 3);
        gate.close();
        await().until(() -> returned.getCount() == 0);
        assertThat(errs).hasSize(4).allSatisfy(e -> assertThat(e).isSameAs(boom));
    }

    @Test
    @DisplayName("CONC-11.06 Q: can a DoChan caller stop waiting on ctx.Done()? (yes; the call keeps running; the channel is never closed)")
    void doChanCallerCanGiveUpWhileTheCallKeepsRunning() {
        CancelContext ctx = Context.withCancel(Context.background());
        Chan<SingleFlight.Result<String>> ch = g.executeChan("k", this::slowFetch);
        ctx.cancel();
        int chosen = Select.select(Select.recv(ch), Select.recv(ctx.done()));
        assertThat(chosen).isEqualTo(1);                                   // gave up: ctx won
        assertThat(g.inFlight()).isEqualTo(1);                             // ... but fn is still running
        gate.close();
        SingleFlight.Result<String> late = ch.recv();
        assertThat(late).isEqualTo(new SingleFlight.Result<>("v1", null, false));
        int[] after = {-1};
        Select.select(Select.recvOk(ch, (v, ok) -> after[0] = ok ? 1 : 0), Select.otherwise(() -> after[0] = 2));
        assertThat(after[0]).as("not closed: a second receive would block").isEqualTo(2);
    }

    @Test
    @DisplayName("CONC-11.07 Q: how many backend calls do 1,000 concurrent misses for one key cause? (one)")
    void thunderingHerdOfAThousandCausesOneBackendCall() {
        assertThat(herd(1000)).hasSize(1000);
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("CONC-11.A1 Q: after Forget(K), does the next Do(K) wait for the old call? (no, fn runs again at once)")
    void forgetMakesTheNextCallRunFnEvenWhileTheOldOneIsInFlight() {
        Chan<String> first = Chan.make(1);
        Go.go(() -> first.send(g.execute("k", this::slowFetch).value()));
        await().until(() -> calls.get() == 1);
        g.forget("k");
        assertThat(g.execute("k", () -> "fresh-" + calls.incrementAndGet()).value()).isEqualTo("fresh-2");
        gate.close();
        assertThat(first.recv()).isEqualTo("v1");
    }

    @Test
    @DisplayName("CONC-11.A2 Q: what happens to waiters when fn panics or calls runtime.Goexit? (re-raised in each)")
    void panicAndGoexitInFnAreReRaisedInEveryWaiter() {
        Chan<Object> outcomes = Chan.make(3);
        for (int i = 0; i < 3; i++) Go.go(() -> Func.run(f -> {
            f.defer(() -> {
                Object r = f.recover();                                    // defer func() { r := recover() }()
                outcomes.send(r == null ? "no panic" : r);
            });
            g.execute("p", () -> { slowFetch(); throw new GoPanic("boom"); });
        }));
        await().until(() -> g.duplicates("p") == 2);
        gate.close();
        for (int i = 0; i < 3; i++) {
            assertThat(outcomes.recv()).isInstanceOfSatisfying(PanicError.class, pe -> {
                assertThat(pe.value()).isEqualTo("boom");
                assertThat(pe.error()).startsWith("boom\n\n");           // value + stack of the goroutine that ran fn
            });
        }

        Chan<String> exits = Chan.make(3);
        Chan<Void> gate2 = Chan.make();
        for (int i = 0; i < 3; i++) Go.go(() -> Func.run(f -> {
            f.defer(() -> exits.send("deferred ran, after-Do code skipped"));
            g.execute("x", () -> { gate2.recv(); Go.goexit(); return null; });
            exits.send("returned normally");
        }));
        await().until(() -> g.duplicates("x") == 2);
        gate2.close();
        for (int i = 0; i < 3; i++) assertThat(exits.recv()).isEqualTo("deferred ran, after-Do code skipped");
    }

    @Test
    @DisplayName("CONC-11.A2 Q: what if fn panics while DoChan callers wait? (the process crashes: `go panic(e)`)")
    void panicWithDoChanWaitersCrashesTheProcess() {
        g.executeChan("k", () -> { throw new GoPanic("boom"); });
        await().until(() -> !unexpected.crashes().isEmpty());
        assertThat(unexpected.crashes().getFirst().headline()).startsWith("panic: boom");
        unexpected.clear();                                            // expected: Go would exit with status 2
    }
}
