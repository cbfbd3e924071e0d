package dev.golab.context;

import static dev.golab.context.ContextStates.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.golab.testkit.GoAwait.await;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import main.keyA;
import main.keyB;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@dev.golab.testkit.GoLeakCheck
class ContextAnswersTest {
    @Test
    @DisplayName("CONC-04.01 Q: are Background() and TODO() ever cancelled?")
    void backgroundAndTodoAreNeverCancelledAndHaveNilDone() {
        for (Context root : new Context[] {Context.background(), Context.todo()}) {
            assertThat(root.done().isNil()).isTrue();
            assertThat(root.err()).isNull();
            assertThat(root.deadline()).isEmpty();
        }
    }

    @Test
    @DisplayName("CONC-04.02 Q: what does cancel() do, and is calling it twice harmful?")
    void cancelClosesDoneSetsCanceledAndIsIdempotent() {
        CancelContext ctx = Context.withCancel(Context.background());
        Chan<Void> done = ctx.done();
        assertThat(ctx.err()).isNull();
        ctx.cancel();
        assertThat(done.recvOk().ok()).isFalse();                        // closed: receive returns at once
        assertThat(ctx.err()).isSameAs(ContextError.CANCELED);
        ctx.cancel();
        assertThat(ctx.err()).isSameAs(ContextError.CANCELED);
        assertThat(ctx.done()).isSameAs(done);
    }

