package dev.golab.xsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.golab.testkit.GoAwait.await;

import dev.golab.chan.Chan;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.errors.Errors;
import dev.golab.runtime.GoError;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.runtime.CrashRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@dev.golab.testkit.GoLeakCheck
class ErrGroupAnswersTest {
    @Test
    @DisplayName("CONC-07.01 / ERR-04.05 Q: what does Wait return when several tasks fail? (the first error; the rest are dropped)")
    void waitReturnsTheFirstErrorAfterEveryTaskReturned() {
        ErrGroup g = new ErrGroup();
        GoException first = new GoException("first"), second = new GoException("second");
        Chan<Void> firstFailed = Chan.make();
        AtomicInteger finished = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean inGoroutine = new java.util.concurrent.atomic.AtomicBoolean();
        g.go(() -> {
            inGoroutine.set(Goroutine.current() != null);                 // f runs in a new goroutine
            firstFailed.close();
            finished.incrementAndGet();
            throw first;
        });
        g.go(() -> {
            firstFailed.recv();
            finished.incrementAndGet();
            throw second;
        });
        g.go(() -> finished.incrementAndGet());
        assertThat(g.await()).isSameAs(first);
        assertThat(finished.get()).isEqualTo(3);                          // Wait waited for all of them
        assertThat(inGoroutine).isTrue();
        ErrGroup ok = new ErrGroup();
        ok.go(() -> null);
        assertThat(ok.await()).isNull();
    }

    @Test
    @DisplayName("CONC-07.02 Q: are results written to distinct indices visible after Wait? (yes: Wait is a happens-before edge)")
    void resultsWrittenToDistinctIndicesAreVisibleAfterWait() {
        int[] squares = new int[200];
        ErrGroup g = new ErrGroup();
        for (int i = 0; i < squares.length; i++) {
            int n = i;
            g.go(() -> squares[n] = n * n);
        }
        assertThat(g.await()).isNull();
        for (int i = 0; i < squares.length; i++) assertThat(squares[i]).isEqualTo(i * i);
    }

    @Test
    @DisplayName("CONC-07.03 / A2 Q: when is WithContext's ctx cancelled, and with which cause? (first error, or Wait returning)")
    void derivedContextIsCancelledByTheFirstErrorWithItAsCauseOrWhenWaitReturns() {
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        GoException boom = new GoException("boom");
        Chan<ContextError> sawDone = Chan.make(1);
        g.go(() -> {
            ctx.done().recv();                                             // a sibling notices the failure
            sawDone.send(ctx.err());
            return null;
        });
        g.go(() -> { throw boom; });
        assertThat(sawDone.recv()).isSameAs(ContextError.CANCELED);
        assertThat(Context.cause(ctx)).isSameAs(boom);
        assertThat(g.await()).isSameAs(boom);

        ErrGroup clean = ErrGroup.withContext(Context.background());
        clean.go(() -> null);
        assertThat(clean.context().err()).isNull();
        assertThat(clean.await()).isNull();
        assertThat(clean.context().err()).isSameAs(ContextError.CANCELED);   // Wait cancels it too
    }

