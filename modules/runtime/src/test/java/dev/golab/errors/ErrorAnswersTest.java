package dev.golab.errors;

import dev.golab.fmt.Fmt;

import dev.golab.runtime.GoError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.golab.runtime.Go;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ERR-01, ERR-02, ERR-04 (errors package parts), ERR-05: errors as values, wrapping, joining, stacks. */
@DisplayName("ERR-01/02/04/05 errors as values, %w, Is/As, Join, stack traces")
class ErrorAnswersTest {
    static final GoError ERR_NOT_FOUND = Errors.newError("not found");

    /** type ValidationError struct{ Field, Msg string } — any type with Error() is an error. */
    record ValidationError(String field, String msg) implements GoError {
        @Override
        public String error() {
            return "validation failed: " + field + " - " + msg;
        }
    }

    record DbError(int code) implements GoError {
        @Override
        public String error() {
            return "db error " + code;
        }
    }

    record DivResult(int value, GoError err) {}

    static DivResult divide(int a, int b) {
        if (b == 0) return new DivResult(0, Errors.newError("division by zero"));
        return new DivResult(a / b, null);
    }

    @Test
    @DisplayName("ERR-01.01 Q: what is an error in Go? (any type with Error() string)")
    void anyTypeWithAnErrorMethodIsAnError() {
        GoError e = () -> "custom";
        assertThat(e.error()).isEqualTo("custom");
        assertThat(new ValidationError("age", "x")).isInstanceOf(GoError.class);
    }

    @Test
    @DisplayName("ERR-01.02 Q: what do divide(10, 0) and divide(10, 2) return? ((0, \"division by zero\") and (5, nil))")
    void divideReturnsAnErrorValueInsteadOfThrowing() {
        assertThat(divide(10, 0).value()).isZero();
        assertThat(divide(10, 0).err().error()).isEqualTo("division by zero");
        assertThat(divide(10, 2)).isEqualTo(new DivResult(5, null));
    }

    @Test
    @DisplayName("ERR-01.03 Q: can custom error types carry structured data? (ValidationError{age, must be ≥0})")
    void customErrorTypesCarryStructuredData() {
        ValidationError e = new ValidationError("age", "must be ≥0");
        assertThat(e.error()).isEqualTo("validation failed: age - must be ≥0");
        assertThat(e.field()).isEqualTo("age");
    }

    @Test
    @DisplayName("ERR-02.01 Q: what does fmt.Errorf(\"getUser(%d): %w\", 42, err) produce? (the text, and err stays reachable)")
    void errorfWithWPrefixesTextAndKeepsChain() {
        GoError wrapped = Fmt.errorf("getUser(%d): %w", 42, ERR_NOT_FOUND);
        assertThat(wrapped.error()).isEqualTo("getUser(42): not found");
        assertThat(Errors.unwrap(wrapped)).isSameAs(ERR_NOT_FOUND);
    }

    @Test
    @DisplayName("ERR-02.02 Q: does errors.Is find a sentinel wrapped at any depth? (prop: yes, for every depth)")
    void isFindsSentinelAtAnyWrapDepth() {
        qt().withFixedSeed(2_02L).withExamples(100).forAll(integers().between(0, 200)).checkAssert(depth -> {
            GoError err = ERR_NOT_FOUND;
            for (int i = 0; i < depth; i++) err = Fmt.errorf("layer %d: %w", i, err);
            assertThat(Errors.is(err, ERR_NOT_FOUND)).isTrue();
            assertThat(Errors.is(err, Errors.newError("not found"))).isFalse();
        });
    }

    @Test
    @DisplayName("ERR-02.03 Q: are two errors.New(\"not found\") equal? (no: sentinels compare by identity)")
    void sentinelsCompareByIdentity() {
        GoError a = Errors.newError("not found");
        GoError b = Errors.newError("not found");
        assertThat(Errors.is(a, b)).isFalse();
        assertThat(Errors.is(a, a)).isTrue();
    }

    @Test
    @DisplayName("ERR-02.04 Q: what does errors.As do? (finds the first matching type in the chain: dbErr.Code == 503)")
    void asFindsFirstErrorOfTheType() {
        GoError err = Fmt.errorf("query: %w", Fmt.errorf("conn: %w", new DbError(503)));
        Optional<DbError> db = Errors.as(err, DbError.class);
        assertThat(db).map(DbError::code).hasValue(503);
        assertThat(Errors.as(Errors.newError("plain"), DbError.class)).isEmpty();
    }

