package dev.golab.errors;

import dev.golab.runtime.GoError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.fmt.Fmt;
import dev.golab.runtime.GoPanic;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ERR-02 (fmt/errors.go and errors/wrap.go details): exactly what %w wraps, and As's misuse panics. */
@DisplayName("ERR-02 Errorf's wrapping rules and errors.As misuse, as Go 1.23's fmt/errors.go and errors/wrap.go")
class ErrorfAnswersTest {
    static final GoError NOT_FOUND = Errors.newError("not found");
    static final GoError DENIED = Errors.newError("denied");

    @Test
    @DisplayName("ERR-02.01 Q: what does %w print? (its operand's Error(), exactly like %v)")
    void wPrintsItsOperandLikeV() {
        assertThat(Fmt.errorf("get(%d): %w", 42, NOT_FOUND).error())
                .isEqualTo(Fmt.errorf("get(%d): %v", 42, NOT_FOUND).error())
                .isEqualTo("get(42): not found");
    }

    @Test
    @DisplayName("ERR-02 Q: what if the %w operand is not an error? (%!w(string=five), and nothing is wrapped)")
    void nonErrorOperandIsABadVerbAndNotWrapped() {
        GoError e = Fmt.errorf("load: %w", "five");
        assertThat(e.error()).isEqualTo("load: %!w(string=five)");
        assertThat(Errors.unwrap(e)).isNull();                       // a *fmt.wrapError whose Unwrap() is nil
        assertThat(Fmt.typeName(e)).isEqualTo("*fmt.wrapError");
        assertThat(Fmt.errorf("%w", (Object) null).error()).isEqualTo("%!w(<nil>)");
    }

    @Test
    @DisplayName("ERR-02.A2 Q: what do several %w give? (Unwrap() []error in argument order; Unwrap returns nil)")
    void severalWrapsGiveAMultiErrorInArgumentOrder() {
        GoError e = Fmt.errorf("%[2]w then %[1]w", NOT_FOUND, DENIED);
        assertThat(e.error()).isEqualTo("denied then not found");
        assertThat(e.unwrapAll()).containsExactly(NOT_FOUND, DENIED);  // sorted by argument, not verb order
        assertThat(Errors.unwrap(e)).isNull();
        assertThat(Errors.is(e, NOT_FOUND)).isTrue();
        assertThat(Errors.is(e, DENIED)).isTrue();
        assertThat(Fmt.typeName(e)).isEqualTo("*fmt.wrapErrors");
    }

    @Test
    @DisplayName("ERR-02.A2 Q: is an operand wrapped twice listed twice? (no: once; non-errors are left out)")
    void theSameOperandIsWrappedOnce() {
        GoError twice = Fmt.errorf("%[1]w %[1]w", NOT_FOUND);
        assertThat(twice.error()).isEqualTo("not found not found");
        assertThat(twice.unwrapAll()).containsExactly(NOT_FOUND);
        GoError mixed = Fmt.errorf("%w %w", NOT_FOUND, "five");
        assertThat(mixed.error()).isEqualTo("not found %!w(string=five)");
        assertThat(mixed.unwrapAll()).containsExactly(NOT_FOUND);
    }

    @Test
    @DisplayName("ERR-02 Q: does %w work in Sprintf? (no: only Errorf wraps; Sprintf prints %!w(…))")
    void wOutsideErrorfIsABadVerb() {
        assertThat(Fmt.sprintf("%w", NOT_FOUND)).isEqualTo("%!w(*errors.errorString=&{not found})");
    }

    @Test
    @DisplayName("ERR-02.04 Q: what does errors.As do with a nil target? (panics \"errors: target cannot be nil\")")
    void asPanicsOnANilTarget() {
        assertThatThrownBy(() -> Errors.as(NOT_FOUND, null))
                .isInstanceOf(GoPanic.class).hasMessage("errors: target cannot be nil");
    }

    @Test
    @DisplayName("ERR-02.04 Q: and with a target type that is no error? (panics \"errors: *target must be interface or implement error\")")
    void asPanicsOnATargetThatIsNoError() {
        assertThatThrownBy(() -> Errors.as(NOT_FOUND, Integer.class))
                .isInstanceOf(GoPanic.class).hasMessage("errors: *target must be interface or implement error");
        assertThat(Errors.as(null, Integer.class)).isEmpty();           // err == nil returns before the checks
        assertThat(Errors.TARGET_NOT_POINTER).isEqualTo("errors: target must be a non-nil pointer");
    }

    @Test
    @DisplayName("ERR-02.04 Q: may As's target be any interface? (yes, even one that is not error)")
    void asAcceptsAnyInterfaceTarget() {
        Optional<CharSequence> none = Errors.as(NOT_FOUND, CharSequence.class);
        assertThat(none).isEmpty();
        assertThat(Errors.as(Fmt.errorf("x: %w", NOT_FOUND), GoError.class)).isPresent();
    }
}
