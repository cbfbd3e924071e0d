package dev.golab.xsync;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.CrashRecorder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** x/sync's singleflight_test.go, replayed on the model (Go's test names in the display names). */
class SingleFlightGoPortTest {
    final SingleFlight<Object> g = new SingleFlight<>();

    @Test
    @DisplayName("CONC-11.A1 Q (Go's TestForget, golang/go#31420): after Forget, whose result does a later joiner get? (the newer call's)")
    void forgetDoesNotLetAnOldCallDeleteTheNewOne() {
        Chan<Void> firstStarted = Chan.make(), unblockFirst = Chan.make(), firstFinished = Chan.make();
        Go.go(() -> g.execute("key", () -> {
            firstStarted.close();
            unblockFirst.recvOk();
            firstFinished.close();
            return null;
        }));
        firstStarted.recvOk();
        g.forget("key");
        Chan<Void> unblockSecond = Chan.make();
        Chan<SingleFlight.Result<Object>> second = g.executeChan("key", () -> { unblockSecond.recvOk(); return 2; });
        unblockFirst.close();
        firstFinished.recvOk();
        await().until(() -> g.inFlight() == 1);                          // the first call has left; the second remains
        Chan<SingleFlight.Result<Object>> third = g.executeChan("key", () -> 3);
        unblockSecond.close();
        second.recv();
        assertThat(third.recv().value()).isEqualTo(2);
    }

    @Test
    @DisplayName("CONC-11.01 Q (Go's TestDoDupSuppress): with 10 callers, how many calls run? (more than 0, fewer than 10)")
    void duplicatesAreSuppressed() {
        AtomicInteger calls = new AtomicInteger();
        Chan<String> c = Chan.make(1);
        Chan<Void> firstIn = Chan.make(1);
        int n = 10;
        Chan<Object> results = Chan.make(n);
        for (int i = 0; i < n; i++) Go.go(() -> results.send(g.execute("key", () -> {
            if (calls.incrementAndGet() == 1) firstIn.send(null);
            String v = c.recv();
            c.send(v);                                                    // pump for any later call
            return v;
        }).value()));
        firstIn.recv();
        await().until(() -> g.duplicates("key") == n - 1);               // Go sleeps 10 ms; we wait for the joiners
        c.send("bar");
        for (int i = 0; i < n; i++) assertThat(results.recv()).isEqualTo("bar");
        assertThat(calls.get()).isBetween(1, n - 1);
    }

    @Test
    @DisplayName("CONC-11.A2 Q (Go's TestPanicDo, TestGoexitDo): do 5 callers of a panicking / Goexit-ing fn all end? (5 panics; 5 quiet exits)")
    void panicAndGoexitReachEveryCallerWithoutHanging() {
        Chan<Boolean> panicked = Chan.make(5);
        for (int i = 0; i < 5; i++) Go.go(() -> Func.run(f -> {
            f.defer(() -> panicked.send(f.recover() != null));
            g.execute("key", () -> { throw new GoPanic("invalid memory address or nil pointer dereference"); });
        }));
        int panics = 0;
        for (int i = 0; i < 5; i++) if (panicked.recv()) panics++;
        assertThat(panics).isEqualTo(5);

        Chan<String> exited = Chan.make(5);
        for (int i = 0; i < 5; i++) Go.go(() -> Func.run(f -> {
            f.defer(() -> exited.send("exited"));
            g.execute("key2", () -> { Go.goexit(); return null; });
        }));
        for (int i = 0; i < 5; i++) assertThat(exited.recv()).isEqualTo("exited");
    }

    @Test
    @DisplayName("CONC-11.A2 Q (Go's TestPanicDoSharedByDoChan): a Do panics while a DoChan caller waits? (the program crashes)")
    void panicInDoSharedByADoChanWaiterCrashes() {
        try (CrashRecorder crashes = new CrashRecorder()) {
            Chan<Void> blocked = Chan.make(), unblock = Chan.make();
            Go.go(() -> Func.run(f -> {
                f.defer(() -> f.recover());                              // defer func() { recover() }()
                g.execute("", () -> {
                    blocked.close();
                    unblock.recvOk();
                    throw new GoPanic("Panicking in Do");
                });
            }));
            blocked.recvOk();
            Chan<SingleFlight.Result<Object>> ch = g.executeChan("", () -> { throw new GoPanic("DoChan unexpectedly executed callback"); });
            unblock.close();
            await().until(() -> !crashes.crashes().isEmpty());
            assertThat(crashes.crashes().getFirst().headline()).startsWith("panic: Panicking in Do");
            assertThat(ch.len()).as("DoChan never returns").isZero();
        }
    }
}
