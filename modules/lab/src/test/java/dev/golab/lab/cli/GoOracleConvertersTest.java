package dev.golab.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters against real Go 1.23.5: go-oracle.tsv was printed by src/test/go/cli_oracle.go
 * (time.ParseDuration; GOMEMLIMIT and GOGC read back by runtime/debug in a child process).
 */
@DisplayName("CLI Q: do golab's flags read durations, GOMEMLIMIT and GOGC exactly as Go 1.23 does?")
class GoOracleConvertersTest {
    record Row(String kind, String input, String go) {}

    static List<Row> oracle() throws IOException {
        try (InputStream in = GoOracleConvertersTest.class.getResourceAsStream("go-oracle.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.split("\t", -1)).map(c -> new Row(c[0], c[1], c[2])).toList();
        }
    }

    static Stream<Arguments> rows(String kind) throws IOException {
        return oracle().stream().filter(r -> r.kind().equals(kind)).map(r -> Arguments.of(r.input(), r.go()));
    }

    static Stream<Arguments> durations() throws IOException { return rows("duration"); }

    static Stream<Arguments> memlimits() throws IOException { return rows("memlimit"); }

    static Stream<Arguments> gogcs() throws IOException { return rows("gogc"); }

    @ParameterizedTest(name = "time.ParseDuration(\"{0}\") = {1}")
    @MethodSource("durations")
    @DisplayName("CLI-I7: GoDuration.parse gives time.ParseDuration's nanoseconds, and rejects what it rejects")
    void durationParsesExactlyAsGo(String input, String go) {
        if (go.equals("error")) {
            assertThatThrownBy(() -> GoDuration.parse(input)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining(input.isEmpty() ? "invalid duration" : input).hasMessageContaining("; valid: ");
        } else {
            assertThat(GoDuration.parse(input)).isEqualTo(Long.parseLong(go));
        }
    }

    @ParameterizedTest(name = "GOMEMLIMIT={0} -> {1}")
    @MethodSource("memlimits")
    @DisplayName("CLI-I4: --memlimit accepts what GOMEMLIMIT accepts, with the same byte count")
    void memoryLimitReadsAsGomemlimit(String input, String go) {
        ByteSize c = new ByteSize();
        if (go.equals("error")) {
            assertThatThrownBy(() -> c.convert(input)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("valid: off, bytes (1048576) or a number with B, KiB, MiB, GiB, TiB");
        } else {
            assertThat(c.convert(input)).isEqualTo(Long.parseLong(go));
        }
    }

    @ParameterizedTest(name = "GOGC={0} -> {1}")
    @MethodSource("gogcs")
    @DisplayName("CLI-I5: --gogc agrees with GOGC where Go reads a value; differs: it rejects what Go silently turns into 100 or off")
    void gogcAgreesWithGoAndRejectsWhatGoSilentlyReplaces(String input, String go) {
        Gogc c = new Gogc();
        boolean goIgnoredTheText = go.equals("100") && !input.equals("100");   // readGOGC's fallback
        boolean negativeBelowOff = !input.equals("off") && go.equals("-1") && !input.equals("-1");
        if (goIgnoredTheText || negativeBelowOff) {
            assertThatThrownBy(() -> c.convert(input)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("valid: off (or -1) or a percentage");
        } else {
            assertThat(c.convert(input)).isEqualTo(Integer.parseInt(go));
        }
    }
}
