package dev.golab.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.golab.gc.Phase;
import dev.golab.gc.pacer.Pacer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Ranges, choices and round trips of the CLI converters (the Go-facing ones: GoOracleConvertersTest). */
@DisplayName("CLI Q: do the converters accept exactly the valid values, and name them when they refuse one?")
class CliConvertersTest {
    static final long SEED = Long.getLong("QT_SEED", 20261204L);

    @Test
    @DisplayName("CLI-I6: IntRange.Procs takes 1..256 and names the range when it refuses")
    void procsAcceptsOneTo256() {
        IntRange procs = new IntRange.Procs();

        assertThat(procs.convert("1")).isEqualTo(1);
        assertThat(procs.convert("256")).isEqualTo(256);
        for (String bad : List.of("0", "257", "-1", "100000", "99999999999")) {
            assertThatThrownBy(() -> procs.convert(bad)).isInstanceOf(TypeConversionException.class)
                    .hasMessage(bad + " is out of range; valid: 1..256");
        }
        assertThatThrownBy(() -> procs.convert("2.5")).hasMessage("'2.5' is not a whole number; valid: 1..256");
    }

    @Test
    @DisplayName("CLI-I8: a Choice matches any case, returns the canonical name, and lists every name when it refuses")
    void choiceIsCaseInsensitiveAndListsNames() {
        Choice colours = new Choice("colour", () -> List.of("white", "grey", "black")) {};

        assertThat(colours.convert("GREY")).isEqualTo("grey");
        assertThatThrownBy(() -> colours.convert("red")).hasMessage("no colour 'red'; valid: white, grey, black");
    }

    enum Phase { SWEEP_TERMINATION, MARK }

    static final class PhaseName extends Choice.OfEnum<Phase> {
        PhaseName() { super("phase", Phase.class); }
    }

    @Test
    @DisplayName("CLI-I8: Choice.OfEnum returns the constant and lists the constants")
    void enumChoiceReturnsTheConstant() {
        assertThat(new PhaseName().convert("mark")).isEqualTo(Phase.MARK);
        assertThatThrownBy(() -> new PhaseName().convert("idle")).hasMessage("no phase 'idle'; valid: SWEEP_TERMINATION, MARK");
    }

    @Test
    @DisplayName("CLI-I4: ByteSize.format writes the exact GOMEMLIMIT spelling that ByteSize reads back (seeded)")
    void byteSizeFormatRoundTrips() {
        ByteSize c = new ByteSize();
        qt().withFixedSeed(SEED).forAll(longs().between(0, 1L << 20), integers().between(0, 4))
                .check((n, shift) -> {
                    long bytes = n << (10 * shift);          // multiples of 1, KiB, MiB, GiB, TiB
                    return c.convert(ByteSize.format(bytes)) == bytes;
                });
        assertThat(ByteSize.format(30L << 20)).isEqualTo("30MiB");
        assertThat(ByteSize.format(Pacer.NO_LIMIT)).isEqualTo("off");
        assertThat(ByteSize.format(1000)).isEqualTo("1000B");
    }

    @Test
    @DisplayName("CLI-I7: a duration written as Go writes sums of units parses to that sum (seeded, vs arithmetic)")
    void durationOfUnitsIsTheirSum() {
        qt().withFixedSeed(SEED).forAll(integers().between(0, 1000), integers().between(0, 59), integers().between(0, 59),
                        longs().between(0, 999_999_999))
                .check((h, m, s, sub) -> GoDuration.parse(h + "h" + m + "m" + s + "s" + sub / 1_000_000 + "ms" + sub % 1_000_000 + "ns")
                        == ((h * 60L + m) * 60 + s) * 1_000_000_000 + sub);
        assertThat(GoDuration.parse("1.5s")).isEqualTo(1_500_000_000L);
        assertThat(new GoDuration().convert("2h45m").toMinutes()).isEqualTo(165);
    }
}
