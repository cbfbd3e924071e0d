package dev.golab.fmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * FMT-I17: Sprintf never throws, for any format string and any operands. Formats are drawn from the
 * characters fmt gives meaning to (flags, digits, '[', ']', '*', '.', verbs) mixed with text, so
 * most draws exercise the error forms. The reference model for text without '%' is the text itself.
 */
@DisplayName("fmt never throws: seeded random formats and operands (FMT-I17)")
class FmtNeverThrowsTest {
    private static final long SEED = Long.getLong("QT_SEED", 20261127L);
    private static final int EXAMPLES = Math.max(3000, Integer.getInteger("QT_EXAMPLES", 300) * 10);
    private static final String ALPHABET = "%%%%#0+- 0123456789[[]]**..vdsqxXcUeEfFgGtTpbowz!é😀a ";
    private static final List<Object> OPERANDS = new ArrayList<>(FmtOperands.all().values());

    private static Gen<String> formats() {
        return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 24)
                .map(idx -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : idx) s.append(ALPHABET.charAt(i));
                    return s.toString();                   // may hold half a surrogate pair: also a valid input
                });
    }

    private static Gen<Object[]> operands() {
        return lists().of(integers().between(0, OPERANDS.size() - 1)).ofSizeBetween(0, 5)
                .map(idx -> idx.stream().map(OPERANDS::get).toArray());
    }

    @Test
    @DisplayName("Sprintf returns a string for every format and operand list (no Java exception)")
    void sprintfNeverThrows() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(formats(), operands())
                .checkAssert((f, a) -> assertThat(Fmt.sprintf(f, a)).as("fmt.Sprintf(%s, %s operands)", f, a.length).isNotNull());
    }

    @Test
    @DisplayName("Errorf, Sprint and Sprintln return for every operand list too")
    void errorfSprintAndSprintlnNeverThrow() {
        qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES).forAll(formats(), operands())
                .checkAssert((f, a) -> {
                    assertThat(Fmt.errorf(f, a).error()).isNotNull();
                    assertThat(Fmt.sprint(a)).isNotNull();
                    assertThat(Fmt.sprintln(a)).endsWith("\n");
                });
    }

    @Test
    @DisplayName("text without '%' and without operands prints as itself (reference model: identity)")
    void textWithoutVerbsIsCopied() {
        qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES).forAll(formats())
                .checkAssert(f -> {
                    String text = f.replace("%", "");
                    // a lone surrogate has no UTF-8 form: it becomes '?' (FmtKnownDifferencesTest)
                    String bytesOfText = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                    assertThat(Fmt.sprintf(text)).isEqualTo(bytesOfText);
                });
    }

    @Test
    @DisplayName("operands left over are reported as %!(EXTRA type=value, …) with Go's type names")
    void extraOperandsAreListedWithTheirTypes() {
        Map<String, Object> ops = FmtOperands.all();
        assertThat(Fmt.sprintf("x", ops.get("int42"), ops.get("sFive"), null, ops.get("uint8Max")))
                .isEqualTo("x%!(EXTRA int=42, string=five, <nil>, uint8=255)");
    }
}