    @Test
    @DisplayName("CONC-04.04 Q: when does a WithTimeout context end, and what if cancel() comes first? (virtual clock)")
    void timeoutClosesDoneAtTheDeadlineWithDeadlineExceededAndCancelFirstGivesCanceled() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext t = Context.withTimeout(Context.background(), Duration.ofSeconds(5));
            CancelContext d = Context.withDeadline(Context.background(), clock.now().plusSeconds(5));
            CancelContext early = Context.withTimeout(Context.background(), Duration.ofSeconds(5));
            clock.advance(Duration.ofMillis(4999));
            assertThat(t.err()).isNull();
            early.cancel();
            clock.advance(Duration.ofMillis(1));
            assertThat(t.err()).isSameAs(ContextError.DEADLINE_EXCEEDED);
            assertThat(d.err()).isSameAs(ContextError.DEADLINE_EXCEEDED);
            assertThat(state(t).get("done")).isEqualTo("closed");
            assertThat(early.err()).isSameAs(ContextError.CANCELED);
        });
    }

    @Test
    @DisplayName("CONC-04.05 Q: what does forgetting cancel() leak, and what does defer cancel() release?")
    void forgottenCancelLeavesChildRegisteredAndTimerArmedUntilParentEnds() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext parent = Context.withCancel(Context.background());
            for (int i = 0; i < 3; i++) Context.withTimeout(parent, Duration.ofHours(1));   // cancel forgotten
            assertThat(parent.registeredChildren()).isEqualTo(3);
            assertThat(clock.pendingTimers()).isEqualTo(3);
            try (CancelContext released = Context.withTimeout(parent, Duration.ofHours(1))) {   // defer cancel()
                assertThat(parent.registeredChildren()).isEqualTo(4);
                assertThat(released.timerArmed()).isTrue();
            }
            assertThat(parent.registeredChildren()).isEqualTo(3);
            assertThat(clock.pendingTimers()).isEqualTo(3);
            clock.advance(Duration.ofHours(1));                            // ... or when the deadline passes
            assertThat(parent.registeredChildren()).isZero();
            assertThat(clock.pendingTimers()).isZero();
            Context.withCancel(parent);                                    // a forgotten plain WithCancel
            assertThat(parent.registeredChildren()).isEqualTo(1);          // has no deadline: held until...
            parent.cancel();                                               // ...the parent ends
            assertThat(parent.registeredChildren()).isZero();
        });
    }

    @Test
    @DisplayName("CONC-04.06 Q: which ancestor's value does Value(key) return?")
    void valueComesFromTheNearestAncestorHoldingTheKeyOrNull() {
        Context a = Context.withValue(Context.background(), "user", "ann");
        CancelContext mid = Context.withCancel(a);
        Context b = Context.withValue(mid, "user", "bob");
        Context leaf = Context.withValue(b, "trace", 7);
        assertThat(leaf.value("user")).isEqualTo("bob");
        assertThat(mid.value("user")).isEqualTo("ann");
        assertThat(leaf.value("nothing")).isNull();
        assertThatThrownBy(() -> Context.withValue(leaf, null, 1)).isInstanceOf(GoPanic.class).hasMessage("nil key");
        mid.cancel();
    }

    @Test
    @DisplayName("CONC-04.07 Q: do two key types with equal contents collide?")
    void keysCompareByDynamicTypeAndValueSoTypedKeysNeverCollide() {
        Context ctx = Context.withValue(Context.withValue(Context.background(), new keyA("id"), "from A"), new keyB("id"), "from B");
        assertThat(ctx.value(new keyA("id"))).isEqualTo("from A");
        assertThat(ctx.value(new keyB("id"))).isEqualTo("from B");
        assertThat(ctx.value("id")).isNull();
        assertThat(Context.withValue(Context.background(), 1, "int").value(1L)).isNull();   // int(1) != int64(1)
    }

    @Test
    @DisplayName("CONC-04.08 Q: how do you check for cancellation without blocking?")
    void selectWithDefaultOnDoneChecksWithoutBlocking() {
        CancelContext ctx = Context.withCancel(Context.background());
        assertThat(check(ctx)).isNull();
        ctx.cancel();
        assertThat(check(ctx)).isSameAs(ContextError.CANCELED);
    }

    /** select { case <-ctx.Done(): return ctx.Err(); default: return nil }. */
    private static ContextError check(Context ctx) {
        AtomicReference<ContextError> out = new AtomicReference<>();
        Select.select(Select.recv(ctx.done(), v -> out.set(ctx.err())), Select.otherwise(() -> {}));
        return out.get();
    }

    @Test
    @DisplayName("CONC-04.09 Q: does a goroutine selecting on ctx.Done() stop when the parent is cancelled?")
    void workerSelectingOnDoneStopsWhenTheParentIsCancelled() {
        CancelContext parent = Context.withCancel(Context.background());
        Context passedDown = Context.withValue(parent, "req", 1);
        Chan<Integer> work = Chan.make();
        Chan<ContextError> stopped = Chan.make(1);
        Go.go(() -> {
            boolean[] running = {true};
            while (running[0]) {
                Select.select(
                        Select.recv(work, v -> {}),
                        Select.recv(passedDown.done(), v -> {
                            running[0] = false;
                            stopped.send(passedDown.err());
                        }));
            }
        });
        work.send(1);
        work.send(2);
        parent.cancel();
        assertThat(stopped.recv()).isSameAs(ContextError.CANCELED);
    }

    @Test
    @DisplayName("CONC-04.A1 Q: can a child's deadline be later than its parent's?")
    void childDeadlineIsClampedToTheParentsEarlierDeadline() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext parent = Context.withTimeout(Context.background(), Duration.ofSeconds(1));
            CancelContext child = Context.withTimeout(parent, Duration.ofHours(1));
            assertThat(child.deadline()).isEqualTo(parent.deadline());
            assertThat(child.toString()).endsWith(".WithCancel");       // Go returns a plain WithCancel
            clock.advance(Duration.ofSeconds(1));
            assertThat(child.err()).isSameAs(ContextError.DEADLINE_EXCEEDED);
        });
    }

    @Test
    @DisplayName("CONC-04.A2 Q: does AfterFunc run its function when the context ends, in its own goroutine?")
    void afterFuncRunsOnceInItsOwnGoroutineWhenDone() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext ctx = Context.withTimeoutCause(Context.background(), Duration.ofSeconds(2), new IllegalStateException("slow"));
            Chan<Boolean> ranInGoroutine = Chan.make(1);
            Context.afterFunc(ctx, () -> ranInGoroutine.send(dev.golab.runtime.Goroutine.current() != null));
            clock.advance(Duration.ofSeconds(2));
            assertThat(ranInGoroutine.recv()).isTrue();
            assertThat(Context.cause(ctx)).hasMessage("slow");
            assertThat(ctx.err()).isSameAs(ContextError.DEADLINE_EXCEEDED);
        });
    }

    @Test
    @DisplayName("CONC-04 Q: does a child of a custom Context implementation still get cancelled?")
    void childOfACustomContextIsRegisteredThroughEmbeddingOrElseWatchedByAGoroutine() {
        CancelContext inner = Context.withCancel(Context.background());
        CancelContext embedded = Context.withCancel(new main.myCtx(inner));
        assertThat(inner.registeredChildren()).isEqualTo(1);            // parentCancelCtx sees through embedding

        Chan<Void> ownDone = Chan.make();
        ContextError[] ownErr = {null};
        Context foreign = new Context() {                                // its own Done channel: not one of ours
            public java.util.Optional<Instant> deadline() { return java.util.Optional.empty(); }
            public Chan<Void> done() { return ownDone; }
            public ContextError err() { return ownErr[0]; }
            public Object value(Object key) { return null; }
        };
        CancelContext watched = Context.withCancel(foreign);             // context.go: `go func() { select {...} }()`
        ownErr[0] = ContextError.CANCELED;
        ownDone.close();
        inner.cancel();
        await().until(() -> watched.err() == ContextError.CANCELED && embedded.err() == ContextError.CANCELED);
    }

    @Test
    @DisplayName("CONC-04 Q: can a context be derived from a nil parent?")
    void nilParentPanicsLikeGo() {
        assertThatThrownBy(() -> Context.withCancel(null)).isInstanceOf(GoPanic.class)
                .hasMessage("cannot create context from nil parent");
        assertThat(Instant.EPOCH).isNotNull();
    }
}