    @Test
    @DisplayName("ERR-02.05 Q: what does errors.Unwrap return? (the directly wrapped error, or nil)")
    void unwrapReturnsDirectlyWrappedOrNil() {
        GoError inner = Errors.newError("inner");
        GoError mid = Fmt.errorf("mid: %w", inner);
        GoError outer = Fmt.errorf("outer: %w", mid);
        assertThat(Errors.unwrap(outer)).isSameAs(mid);
        assertThat(Errors.unwrap(inner)).isNull();
    }

    @Test
    @DisplayName("ERR-02.A1 Q: does %v instead of %w keep the chain? (no: same text, errors.Is false)")
    void percentVKeepsTextButBreaksTheChain() {
        GoError v = Fmt.errorf("get: %v", ERR_NOT_FOUND);
        GoError w = Fmt.errorf("get: %w", ERR_NOT_FOUND);
        assertThat(v.error()).isEqualTo(w.error());
        assertThat(Errors.is(v, ERR_NOT_FOUND)).isFalse();
        assertThat(Errors.is(w, ERR_NOT_FOUND)).isTrue();
    }

    @Test
    @DisplayName("ERR-02.A2 Q: what about several %w (Go 1.20)? (Unwrap() []error: errors.Unwrap nil, Is/As search all)")
    void severalWWrapAllAndUnwrapIsNil() {
        GoError a = Errors.newError("a");
        GoError both = Fmt.errorf("%w and %w", a, new DbError(7));
        assertThat(both.error()).isEqualTo("a and db error 7");
        assertThat(Errors.unwrap(both)).isNull();
        assertThat(both.unwrapAll()).hasSize(2);
        assertThat(Errors.is(both, a)).isTrue();
        assertThat(Errors.as(both, DbError.class)).map(DbError::code).hasValue(7);
    }

    @Test
    @DisplayName("ERR-02.A3 Q: are custom Is / As methods consulted while walking the chain? (yes)")
    void customIsAndAsMethodsAreConsulted() {
        GoError timeout = Errors.newError("timeout");
        GoError temporary = new GoError() {
            @Override
            public String error() {
                return "i/o temporary";
            }

            @Override
            public boolean isMatch(GoError target) {
                return target == timeout;                               // func (e) Is(target error) bool
            }

            @Override
            public Object asMatch(Class<?> type) {
                return type == DbError.class ? new DbError(599) : null; // func (e) As(target any) bool
            }
        };
        GoError wrapped = Fmt.errorf("read: %w", temporary);
        assertThat(Errors.is(wrapped, timeout)).isTrue();
        assertThat(Errors.as(wrapped, DbError.class)).map(DbError::code).hasValue(599);
    }

    @Test
    @DisplayName("ERR-04.01 Q: what does errors.Join return with no or only nil errors? (nil; nil entries dropped)")
    void joinOfNothingIsNilAndDropsNils() {
        assertThat(Errors.join()).isNull();
        assertThat(Errors.join(null, null)).isNull();
        assertThat(Errors.join(null, Errors.newError("x"), null).unwrapAll()).hasSize(1);
    }

    @Test
    @DisplayName("ERR-04.02 Q: do Is / As find members of a joined error, even nested in wraps? (yes)")
    void isAndAsFindJoinedMembersNestedInWraps() {
        GoError joined = Errors.join(Errors.newError("first"), Fmt.errorf("ctx: %w", ERR_NOT_FOUND),
                Fmt.errorf("db: %w", new DbError(42)));
        assertThat(Errors.is(joined, ERR_NOT_FOUND)).isTrue();
        assertThat(Errors.as(joined, DbError.class)).map(DbError::code).hasValue(42);
    }

    @Test
    @DisplayName("ERR-04.03 Q: how is a joined error's message formed? (members separated by newlines, not \"; \")")
    void joinedMessageIsNewlineSeparated() {
        assertThat(Errors.join(Errors.newError("a"), Errors.newError("b")).error()).isEqualTo("a\nb");
    }