    @Test
    @DisplayName("CONC-07.04 Q: what does SetLimit(n) guarantee? (at most n active; Go blocks until a slot frees)")
    void setLimitKeepsAtMostNActiveAndGoBlocksAtTheLimit() {
        ErrGroup g = new ErrGroup();
        g.setLimit(3);
        AtomicInteger active = new AtomicInteger(), maxActive = new AtomicInteger();
        Chan<Void> gate = Chan.make();
        Goroutine submitter = Go.go(() -> {
            for (int i = 0; i < 30; i++) g.go(() -> {
                maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                gate.recv();
                active.decrementAndGet();
                return null;
            });
        });
        // the 4th Go blocks on sem; the three started ones count themselves in once they run
        await().until(() -> submitter.waitReason() == WaitReason.CHAN_SEND && active.get() == 3);
        assertThat(submitter.waitReason()).isEqualTo(WaitReason.CHAN_SEND);     // still blocked: no 4th slot
        gate.close();
        // Go's WaitGroup rule: an Add that may find the counter at zero must happen before Wait. The
        // three running ones can all finish before the submitter's next Go adds, so wait for it first
        // (calling Wait here raced: "sync: WaitGroup is reused before previous Wait has returned").
        await().until(submitter::isDone);
        assertThat(g.await()).isNull();
        assertThat(maxActive.get()).isLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("CONC-07.05 Q: is the zero Group usable? (yes: no limit, no context)")
    void zeroGroupHasNoLimitAndNoContext() {
        ErrGroup g = new ErrGroup();
        assertThat(g.context()).isNull();
        Chan<Void> gate = Chan.make();
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < 100; i++) g.go(() -> { started.incrementAndGet(); gate.recv(); return null; });
        await().until(() -> started.get() == 100);                      // all 100 active at once
        gate.close();
        assertThat(g.await()).isNull();
    }

    @Test
    @DisplayName("CONC-07.A1 Q: what do TryGo at the limit and SetLimit while active do? (false; panic)")
    void tryGoReturnsFalseAtTheLimitAndSetLimitWhileActivePanics() {
        ErrGroup g = new ErrGroup();
        g.setLimit(1);
        Chan<Void> gate = Chan.make();
        assertThat(g.tryGo(() -> { gate.recv(); return null; })).isTrue();
        assertThat(g.tryGo(() -> null)).isFalse();
        assertThatThrownBy(() -> g.setLimit(5)).isInstanceOf(GoPanic.class)
                .hasMessage("errgroup: modify limit while 1 goroutines in the group are still active");
        gate.close();
        assertThat(g.await()).isNull();
        g.setLimit(5);                                                     // fine once idle
    }

    @Test
    @DisplayName("CONC-07.A3 Q: is a panic inside f propagated to Wait? (no: it crashes the process, x/sync v0.16.0)")
    void panicInATaskCrashesInsteadOfReachingWait() {
        try (CrashRecorder crashes = new CrashRecorder()) {
            ErrGroup g = new ErrGroup();
            g.go(() -> { throw new GoPanic("boom"); });
            assertThat(g.await()).isNull();                                // Wait never sees it
            await().until(() -> !crashes.crashes().isEmpty());
            assertThat(crashes.crashes().getFirst().headline()).isEqualTo("panic: boom");
        }
    }

    @Test
    @DisplayName("ERR-04.06 Q: how do you keep every error, not just the first? (collect under a mutex, then errors.Join)")
    void collectingUnderAMutexGathersEveryFailureAndJoinMatchesEach() {
        List<GoError> errs = new ArrayList<>();
        ErrGroup g = new ErrGroup();
        int failing = 0;
        for (int i = 0; i < 60; i++) {
            int item = i;
            if (item % 3 == 0) failing++;
            g.go(() -> {
                if (item % 3 == 0) synchronized (errs) { errs.add(Errors.newError("item " + item + " failed")); }
                return null;
            });
        }
        assertThat(g.await()).isNull();
        assertThat(errs).hasSize(failing);
        GoError joined = Errors.join(errs.toArray(GoError[]::new));
        for (GoError e : errs) assertThat(Errors.is(joined, e)).isTrue();
        assertThat(joined.error().split("\n")).hasSize(failing);
    }

    @Test
    @DisplayName("Differs from Go Q: what is a Java exception thrown by a task? (its error — Go would call a nil dereference a panic)")
    void aJavaRuntimeExceptionThrownByATaskIsItsErrorNotAPanicUnlikeGo() {
        ErrGroup g = new ErrGroup();
        g.go(() -> {
            String s = null;
            return s.length();                                             // Go: panic: runtime error: nil pointer dereference
        });
        assertThat(g.await()).isInstanceOf(NullPointerException.class);   // golab: the Callable's failure is its error
    }
}
