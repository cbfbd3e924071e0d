package dev.golab.context;

import static dev.golab.context.ContextStates.s;
import static dev.golab.context.ContextStates.state;
import static dev.golab.context.ContextStates.str;
import static dev.golab.testkit.Oracle.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.runtime.Clock;
import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.GoException;
import dev.golab.testkit.Oracle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import main.keyA;
import main.keyB;
import main.myCtx;
import main.stringerKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Replays benchmarks/go/oracle/go/context/main.go step by step and compares with real Go 1.23's output. */
@DisplayName("CONC-04 oracle: does golab's context behave exactly like Go 1.23's (benchmarks/go/oracle/data/context.json)?")
class ContextOracleTest {
    static final Map<String, Object> GO = Oracle.object("context.json");
    static final GoException MY_CAUSE = new GoException("my cause");
    static final Context BG = Context.background();

    @Test
    @DisplayName("CONC-04 Q: what are Canceled and DeadlineExceeded, and what do Background's Err/Cause/Done say?")
    void sentinelsAndBackgroundMatchGo() {
        assertThat(ContextError.CANCELED.error()).isEqualTo(at(GO, "sentinel_errors", "Canceled.Error()"));
        assertThat(ContextError.DEADLINE_EXCEEDED.error()).isEqualTo(at(GO, "sentinel_errors", "DeadlineExceeded.Error()"));
        assertThat(ContextError.CANCELED.goType()).isEqualTo(at(GO, "sentinel_errors", "Canceled type"));
        assertThat(ContextError.DEADLINE_EXCEEDED.goType()).isEqualTo(at(GO, "sentinel_errors", "DeadlineExceeded type"));
        assertThat(ContextError.DEADLINE_EXCEEDED.timeout()).isEqualTo(at(GO, "sentinel_errors", "DeadlineExceeded.Timeout()"));
        assertThat(ContextError.DEADLINE_EXCEEDED.temporary()).isEqualTo(at(GO, "sentinel_errors", "DeadlineExceeded.Temporary()"));
        assertThat(state(BG)).isEqualTo(at(GO, "background"));
        assertThat(BG.deadline().isPresent()).isEqualTo(at(GO, "background_deadline_ok"));
        assertThat(s(Context.cause(BG))).isEqualTo(at(GO, "Cause(Background)"));
    }

    @Test
    @DisplayName("CONC-04.02/A2 Q: what do Err and Cause report before and after cancel / cancel(cause)?")
    void cancelAndCancelCauseMatchGo() {
        CancelContext ctx = Context.withCancel(BG);
        Map<String, Object> before = state(ctx);
        ctx.cancel();
        ctx.cancel();
        assertThat(Map.of("before_cancel", before, "after_cancel", state(ctx))).isEqualTo(at(GO, "WithCancel"));

        CancelCauseContext cc = Context.withCancelCause(BG);
        CancelContext child = Context.withCancel(cc);
        Map<String, Object> beforeCause = state(cc);
        cc.cancel(MY_CAUSE);
        cc.cancel(new GoException("second cause is ignored"));
        CancelCauseContext ctxNil = Context.withCancelCause(BG);
        ctxNil.cancel(null);
        assertThat(Map.of(
                "before_cancel", beforeCause,
                "after_cancel(myCause)", state(cc),
                "child_of_cause_canceled", state(child),
                "after_cancel(nil)", state(ctxNil),
                "Cause_is_myCause_identity", Context.cause(cc) == MY_CAUSE,
                "Err_is_Canceled_identity", cc.err() == ContextError.CANCELED)).isEqualTo(at(GO, "WithCancelCause"));
        child.cancel();
    }