    @Test
    @DisplayName("ERR-04.04 Q: does validate report every failing field at once? (empty user, Age < 0 → 3 errors)")
    void validateReportsEveryFailingField() {
        record User(String name, String email, int age) {}
        User u = new User("", "", -1);
        GoError err = Errors.join(
                u.name().isEmpty() ? new ValidationError("name", "required") : null,
                u.email().isEmpty() ? new ValidationError("email", "required") : null,
                u.age() < 0 ? new ValidationError("age", "must be ≥0") : null);
        assertThat(err.unwrapAll()).hasSize(3);
        assertThat(err.error().lines()).containsExactly("validation failed: name - required",
                "validation failed: email - required", "validation failed: age - must be ≥0");
    }

    @Test
    @DisplayName("ERR-04.06 Q: does a mutex-guarded slice gather every failure from concurrent tasks? (stat: count == failures)")
    void concurrentCollectionGathersEveryFailure() throws InterruptedException {
        int items = 400;
        List<GoError> errs = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(items);
        List<GoError> expected = new ArrayList<>();
        GoError[] perItem = new GoError[items];
        for (int i = 0; i < items; i++) {
            perItem[i] = i % 3 == 0 ? Fmt.errorf("item %d failed", i) : null;
            if (perItem[i] != null) expected.add(perItem[i]);
        }
        for (int i = 0; i < items; i++) {
            int n = i;
            Go.go(() -> {
                if (perItem[n] != null) errs.add(perItem[n]);
                done.countDown();
            });
        }
        done.await();
        GoError joined = Errors.join(errs.toArray(GoError[]::new));
        assertThat(errs).hasSize(expected.size());
        assertThat(expected).allSatisfy(e -> assertThat(Errors.is(joined, e)).isTrue());
    }

    @Test
    @DisplayName("ERR-04.A1 Q: what is errors.Unwrap(errors.Join(a, b))? (nil: Join implements Unwrap() []error)")
    void unwrapOfJoinIsNil() {
        assertThat(Errors.unwrap(Errors.join(Errors.newError("a"), Errors.newError("b")))).isNull();
    }

    @Test
    @DisplayName("ERR-05.01 Q: do errors.New / fmt.Errorf capture a stack trace? (no: a message and a chain only)")
    void standardErrorsCaptureNoStack() {
        assertThat(Errors.newError("x").getClass().getDeclaredFields())
                .noneMatch(f -> f.getType().getName().contains("Stack"));
        assertThat(Fmt.errorf("y: %w", Errors.newError("x")).getClass().getDeclaredFields())
                .noneMatch(f -> f.getType().getName().contains("Stack"));
    }

    @Test
    @DisplayName("ERR-05.02 Q: what does a pkg/errors-style Wrap record? (the call site, printed by %+v)")
    void wrapRecordsCallSiteAndVerbosePrintsIt() {
        GoError err = StackError.wrap(ERR_NOT_FOUND, "load config");
        StackError se = (StackError) err;
        assertThat(err.error()).isEqualTo("load config: not found");
        assertThat(se.site().getMethodName()).isEqualTo("wrapRecordsCallSiteAndVerbosePrintsIt");
        assertThat(se.format(true)).startsWith("load config: not found\n")
                .contains("ErrorAnswersTest.wrapRecordsCallSiteAndVerbosePrintsIt\n\tErrorAnswersTest.java:");
        assertThat(se.format(false)).isEqualTo("load config: not found");
        assertThat(Errors.is(err, ERR_NOT_FOUND)).isTrue();
    }

    @Test
    @DisplayName("ERR-05.04 Q: what does captureStack return? (the current goroutine's trace, truncated to the buffer)")
    void captureStackReturnsTruncatedTrace() {
        byte[] buf = new byte[4096];
        int n = Go.stack(buf);
        String trace = new String(buf, 0, n);
        assertThat(trace).startsWith("goroutine ").contains("captureStackReturnsTruncatedTrace");
        byte[] tiny = new byte[20];
        assertThat(Go.stack(tiny)).isEqualTo(20);
    }

    @Test
    @DisplayName("ERR-05.A1 Q: what does Wrap(nil, msg) return? (nil, so unconditional wrapping keeps success)")
    void wrapOfNilIsNil() {
        assertThat(StackError.wrap(null, "msg")).isNull();
    }
}
