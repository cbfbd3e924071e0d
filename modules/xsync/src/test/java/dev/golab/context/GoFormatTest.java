package dev.golab.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go's time_test.go TestDurationString table, ported: the `[…]` part of a WithDeadline String(). */
class GoFormatTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "0s, 0",
            "1ns, 1",
            "1.1µs, 1100",
            "2.2ms, 2200000",
            "3.3s, 3300000000",
            "4m5s, 245000000000",
            "4m5.001s, 245001000000",
            "5h6m7.001s, 18367001000000",
            "8m0.000000001s, 480000000001",
            "2562047h47m16.854775807s, 9223372036854775807",
            "-2562047h47m16.854775808s, -9223372036854775808",
    })
    @DisplayName("CONC-04 Q (Go's TestDurationString): how does Go print a time.Duration?")
    void durationPrintsLikeGo(String go, long nanos) {
        assertThat(GoFormat.duration(nanos)).isEqualTo(go);
        if (nanos != Long.MIN_VALUE) assertThat(GoFormat.duration(-nanos)).isEqualTo(nanos == 0 ? "0s" : "-" + go);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "2100-01-01T00:00:00Z, 2100-01-01 00:00:00 +0000 UTC",
            "2009-11-10T23:00:00.5Z, 2009-11-10 23:00:00.5 +0000 UTC",
            "2000-01-01T00:00:00.000000001Z, 2000-01-01 00:00:00.000000001 +0000 UTC",
    })
    @DisplayName("CONC-04 Q: how does Go print a UTC time.Time? (fraction trimmed, +0000 UTC)")
    void utcTimePrintsLikeGo(String instant, String go) {
        assertThat(GoFormat.time(Instant.parse(instant))).isEqualTo(go);
    }
}