    @Test
    @DisplayName("CONC-04.04/A1/A2 Q: what do timeouts, past deadlines, deadline causes and deadline clamping report?")
    void deadlinesMatchGo() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext t1 = Context.withTimeout(BG, Duration.ofMillis(10));
            CancelContext t2 = Context.withTimeoutCause(BG, Duration.ofMillis(10), MY_CAUSE);
            clock.advance(Duration.ofMillis(10));           // <-t1.Done(); <-t2.Done()
            CancelContext t3 = Context.withTimeoutCause(BG, Duration.ofHours(1), MY_CAUSE);
            t3.cancel();
            CancelContext t4 = Context.withDeadline(BG, clock.now().minusSeconds(1));
            CancelContext t5 = Context.withDeadlineCause(BG, clock.now().minusSeconds(1), MY_CAUSE);
            Instant parentDl = Instant.parse("2100-01-01T00:00:00Z");
            CancelContext p = Context.withDeadline(BG, parentDl);
            CancelContext later = Context.withDeadline(p, parentDl.plus(Duration.ofHours(1)));
            CancelContext earlier = Context.withDeadline(p, parentDl.minus(Duration.ofHours(1)));
            assertThat(Map.of(
                    "WithTimeout expired", state(t1),
                    "WithTimeoutCause expired", state(t2),
                    "WithTimeoutCause canceled by CancelFunc", state(t3),
                    "WithDeadline in the past (immediately)", state(t4),
                    "WithDeadlineCause in the past", state(t5),
                    "child deadline later than parent: Deadline()", dl(later),
                    "child deadline later than parent: String()", str(later),
                    "child deadline earlier than parent: Deadline()", dl(earlier),
                    "Err_is_DeadlineExceeded_identity", t1.err() == ContextError.DEADLINE_EXCEEDED))
                    .isEqualTo(at(GO, "deadlines"));
            for (CancelContext c : new CancelContext[] {t1, t2, t4, t5, p, later, earlier}) c.cancel();
        });
    }

    private static String dl(Context ctx) {
        return ctx.deadline().map(GoFormat::time).orElse("0001-01-01 00:00:00 +0000 UTC") + " ok=" + ctx.deadline().isPresent();
    }

    @Test
    @DisplayName("CONC-04.03 Q: after cancelling a child, which of parent / child / grandchild / sibling are done?")
    void propagationMatchesGo() {
        CancelContext parent = Context.withCancel(BG);
        CancelContext child = Context.withCancel(parent);
        CancelContext grandchild = Context.withCancel(child);
        CancelContext sibling = Context.withCancel(parent);
        child.cancel();
        Map<String, Object> afterChild = Map.of("parent", state(parent), "child", state(child),
                "grandchild", state(grandchild), "sibling", state(sibling));
        parent.cancel();
        sibling.cancel();
        assertThat(Map.of("after_child_cancel", afterChild,
                "after_parent_cancel", Map.of("parent", state(parent), "sibling", state(sibling))))
                .isEqualTo(at(GO, "propagation"));
        grandchild.cancel();
    }

    @Test
    @DisplayName("CONC-04.A2 Q: what do AfterFunc's stop() results say before, after and on an already-cancelled ctx?")
    void afterFuncMatchesGo() {
        CancelContext ctx = Context.withCancel(BG);
        AtomicBoolean ran = new AtomicBoolean();
        BooleanSupplier stop = Context.afterFunc(ctx, () -> ran.set(true));
        boolean stopBefore = stop.getAsBoolean();
        ctx.cancel();

        CancelContext ctx2 = Context.withCancel(BG);
        Chan<Boolean> ran2 = Chan.make(1);
        BooleanSupplier stop2 = Context.afterFunc(ctx2, () -> ran2.send(true));
        ctx2.cancel();
        ran2.recv();
        boolean stopAfterRun = stop2.getAsBoolean();
        boolean stopAgain = stop2.getAsBoolean();

        Chan<Boolean> ran3 = Chan.make(1);
        BooleanSupplier stop3 = Context.afterFunc(ctx2, () -> ran3.send(true));
        boolean ranOnCanceled = ran3.recv();
        assertThat(Map.of(
                "stop() before cancel", stopBefore,
                "f ran after stop+cancel", ran.get(),      // f was never started: stop won the once
                "stop() after f ran", stopAfterRun,
                "stop() second call", stopAgain,
                "f runs when registered on already-canceled ctx", ranOnCanceled,
                "stop() after that", stop3.getAsBoolean())).isEqualTo(at(GO, "AfterFunc"));
    }

    @Test
    @DisplayName("CONC-04.A2 Q: what does WithoutCancel keep from a cancelled parent, and can its children cancel?")
    void withoutCancelMatchesGo() {
        CancelCauseContext parent = Context.withCancelCause(Context.withValue(BG, new keyA("k"), "v"));
        Context wc = Context.withoutCancel(parent);
        parent.cancel(MY_CAUSE);
        CancelContext child = Context.withCancel(wc);
        child.cancel();
        assertThat(Map.of(
                "parent", state(parent),
                "without_cancel", state(wc),
                "deadline_ok", wc.deadline().isPresent(),
                "value_passes_through", s(wc.value(new keyA("k"))),
                "String()", str(wc),
                "child_can_still_cancel", state(child))).isEqualTo(at(GO, "WithoutCancel"));
    }

    @Test
    @DisplayName("CONC-04.06/07 Q: which value does a lookup find through a chain of WithValue/WithCancel, by key type?")
    void valueLookupMatchesGo() {
        Context c1 = Context.withValue(BG, new keyA("k"), "a");
        Context c2 = Context.withValue(c1, new keyA("k"), "b");
        CancelContext c3 = Context.withCancel(c2);
        assertThat(Map.of(
                "c1 keyA(k)", s(c1.value(new keyA("k"))),
                "c2 keyA(k) (shadowed)", s(c2.value(new keyA("k"))),
                "c3=WithCancel(c2) keyA(k)", s(c3.value(new keyA("k"))),
                "c3 keyB(k) (other type)", s(c3.value(new keyB("k"))),
                "c3 string k", s(c3.value("k")),
                "c3 missing", s(c3.value(new keyA("missing"))))).isEqualTo(at(GO, "Value"));
        c3.cancel();
    }

    @Test
    @DisplayName("CONC-04 Q: what does a context's String() print for each kind of node?")
    void stringFormsMatchGo() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext cc = Context.withCancel(BG);
            CancelCauseContext ccc = Context.withCancelCause(BG);
            CancelContext dl = Context.withDeadline(BG, Instant.parse("2100-01-01T00:00:00Z"));
            CancelContext custom = Context.withCancel(new myCtx(BG));
            CancelContext chain = Context.withCancel(Context.withValue(BG, "a", "1"));
            Map<String, Object> go = at(GO, "String");
            assertThat(str(BG)).isEqualTo(go.get("Background"));
            assertThat(str(Context.todo())).isEqualTo(go.get("TODO"));
            assertThat(str(cc)).isEqualTo(go.get("WithCancel(Background)"));
            assertThat(str(ccc)).isEqualTo(go.get("WithCancelCause(Background)"));
            assertThat(str(dl)).isEqualTo(go.get("WithDeadline(Background, 2100)"));
            assertThat(str(Context.withValue(BG, "k", "v"))).isEqualTo(go.get("WithValue string key/val"));
            assertThat(str(Context.withValue(BG, new keyA("k"), 42))).isEqualTo(go.get("WithValue keyA/int"));
            assertThat(str(Context.withValue(BG, new stringerKey(), null))).isEqualTo(go.get("WithValue Stringer key/nil val"));
            assertThat(str(custom)).isEqualTo(go.get("WithCancel(custom non-Stringer ctx)"));
            assertThat(str(Context.withValue(chain, "b", "2")))
                    .isEqualTo(go.get("chain Value->Cancel->Value"));
            for (CancelContext c : new CancelContext[] {cc, ccc, dl, custom, chain}) c.cancel();
        });
    }

    @Test
    @DisplayName("CONC-04 Q: how does WithTimeout's String() differ from Go's? (only the monotonic m=+… suffix)")
    void timeoutStringDiffersFromGoOnlyByMonotonicReading() {
        VirtualClock clock = new VirtualClock();
        Clock.runWith(clock, () -> {
            CancelContext to = Context.withTimeout(Context.withCancel(BG), Duration.ofHours(1));
            // Go prints the wall clock plus "m=+3600.000…" (a time.Now()-derived deadline); an Instant has
            // no monotonic reading, so golab prints the UTC time alone. Everything else is Go's form.
            assertThat(to.toString()).isEqualTo("context.Background.WithCancel.WithDeadline(2000-01-01 01:00:00 +0000 UTC [1h0m0s])");
            String normalised = str(to).replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? [+-]\\d{4} \\S+",
                    "<deadline.String() incl. m=+monotonic>");
            assertThat(normalised).isEqualTo(at(GO, "String", "WithTimeout(WithCancel(Background), 1h)"));
            to.cancel();
        });
    }
}
